package org.assay.runtime.engine;

import static org.assay.runtime.engine.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.DataProblem.Kind;
import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.assay.runtime.stats.Criterion.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's pass over a CSV file cut at guessed record boundaries (no scan of the file before parsing): whatever the
 * range size, down to one byte, and the threads, every result, counterexample line, finding and fatal problem is the
 * one of a read in one chunk — where a quoted field with line breaks crosses a guessed boundary too (the pass then cuts
 * again exactly from the chunk that ended inside it).
 */
class GuessedBoundariesTest {

	private static final Schema SCHEMA = Schema.of(Column.integer("id", 0, 1_000_000), Column.text("name"),
			Column.integer("age", 18, 120), Column.real("income", 0, Double.POSITIVE_INFINITY),
			Column.categorical("city", List.of("New York", "Berlin", "São Paulo", "Paris", "-")), Column.text("note"));

	/** Exact statistics only (sketches may differ in their last bits with the chunking); several find located rows. */
	private static final List<ConstraintSpec> CONSTRAINTS = List.of(
			Specs.stat("rows", Statistic.ROW_COUNT, List.of(), NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 1000)),
			Specs.stat("idUnique", Statistic.UNIQUENESS, "id", at(Operator.EQUAL, 1)),
			Specs.stat("nameUnique", Statistic.UNIQUENESS, "name", at(Operator.GREATER_OR_EQUAL, 1)),
			Specs.stat("ageMin", Statistic.MINIMUM, "age", at(Operator.GREATER_OR_EQUAL, 30)),
			Specs.stat("ageMax", Statistic.MAXIMUM, "age", at(Operator.LESS_OR_EQUAL, 40)),
			Specs.stat("incomeSum", Statistic.SUM, "income", at(Operator.GREATER, 0)),
			Specs.stat("incomeMean", Statistic.MEAN, "income", at(Operator.GREATER, 0)),
			Specs.stat("incomeSd", Statistic.STANDARD_DEVIATION, "income", at(Operator.LESS, 1)),
			Specs.argument("ageMedian", Statistic.QUANTILE, "age", 0.5, at(Operator.GREATER, 0)),
			Specs.stat("noteComplete", Statistic.COMPLETENESS, "note", at(Operator.GREATER_OR_EQUAL, 1)),
			Specs.stat("nameShort", Statistic.MAX_LENGTH, "name", at(Operator.LESS_OR_EQUAL, 3)),
			Specs.where("inParis", new RowCondition.InSet("city", List.of("Paris")), NullPolicy.MISSING,
					at(Operator.GREATER_OR_EQUAL, 1)));

	/** Quoted commas, quotes and line breaks (LF, CR LF, lone CR), empty lines, '-', spaces, NaN, repeated values. */
	private static final String ROWS = String.join("\n",
			"id,name,age,income,city,note",
			"1,\"Smith, John\",34,1200.5,New York,\"said \"\"hi\"\"\"",
			"2,  Anna  , 41 ,-,Berlin,",
			"3,\"multi",
			"line\",NaN,nan,\"São Paulo\",\"\"",
			"",
			"4,-,200,3e3,Paris,  spaced  ",
			"5,x,17.5,abc,Rome,\"a,b",
			"",
			"c\"",
			"6,\"\",18,0.1,-,\" \"",
			"",
			"",
			"7,Émile,19,+5,\" Paris \",\"\"\"\"",
			"2,\"\"\"quoted\"\"\",120,1e400,Paris,-",
			"8,\"two\r\nbreaks\r\n\",55,7,Berlin,\"x\ry\"",
			"9,Ann,30,8,Paris,\"\n\n\"",
			"1,Ann,31,9.25,Paris,z");

	@TempDir
	Path folder;

	private Path write(String name, byte[] content) throws IOException {
		Path file = folder.resolve(name);
		Files.write(file, content);
		return file;
	}

	/** Everything a verification says, numbers in full; the rows read only where the file is usable. */
	private static String said(EngineResult result) {
		StringBuilder text = new StringBuilder("fatal ").append(result.fatalProblems());
		if (result.fatalProblems().isEmpty()) {
			text.append("\nrows ").append(result.rows()).append("\nfindings ").append(result.findings());
		}
		for (ConstraintResult c : result.constraints()) {
			text.append('\n').append(c.constraint().name()).append(": ").append(c.verdict()).append(' ').append(c.message())
					.append(' ').append(c.measurement());
			c.counterexamples().forEach(e -> text.append("\n  ").append(e.located(result.source())));
		}
		return text.toString();
	}

	private record Read(String said, int guessedChunks, boolean cutAgain) {
	}

	private static Read verify(Path file, int chunkBytes, int threads) throws IOException {
		try (CsvRowSource source = CsvRowSource.open(file, "data/" + file.getFileName(), SCHEMA, ',', chunkBytes)) {
			List<Chunk> guessed = source.guessedChunks();
			EngineResult result = DataEngine.verify(source, CONSTRAINTS, new EngineOptions(threads, null));
			return new Read(said(result), guessed.size(), !guessed.equals(source.guessedChunks()));
		}
	}

	/** Every range size from one byte to past the file on 1-3 threads: the same as one chunk; returns the reads. */
	private List<Read> assertSameAsOneChunk(Path file) throws IOException {
		String whole = verify(file, CsvRowSource.CHUNK_BYTES, 1).said();
		long size = Files.size(file);
		List<Read> reads = new java.util.ArrayList<>();
		for (int chunkBytes = 1; chunkBytes <= size + 1; chunkBytes++) {
			Read read = verify(file, chunkBytes, 1 + chunkBytes % 3);
			assertEquals(whole, read.said(), file.getFileName() + " at range size " + chunkBytes);
			reads.add(read);
		}
		return reads;
	}

	@Test
	void quotedLineBreaksAcrossGuessedBoundariesReadAsOneChunk() throws IOException {
		List<Read> reads = assertSameAsOneChunk(write("awkward.csv", (ROWS + "\n").getBytes(StandardCharsets.UTF_8)));
		assertTrue(reads.stream().anyMatch(Read::cutAgain), "some guess fell inside a quoted field and was cut again");
		assertTrue(reads.stream().anyMatch(r -> !r.cutAgain() && r.guessedChunks() > 5), "some guesses all held");
		String whole = verify(folder.resolve("awkward.csv"), CsvRowSource.CHUNK_BYTES, 1).said();
		// the lines counted by hand: row 8 starts on line 15, row 10 on line 20 (after a CR LF, a CR LF and a lone CR
		// inside quotes), row 11 on line 23
		for (String located : List.of("data/awkward.csv:2: id='1' (row 1); occurs 2 times, also at line 23",
				"data/awkward.csv:3: id='2' (row 2); occurs 2 times, also at line 15",
				"data/awkward.csv:20: name='Ann' (row 10); occurs 2 times, also at line 23")) {
			assertTrue(whole.contains("\n  " + located + "\n"), whole);
		}
	}

	@Test
	void crLfCrAndNoTrailingNewlineAtEveryBoundary() throws IOException {
		assertSameAsOneChunk(write("crlf.csv", (ROWS.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8)));
		assertSameAsOneChunk(write("cr.csv", (ROWS.replace("\n", "\r") + "\r").getBytes(StandardCharsets.UTF_8)));
		assertSameAsOneChunk(write("open.csv", ROWS.getBytes(StandardCharsets.UTF_8)));
		assertSameAsOneChunk(write("blank-lines.csv", (ROWS.replace("\n7,", "\n\r\n\n\r\r\n7,") + "\n\n\n")
				.getBytes(StandardCharsets.UTF_8)));
		// a quoted field never closed runs to the end of the file, whatever chunk it starts in
		Path unclosed = write("unclosed.csv", (ROWS + "\n10,\"never closed,30,1,Paris,x\n11,a,30,1,Paris,x\n")
				.getBytes(StandardCharsets.UTF_8));
		assertTrue(verify(unclosed, CsvRowSource.CHUNK_BYTES, 1).said().startsWith("fatal [data/unclosed.csv:24:0: ragged-row: "));
		assertSameAsOneChunk(unclosed);
	}

	/** {@code rows} rows of two lines each (a quoted line break), then {@code last} on line {@code 2 + 2 * rows}, then a row. */
	private static byte[] twoLineRows(int rows, byte[] last) {
		StringBuilder csv = new StringBuilder("id,name,age,income,city,note\n");
		for (int r = 0; r < rows; r++) {
			csv.append(r).append(",\"a\nb\",30,1.5,Paris,x").append(r % 5 == 0 ? "\r\n" : "\n");
		}
		java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
		all.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
		all.writeBytes(last);
		all.writeBytes("1,a,30,1,Paris,x\n".getBytes(StandardCharsets.UTF_8));
		return all.toByteArray();
	}

	private void assertStopsAt(String name, byte[] content, DataProblem expected) throws IOException {
		Path file = write(name, content);
		for (int chunkBytes : new int[] { CsvRowSource.CHUNK_BYTES, 4096, 1000, 777, 64, 7 }) {
			for (int threads : new int[] { 1, 3 }) {
				try (CsvRowSource source = CsvRowSource.open(file, "data/" + name, SCHEMA, ',', chunkBytes)) {
					EngineResult result = DataEngine.verify(source, CONSTRAINTS, new EngineOptions(threads, null));
					String where = name + " at range size " + chunkBytes + " on " + threads + " thread(s)";
					assertEquals(List.of(expected), result.fatalProblems(), where);
					assertTrue(result.constraints().get(0).message().endsWith("cannot be read: " + expected), where);
				}
			}
		}
	}

	@Test
	void aProblemThatStopsALaterChunkKeepsItsFileLine() throws IOException {
		assertStopsAt("ragged.csv", twoLineRows(2000, "2000,a,30,1.5,Paris\n".getBytes(StandardCharsets.UTF_8)),
				new DataProblem("data/ragged.csv", 4002, 0, Kind.RAGGED_ROW,
						"the row has 5 fields but the header has 6. Fix the row's commas or quoting."));
		assertStopsAt("malformed.csv", twoLineRows(1500, "1500,\"a\"b,30,1.5,Paris,x\n".getBytes(StandardCharsets.UTF_8)),
				new DataProblem("data/malformed.csv", 3002, 2, Kind.UNREADABLE, "malformed CSV: text follows the closing "
						+ "quote of a quoted field. Quote the whole field and double the quotes inside it (\"a \"\"b\"\" c\")."));
		assertStopsAt("latin1.csv", twoLineRows(1200, "1200,Zo\u00e9,30,1.5,Paris,x\n".getBytes(StandardCharsets.ISO_8859_1)),
				new DataProblem("data/latin1.csv", 2402, 8, Kind.NOT_UTF8,
						org.assay.runtime.data.CsvHeader.NOT_UTF8_MESSAGE));
	}

	@Test
	void aQuoteInsideAnUnquotedField() throws IOException {
		StringBuilder csv = new StringBuilder("id,name,age,income,city,note\n1,6\" tall,30,1,Paris,x\n");
		for (int r = 2; r < 60; r++) {
			csv.append(r).append(",a,30,1,Paris,x\n");
		}
		// read as one chunk reads it: the guesses hold (the tokenizer takes the quote as a character)
		Path stray = write("stray.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		assertEquals(verify(stray, CsvRowSource.CHUNK_BYTES, 1).said(), verify(stray, 64, 2).said());
		assertEquals(verify(stray, CsvRowSource.CHUNK_BYTES, 1).said(), verify(stray, 5, 3).said());
		// with quoted line breaks after it, guesses fall inside quoted fields: each such chunk is cut again where its
		// last record ends, found the tokenizer's way (the stray quote is a character)
		for (int r = 60; r < 120; r++) {
			csv.append(r).append(",\"a\nb\",30,1,Paris,x\n");
		}
		Path shifted = write("shifted.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		String whole = verify(shifted, CsvRowSource.CHUNK_BYTES, 1).said();
		assertTrue(whole.startsWith("fatal []\nrows 119\n"), whole);
		for (int chunkBytes : new int[] { 64, 7, 1 }) {
			Read cut = verify(shifted, chunkBytes, 2);
			assertTrue(cut.cutAgain(), "range size " + chunkBytes);
			assertEquals(whole, cut.said(), "range size " + chunkBytes);
		}
		// the exact cut (chunks(), for readers in any order) counts the stray quote in the quote parity: a boundary
		// falls inside a quoted field and the file stops with the reader's message, as it always did
		try (CsvRowSource source = CsvRowSource.open(shifted, "data/shifted.csv", SCHEMA, ',', 64)) {
			for (Chunk chunk : source.chunks()) {
				chunk.read(batch -> {
				});
			}
			List<DataProblem> fatal = source.fatalProblems();
			assertEquals(1, fatal.size(), fatal::toString);
			assertTrue(fatal.get(0).message().startsWith("a quote inside an unquoted field before this line makes the file's "
					+ "records ambiguous to split."), fatal::toString);
			assertTrue(fatal.get(0).row() >= 61, "at or after the first quoted line break, line 61: " + fatal);
		}
	}

	/**
	 * Random files over separators, quotes (stray ones too), line breaks, spaces, signs and digits, now and then a ragged
	 * row: at small range sizes the engine says what it says reading each in one chunk, fatal problems included.
	 */
	@Test
	void randomFilesReadAsInOneChunk() throws IOException {
		String[] plain = { "1", "2.5", "-", "Paris", " 1 ", "", "NaN", "é", "-3", "1e1", "40", "x", "Berlin" };
		String[] inQuotes = { ",", "\"\"", "\n", "\r\n", "\r", " ", "1", "Paris", "é", "-" };
		String[] breaks = { "\n", "\n", "\r\n", "\r", "\n\n" };
		org.assay.runtime.scan.RandomCsv files = new org.assay.runtime.scan.RandomCsv(plain, inQuotes, breaks, 3, 80, 60);
		java.util.Random random = new java.util.Random(5);
		int cutAgain = 0;
		int stopped = 0;
		for (int n = 0; n < 150; n++) {
			String csv = files.next(random, "id,name,age,income,city,note\n", 6);
			Path file = write("random.csv", csv.getBytes(StandardCharsets.UTF_8));
			String whole = verify(file, CsvRowSource.CHUNK_BYTES, 1).said();
			stopped += whole.startsWith("fatal []") ? 0 : 1;
			for (int chunkBytes : new int[] { 11, 5, 2, 1 }) {
				Read read = verify(file, chunkBytes, 1 + n % 3);
				assertEquals(whole, read.said(), csv.replace("\r", "\\r").replace("\n", "\\n") + " at range size "
						+ chunkBytes);
				cutAgain += read.cutAgain() ? 1 : 0;
			}
		}
		assertTrue(cutAgain > 100, "guesses cut again: " + cutAgain);
		assertTrue(stopped > 5 && stopped < 100, "files stopped by a problem: " + stopped);
	}

	@Test
	void headerOnlyAndSmallFiles() throws IOException {
		Path header = write("header.csv", "id,name,age,income,city,note\r\n\r\n".getBytes(StandardCharsets.UTF_8));
		for (int chunkBytes : new int[] { CsvRowSource.CHUNK_BYTES, 3, 1 }) {
			String said = verify(header, chunkBytes, 2).said();
			assertTrue(said.startsWith("fatal [data/header.csv:2:0: no-rows: "), said);
		}
		Path small = write("small.csv", "id,name,age,income,city,note\n1,a,30,1,Paris,x".getBytes(StandardCharsets.UTF_8));
		Read one = verify(small, CsvRowSource.CHUNK_BYTES, 4);
		assertEquals(1, one.guessedChunks());
		assertTrue(one.said().contains("rows 1\n"), one.said());
		assertSameAsOneChunk(small);
	}
}
