package org.assay.runtime.scan;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.DataProblem.Kind;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chunked reader checks UTF-8 only in records that hold a byte of 0x80 or more: bad bytes anywhere (first or last
 * field, inside quotes across lines, at the end of a chunk or of the file, after valid multi-byte characters) are
 * still found first, and located exactly as the loader locates them, for every chunk size.
 */
class CsvRowSourceUtf8Test {

	@TempDir
	Path folder;

	/** Each a byte sequence that is not UTF-8 (as Java's decoder): lone continuation, truncated, overlong, surrogate. */
	private static final byte[][] BAD = { { (byte) 0x80 }, { (byte) 0xBF }, { (byte) 0xC3 }, { (byte) 0xE2, (byte) 0x82 },
			{ (byte) 0xF0, (byte) 0x9F, (byte) 0x98 }, { (byte) 0xC0, (byte) 0xAF }, { (byte) 0xE0, (byte) 0x80, (byte) 0xAF },
			{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
			{ (byte) 0xFF }, { (byte) 0xE9 } };

	@Test
	void badBytesAnywhereAreFoundAndLocatedAsTheLoaderDoes() throws Exception {
		String header = "id,name,age,income,city,note\n";
		// where the bad bytes go in a row: the name, inside a quoted (multi-line) field of an otherwise ASCII row or
		// next to valid characters, the last field, the first field
		String[] rows = { "7,Zo@,30,1.5,Paris,x\n", "7,Zo,30,1.5,Paris,\"a\nb@\"\n", "7,\"a, @\",30,1.5,Paris,x\n",
				"7,Zoë,30,1.5,Paris,\"a\nb@\"\n", "7,Zoë,30,1.5,São Paulo,x@\n", "@7,a,30,1.5,Paris,x\n",
				"7,\"€, @\",30,1.5,Paris,😀\n" };
		int files = 0;
		for (byte[] bad : BAD) {
			for (String row : rows) {
				for (int before : new int[] { 0, 1, 37 }) {
					ByteArrayOutputStream csv = new ByteArrayOutputStream();
					csv.writeBytes(header.getBytes(StandardCharsets.UTF_8));
					for (int r = 0; r < before; r++) {
						csv.writeBytes((r + ",Zoë,30,1.5,São Paulo,\"€\n😀\"\n").getBytes(StandardCharsets.UTF_8));
					}
					String[] parts = row.split("@", -1);
					csv.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
					csv.writeBytes(bad);
					csv.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
					csv.writeBytes("99,ok,30,1.5,Paris,x\n".getBytes(StandardCharsets.UTF_8));
					Path file = folder.resolve("bad" + files++ + ".csv");
					Files.write(file, csv.toByteArray());
					List<DataProblem> expected = CsvLoader.load(file, CsvRowSourceTest.SCHEMA).fatalProblems();
					for (int chunkBytes : new int[] { 1, 2, 3, 5, 8, 16, 61, 1 << 20 }) {
						assertNotUtf8(file, chunkBytes, expected);
					}
				}
			}
		}
	}

	@Test
	void badByteLastInAFileWithoutFinalLineBreak() throws Exception {
		byte[] text = "id,name,age,income,city,note\n1,Zoë,30,1.5,Paris,x\n2,a,30,1.5,Paris,é".getBytes(StandardCharsets.UTF_8);
		byte[] cut = java.util.Arrays.copyOf(text, text.length - 1); // é without its second byte
		Path file = folder.resolve("cut.csv");
		Files.write(file, cut);
		List<DataProblem> expected = CsvLoader.load(file, CsvRowSourceTest.SCHEMA).fatalProblems();
		for (int chunkBytes = 1; chunkBytes <= cut.length; chunkBytes++) {
			DataProblem problem = assertNotUtf8(file, chunkBytes, expected);
			assertEquals(3, problem.row());
			assertEquals(18, problem.column()); // "2,a,30,1.5,Paris," is 17 characters
		}
	}

	/** The row source's fatal problems are {@code expected} (the loader's): one, NOT_UTF8. */
	private static DataProblem assertNotUtf8(Path file, int chunkBytes, List<DataProblem> expected) throws Exception {
		List<DataProblem> fatal;
		try (RowSource source = CsvRowSource.open(file, file.toString(), CsvRowSourceTest.SCHEMA, ',', chunkBytes)) {
			fatal = ScannedRows.read(source, 2).fatal();
		}
		String where = file.getFileName() + ", chunk size " + chunkBytes;
		assertEquals(expected, fatal, where);
		assertEquals(1, fatal.size(), where);
		assertEquals(Kind.NOT_UTF8, fatal.get(0).kind(), where);
		return fatal.get(0);
	}
}
