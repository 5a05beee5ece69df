package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.assay.runtime.lineage.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay init} on a Parquet file written by parquet-hadoop: columns named by the file, profiled in one pass, a
 * model whose checks run on the Parquet file.
 */
class InitParquetTest {

	private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("message loans {"
			+ " required int64 id; optional double income; optional int32 age; optional binary city (UTF8);"
			+ " optional boolean active; required binary risk (UTF8); }");

	@TempDir
	Path project;

	@Test
	void aParquetFileGivesAModelThatValidates() throws Exception {
		Path file = project.resolve("data/loans.parquet");
		Files.createDirectories(file.getParent());
		SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
		String[] cities = { "New York", "Berlin", "S\u00e3o Paulo", "-" };
		try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(SCHEMA)
				.withRowGroupSize(4096).withPageSize(1024).build()) {
			for (int r = 0; r < 500; r++) {
				Group row = groups.newGroup().append("id", (long) r + 1);
				if (r % 10 != 3) {
					row.append("income", 1000 + r * 12.25);
				}
				row.append("age", 18 + r % 60);
				row.append("city", cities[r % cities.length]);
				if (r % 4 != 0) {
					row.append("active", r % 3 == 0);
				}
				row.append("risk", r % 3 == 0 ? "bad" : "good");
				writer.write(row);
			}
		}
		InitCommandTest.Result result = InitCommandTest.cli("init", file.toString(), "--label", "risk", "-o",
				project.toString());
		assertTrue(result.out().contains("profiled data/loans.parquet: 500 rows, 6 columns"), result.out());
		Path model = project.resolve("loans.assay");
		String text = Files.readString(model);
		assertTrue(text.contains("source parquet \"data/loans.parquet\" sha256 \"" + Sha256.of(file) + "\""), text);
		assertTrue(text.contains("\tlabel risk : category [bad, good]\n"), text);
		assertTrue(text.contains("\tfeature id : int range 0 .. 500\n"), text);
		assertTrue(text.contains("\tfeature income : double range 1000 .. 7500\n"), text);
		assertTrue(text.contains("\tfeature city : category [\"New York\", Berlin, \"S\u00e3o Paulo\", \"-\"]\n"), text);
		assertTrue(text.contains("\tfeature active : category [false, true]\n"), text);
		assertTrue(text.contains("check IncomeComplete verifies R1 : completeness of income >= 87.3 %"), text);
		assertTrue(Files.readString(project.resolve("pom.xml")).contains("<artifactId>org.assay.runtime.parquet</artifactId>"));
		// pipelines are generated for CSV and TSV datasets only: the label is declared, the data checked, nothing trained
		assertTrue(text.contains("// No split and no pipeline: Assay generates pipelines for CSV and TSV datasets only."), text);
		assertFalse(text.contains("\npipeline ") || text.contains("\tsplit ") || text.contains("\nsuite "), text);
		assertTrue(result.out().contains("no pipeline: Assay generates pipelines for CSV and TSV datasets only"), result.out());
		assertEquals(List.of(), InitCommandTest.errors(model), text);
		assertEquals(0, result.code(), result.out() + result.err());

		java.io.StringWriter out = new java.io.StringWriter();
		int code = AssayCli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(out), "run", project.toString());
		String run = out.toString();
		assertEquals(0, code, "every check holds on the Parquet file it came from: " + run);
		assertTrue(run.matches("(?s).*loans\\.R1 +IncomeComplete +PASS.*"), run);
		assertTrue(run.matches("(?s).*loans\\.R2 +CityValues +PASS.*"), run);
	}
}
