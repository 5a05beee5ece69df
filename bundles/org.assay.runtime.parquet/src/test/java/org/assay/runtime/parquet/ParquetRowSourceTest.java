package org.assay.runtime.parquet;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.DataProblem.Kind;
import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.ColumnVector;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.RowSources;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.scan.ValueHash;
import org.assay.runtime.spec.DatasetSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet files written by parquet-hadoop itself, read through RowSources by the declaration's rules. */
class ParquetRowSourceTest {

	static final MessageType FILE_SCHEMA = MessageTypeParser.parseMessageType("message customers {"
			+ " required int64 id; optional binary name (UTF8); optional int32 age; optional double income;"
			+ " optional binary city (UTF8); optional float score; optional boolean active; optional binary extra (UTF8); }");

	static final Schema SCHEMA = Schema.of(Column.integer("id", 0, Double.POSITIVE_INFINITY), Column.text("name"),
			Column.integer("age", 18, 120), Column.real("income", 0, Double.POSITIVE_INFINITY),
			Column.categorical("city", List.of("New York", "Berlin", "São Paulo", "-")), Column.real("score", 0, 1),
			Column.categorical("active", List.of("true", "false")));

	@TempDir
	Path project;

	private Path write(String name, int rows, int rowGroupBytes) throws Exception {
		Path file = project.resolve(name);
		Files.createDirectories(file.getParent());
		SimpleGroupFactory groups = new SimpleGroupFactory(FILE_SCHEMA);
		String[] names = { "Smith, John", "say \"hi\"", "-", "", "  Anna  ", "Zoë" };
		String[] cities = { "New York", "Berlin", "São Paulo", "-", "Rome", " Berlin " };
		try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(FILE_SCHEMA)
				.withRowGroupSize(rowGroupBytes).withPageSize(1024).build()) {
			for (int r = 0; r < rows; r++) {
				Group row = groups.newGroup().append("id", (long) r);
				if (r % 7 != 3) {
					row.append("name", names[r % names.length]);
				}
				if (r % 11 != 5) {
					row.append("age", r % 13 == 0 ? 200 : 18 + r % 90);
				}
				if (r % 5 != 2) {
					row.append("income", r % 17 == 0 ? Double.NaN : r * 10.5);
				}
				row.append("city", cities[r % cities.length]);
				row.append("score", (r % 100) / 100f);
				if (r % 3 != 0) {
					row.append("active", r % 2 == 0);
				}
				row.append("extra", "x");
				writer.write(row);
			}
		}
		return file;
	}

	private static DatasetSpec dataset(String path, Schema schema) {
		return new DatasetSpec("Customers", "model.assay:3", path, null, schema, List.of("all"), new double[] { 100 }, 1, null,
				Map.of());
	}

	/** Reads every row as text, the findings and the listed problems (rows made absolute), in chunk order. */
	private static List<String> read(RowSource source, List<DataProblem> problems, DataFindings[] findings) throws Exception {
		List<String> rows = new ArrayList<>();
		List<Chunk.Summary> summaries = new ArrayList<>();
		long base = 0;
		for (Chunk chunk : source.chunks()) {
			long offset = base;
			Chunk.Summary summary = chunk.read(batch -> {
				for (int r = 0; r < batch.size(); r++) {
					rows.add((offset + batch.lineInChunk(r)) + ": " + cells(batch, r, source.schema().columns().size()));
				}
			});
			for (DataProblem p : summary.findings().listedProblems()) {
				problems.add(new DataProblem(p.file(), base + p.row(), p.column(), p.kind(), p.message()));
			}
			summaries.add(summary);
			base += summary.lines();
		}
		findings[0] = source.findings(summaries);
		return rows;
	}

	private static String cells(Batch batch, int row, int columns) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			ColumnVector v = batch.column(c);
			cells.add(v.isNull(row) ? "null" : v.isInvalid(row) ? "invalid<" + v.text(row) + ">"
					: v.kind() == ColumnVector.Kind.NUMBER ? Double.toString(v.number(row))
					: v.kind() == ColumnVector.Kind.CATEGORY ? "#" + v.code(row) : "<" + v.text(row) + ">");
		}
		return String.join(" | ", cells);
	}

	@Test
	void rowGroupsAreChunksAndCellsFollowTheDeclaration() throws Exception {
		write("data/customers.parquet", 3000, 4096);
		try (RowSource source = RowSources.open(project, dataset("data/customers.parquet", SCHEMA), SourceFormat.PARQUET)) {
			assertEquals(List.of(), source.fatalProblems());
			assertTrue(source.chunks().size() > 1, "several row groups: " + source.chunks().size());
			List<DataProblem> problems = new ArrayList<>();
			DataFindings[] findings = new DataFindings[1];
			List<String> rows = read(source, problems, findings);
			assertEquals(3000, rows.size());
			assertEquals("1: 0.0 | <Smith, John> | invalid<200> | NaN | #0 | 0.0 | null", rows.get(0));
			assertEquals("2: 1.0 | <say \"hi\"> | 19.0 | 10.5 | #1 | 0.009999999776482582 | #1", rows.get(1));
			assertEquals("3: 2.0 | <-> | 20.0 | null | #2 | 0.019999999552965164 | #0", rows.get(2));
			assertEquals("4: 3.0 | null | 21.0 | 31.5 | #3 | 0.029999999329447746 | null", rows.get(3));
			assertEquals("5: 4.0 | <  Anna  > | 22.0 | 42.0 | invalid<Rome> | 0.03999999910593033 | #0", rows.get(4));
			assertEquals("6: 5.0 | <Zoë> | null | 52.5 | #1 | 0.05000000074505806 | #1", rows.get(5));
			for (int r = 0; r < rows.size(); r++) {
				assertTrue(rows.get(r).startsWith((r + 1) + ": " + r + ".0 |"), rows.get(r));
			}
			// NaN income (every 17th row, unless null) and age 200 (every 13th row, unless null) are reported
			DataProblem first = problems.get(0);
			assertEquals(new DataProblem("data/customers.parquet", 1, 3, Kind.OUT_OF_RANGE, "'age' is 200, outside its "
					+ "declared range 18.0 .. 120.0. (row group 1, row 1 in it)"), first);
			assertEquals(Kind.NAN, problems.get(1).kind());
			long nan = java.util.stream.IntStream.range(0, 3000).filter(r -> r % 17 == 0 && r % 5 != 2).count();
			long old = java.util.stream.IntStream.range(0, 3000).filter(r -> r % 13 == 0 && r % 11 != 5).count();
			Map<Kind, Long> counts = new LinkedHashMap<>();
			findings[0].findings().forEach(f -> counts.merge(f.kind(), f.count(), Long::sum));
			assertEquals(nan, counts.get(Kind.NAN));
			assertEquals(old, counts.get(Kind.OUT_OF_RANGE));
			// "Rome" is not declared; " Berlin " is Berlin, as in a CSV file (surrounding spaces are not part of a category)
			assertEquals(500, counts.get(Kind.UNKNOWN_CATEGORY));
			assertEquals(List.of("extra"), findings[0].undeclaredColumns());
			assertEquals(3000, findings[0].rows());
			// a late row group's problems carry their row in the file and their group
			DataProblem last = problems.get(problems.size() - 1);
			assertTrue(last.row() > 0 && last.message().contains("(row group "), last.toString());
		}
	}

	@Test
	void hashesAgreeWithTheCsvDefinition() throws Exception {
		write("h.parquet", 10, 1 << 20);
		try (RowSource source = RowSources.open(project, dataset("h.parquet", SCHEMA), SourceFormat.PARQUET)) {
			source.chunks().get(0).read(batch -> {
				assertEquals(ValueHash.ofText("Smith, John"), batch.column(1).hash(0));
				assertEquals(ValueHash.ofNumber(19), batch.column(2).hash(1));
				assertEquals(ValueHash.ofText("Berlin"), batch.column(4).hash(1));
			});
		}
	}

	@Test
	void missingColumnsAndUnreadableFilesAreFatalAndSaySo() throws Exception {
		write("m.parquet", 10, 1 << 20);
		Schema wider = Schema.of(Column.integer("id", 0, 1e9), Column.real("balance", 0, 1e9));
		try (RowSource source = RowSources.open(project, dataset("m.parquet", wider), SourceFormat.PARQUET)) {
			assertEquals(Kind.MISSING_COLUMN, source.fatalProblems().get(0).kind());
			assertTrue(source.fatalProblems().get(0).message().contains("'balance'"));
			assertEquals(List.of(), source.chunks());
		}
		Files.writeString(project.resolve("not.parquet"), "id,name\n1,a\n");
		try (RowSource source = RowSources.open(project, dataset("not.parquet", SCHEMA), SourceFormat.PARQUET)) {
			assertEquals(Kind.UNREADABLE, source.fatalProblems().get(0).kind());
			assertTrue(source.fatalProblems().get(0).message().startsWith("cannot read the file as Parquet"));
		}
		var outside = assertThrows(java.io.IOException.class,
				() -> RowSources.open(project, dataset("../x.parquet", SCHEMA), SourceFormat.PARQUET));
		assertTrue(outside.getMessage().startsWith("model.assay:3: data file '../x.parquet' is outside the project"),
				outside.getMessage());
	}
}
