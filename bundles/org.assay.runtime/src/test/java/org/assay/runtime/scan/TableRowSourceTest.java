package org.assay.runtime.scan;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.Table;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partition of a loaded table reads like the same rows of the file: values, file lines and hashes. */
class TableRowSourceTest {

	@TempDir
	Path folder;

	@Test
	void partitionRowsMatchTheFilesRows() throws Exception {
		Path file = folder.resolve("awkward.csv");
		Files.write(file, CsvRowSourceTest.AWKWARD.getBytes(StandardCharsets.UTF_8));
		CsvLoader.Result loaded = CsvLoader.load(file, CsvRowSourceTest.SCHEMA);
		Table table = loaded.table();
		int[] partition = { 6, 0, 2, 7, 3 };

		ScannedRows fromFile;
		List<List<Long>> fileHashes;
		try (RowSource source = CsvRowSource.open(file, file.toString(), CsvRowSourceTest.SCHEMA, ',')) {
			fromFile = ScannedRows.read(source, 1);
			fileHashes = hashes(source);
		}
		ScannedRows fromTable;
		List<List<Long>> tableHashes;
		try (RowSource source = TableRowSource.of(table, partition)) {
			fromTable = ScannedRows.read(source, 2);
			tableHashes = hashes(source);
		}
		List<String> expected = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		for (int row : partition) {
			expected.add(ScannedRows.comparable(fromFile.rows()).get(row));
			lines.add(fromFile.lines().get(row));
			// hashes agree wherever the cell is a value in both (the table keeps no text of invalid cells)
			for (int c = 0; c < CsvRowSourceTest.SCHEMA.columns().size(); c++) {
				long fileHash = fileHashes.get(row).get(c);
				long tableHash = tableHashes.get(java.util.Arrays.stream(partition).boxed().toList().indexOf(row)).get(c);
				if (fileHash != 0 && tableHash != 0) {
					assertEquals(fileHash, tableHash, "row " + row + " column " + c);
				}
			}
		}
		assertEquals(expected, ScannedRows.comparable(fromTable.rows()));
		assertEquals(List.of(12L, 2L, 4L, 13L, 7L), lines);
		assertEquals(lines, fromTable.lines(), "each row keeps its file line");
		assertEquals(5, fromTable.findings().rows());
	}

	@Test
	void largePartitionsAreCutIntoChunks() throws Exception {
		StringBuilder csv = new StringBuilder("id,name,age,income,city,note\n");
		int rows = TableRowSource.CHUNK_ROWS + 10;
		for (int r = 0; r < rows; r++) {
			csv.append(r).append(",a,30,").append(r).append(".5,Paris,x\n");
		}
		Path file = folder.resolve("large.csv");
		Files.writeString(file, csv);
		Table table = CsvLoader.load(file, CsvRowSourceTest.SCHEMA).table();
		try (RowSource source = TableRowSource.of(table)) {
			assertEquals(2, source.chunks().size());
			ScannedRows read = ScannedRows.read(source, 2);
			assertEquals(rows, read.rows().size());
			assertEquals(rows + 1L, read.lines().get(rows - 1));
			assertTrue(read.rows().get(rows - 1).startsWith((rows - 1) + ".0 | <a> | 30.0 | " + (rows - 1) + ".5"));
		}
	}

	/** Each row's cell hashes (0 where null or invalid). */
	private static List<List<Long>> hashes(RowSource source) throws Exception {
		List<List<Long>> all = new ArrayList<>();
		int columns = source.schema().columns().size();
		for (Chunk chunk : source.chunks()) {
			chunk.read(batch -> {
				for (int r = 0; r < batch.size(); r++) {
					List<Long> row = new ArrayList<>();
					for (int c = 0; c < columns; c++) {
						ColumnVector vector = batch.column(c);
						row.add(vector.isNull(r) || vector.isInvalid(r) ? 0L : vector.hash(r));
					}
					all.add(row);
				}
			});
		}
		return all;
	}
}
