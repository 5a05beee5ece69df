package org.assay.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.DataProblem.Kind;
import org.assay.runtime.data.Schema;
import org.assay.runtime.data.Table;
import org.assay.runtime.quality.DataQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data fault corpus: every kind of broken file gives a located problem (file:row:column) and never a crash or a
 * silently coerced value.
 */
class CsvLoaderTest {

	static final Schema SCHEMA = Schema.of(Column.integer("age", 18, 100), Column.real("income", 0, Double.POSITIVE_INFINITY),
			Column.categorical("sex", List.of("f", "m")).asProtected(), Column.categorical("default", List.of("yes", "no")).asLabel());

	@TempDir
	Path folder;

	private CsvLoader.Result load(String content) throws Exception {
		Path file = folder.resolve("d.csv");
		Files.writeString(file, content);
		return CsvLoader.load(file, SCHEMA);
	}

	private static DataProblem only(CsvLoader.Result result, Kind kind) {
		List<DataProblem> matching = result.problems().stream().filter(p -> p.kind() == kind).toList();
		assertEquals(1, matching.size(), result.problems()::toString);
		return matching.get(0);
	}

	@Test
	void validFileLoadsColumnByColumn() throws Exception {
		CsvLoader.Result result = load("age,income,sex,default\n30,1200.5,f,no\n45,,m,yes\n");
		assertTrue(result.isUsable(), result.problems()::toString);
		Table table = result.table();
		assertEquals(2, table.rows());
		assertArrayEquals(new double[] { 30, 45 }, table.numeric("age"));
		assertTrue(Double.isNaN(table.numeric("income")[1]));
		assertArrayEquals(new int[] { 0, 1 }, table.codes("sex"));
		assertEquals(List.of(), result.problems());
		assertEquals(1 - 1.0 / 8, DataQuality.completeness(table), 1e-12);
	}

	@Test
	void columnsAreFoundByHeaderNameInAnyOrder() throws Exception {
		CsvLoader.Result result = load("default,sex,income,age\nno,f,1000,30\n");
		assertArrayEquals(new double[] { 30 }, result.table().numeric("age"));
	}

	@Test
	void emptyFileAndHeaderOnlyAreNoData() throws Exception {
		DataProblem empty = only(load(""), Kind.EMPTY_FILE);
		assertTrue(empty.kind().isFatal());
		DataProblem headerOnly = only(load("age,income,sex,default\n"), Kind.NO_ROWS);
		assertEquals(2, headerOnly.row());
		assertFalse(load("age,income,sex,default\n").isUsable());
	}

	@Test
	void missingColumnIsFatalAndNamed() throws Exception {
		CsvLoader.Result result = load("age,income,default\n30,1,no\n");
		DataProblem problem = only(result, Kind.MISSING_COLUMN);
		assertFalse(result.isUsable());
		assertEquals(1, problem.row());
		assertTrue(problem.message().contains("'sex'"), problem.message());
	}

	@Test
	void raggedRowIsLocated() throws Exception {
		CsvLoader.Result result = load("age,income,sex,default\n30,1,f,no\n31,2,f\n");
		DataProblem problem = only(result, Kind.RAGGED_ROW);
		assertEquals(3, problem.row());
		assertTrue(problem.toString().endsWith("d.csv:3:0: ragged-row: the row has 3 fields but the header has 4. Fix the row's commas or quoting."),
				problem.toString());
	}

	@Test
	void wrongTypesOutOfRangeUnknownCategoriesAndNaNAreLocatedAndNotCoerced() throws Exception {
		CsvLoader.Result result = load("age,income,sex,default\n"
				+ "thirty,1,f,no\n" // row 2: wrong type
				+ "30.5,1,f,no\n" // row 3: not an integer
				+ "120,1,f,no\n" // row 4: out of range
				+ "40,NaN,f,no\n" // row 5: NaN, reported apart from missing
				+ "40,1,x,no\n" // row 6: unknown category
				+ "40,,f,no\n"); // row 7: missing (not a problem, counted by completeness)
		assertTrue(result.isUsable());
		Table table = result.table();
		assertEquals(6, table.rows());
		assertEquals(5, result.problems().size(), result.problems()::toString);
		DataProblem wrongType = result.problems().get(0);
		assertEquals(Kind.WRONG_TYPE, wrongType.kind());
		assertEquals(2, wrongType.row());
		assertEquals(1, wrongType.column());
		assertEquals(Kind.WRONG_TYPE, result.problems().get(1).kind());
		assertEquals(Kind.OUT_OF_RANGE, result.problems().get(2).kind());
		assertEquals(4, result.problems().get(2).row());
		DataProblem nan = result.problems().get(3);
		assertEquals(Kind.NAN, nan.kind());
		assertEquals(2, nan.column());
		DataProblem category = result.problems().get(4);
		assertEquals(Kind.UNKNOWN_CATEGORY, category.kind());
		assertEquals(6, category.row());
		assertEquals(3, category.column());
		for (int row = 0; row < 3; row++) {
			assertTrue(Double.isNaN(table.numeric("age")[row]), "invalid values are never coerced");
		}
		assertEquals(-1, table.codes("sex")[4]);
		assertEquals(1 - 5.0 / 23, DataQuality.validity(table), 1e-12, "5 invalid of 23 present cells");
		assertEquals(1 - 1.0 / 24, DataQuality.completeness(table), 1e-12, "1 empty of 24 cells");
	}

	@Test
	void nonUtf8IsFatalAndLocated() throws Exception {
		Path file = folder.resolve("latin1.csv");
		Files.write(file, "age,income,sex,default\n30,1,f,no\n31,2,f,n\u00f6\n".getBytes(StandardCharsets.ISO_8859_1));
		CsvLoader.Result result = CsvLoader.load(file, SCHEMA);
		DataProblem problem = only(result, Kind.NOT_UTF8);
		assertFalse(result.isUsable());
		assertEquals(3, problem.row());
		assertEquals(9, problem.column(), "the 9th character of \"31,2,f,nö\" is the Latin-1 byte");
	}

	@Test
	void quotedFieldsFollowRfc4180() throws Exception {
		Schema schema = Schema.of(Column.categorical("name", List.of("a, b", "say \"hi\"")), Column.real("x", 0, 10));
		Path file = folder.resolve("q.csv");
		Files.writeString(file, "name,x\n\"a, b\",1\n\"say \"\"hi\"\"\",2\n");
		CsvLoader.Result result = CsvLoader.load(file, schema);
		assertEquals(List.of(), result.problems());
		assertArrayEquals(new int[] { 0, 1 }, result.table().codes("name"));
	}

	@Test
	void javaSpecificNumberFormsAreWrongTypesAndAByteOrderMarkIsIgnored() throws Exception {
		CsvLoader.Result result = load("\uFEFFage,income,sex,default\n30,12f,f,no\n31,0x1p4,m,yes\n");
		assertEquals(List.of(Kind.WRONG_TYPE, Kind.WRONG_TYPE), result.problems().stream().map(DataProblem::kind).toList(),
				result.problems()::toString);
		assertArrayEquals(new double[] { 30, 31 }, result.table().numeric("age"));
	}

	@Test
	void missingFileIsUnreadable() {
		CsvLoader.Result result = CsvLoader.load(folder.resolve("none.csv"), SCHEMA);
		assertEquals(Kind.UNREADABLE, result.problems().get(0).kind());
	}
	/** A file of many parser batches: rows stay in order and faults deep in the file are located exactly. */
	@Test
	void valuesOutsideTheirDeclarationAreSummarisedPerColumnWithCountsValuesAndFirstRows() throws Exception {
		// real-world values: with '-', spaces, quotes, an empty string (missing, not a finding) and NaN
		StringBuilder csv = new StringBuilder("id,age,income,sex,default,note\n");
		for (int r = 0; r < 60; r++) {
			String sex = r % 10 == 3 ? "Non-Binary" : r % 10 == 7 ? "\"f \"\"x\"\"\"" : r == 40 ? "" : r % 2 == 0 ? "f" : "m";
			String age = r == 11 ? "17" : r == 12 ? "120" : r == 13 ? "NaN" : r == 14 ? "thirty" : String.valueOf(20 + r);
			csv.append(r).append(',').append(age).append(",1000,").append(sex).append(",no,New York\n");
		}
		CsvLoader.Result result = load(csv.toString());
		assertTrue(result.isUsable(), result.problems()::toString);
		DataFindings findings = result.findings();
		assertEquals(60, findings.rows());
		assertEquals(List.of("id", "note"), findings.undeclaredColumns());
		assertEquals(List.of("age WRONG_TYPE", "age OUT_OF_RANGE", "age NAN", "sex UNKNOWN_CATEGORY"), findings.findings().stream()
				.map(f -> f.column() + " " + f.kind()).toList());
		DataFindings.Finding sex = findings.findings().get(3);
		assertEquals(12, sex.count());
		assertEquals(Map.of("Non-Binary", 6L, "f \"x\"", 6L), sex.values());
		assertEquals(List.of(5L, 9L, 15L, 19L, 25L), sex.firstRows(), "file lines, the header being line 1");
		assertEquals("[f, m]", sex.declared());
		DataFindings.Finding range = findings.findings().get(1);
		assertEquals(Map.of("17", 1L, "120", 1L), range.values());
		assertEquals("integer 18 .. 100", range.declared());
		assertEquals(List.of(13L, 14L), range.firstRows());
		assertEquals(16, findings.problemCells());
		assertTrue(sex.describe().startsWith("sex: 12 value(s) not among its declared categories [f, m]: 'Non-Binary' ×6, "
				+ "'f \"x\"' ×6; first at row(s) 5, 9, 15, 19, 25"), sex.describe());
		assertTrue(findings.describe().get(4).contains("2 column(s) of the file are not declared and were not read: id, note"),
				findings.describe().toString());

		CsvLoader.Result clean = load("age,income,sex,default\n30,1,f,no\n");
		assertTrue(clean.findings().nothingFound());
		assertTrue(clean.findings().headline().endsWith("(1 rows): no value outside its declaration"), clean.findings().headline());
	}

	@Test
	void findingsListTheTwentyMostFrequentValuesAndCountTheRest() throws Exception {
		StringBuilder csv = new StringBuilder("age,income,sex,default\n");
		for (int r = 0; r < 3000; r++) {
			// value v<k> occurs k+1 times for k < 40; then 1,500 distinct values once each, beyond what is tracked
			csv.append("30,1,").append(r < 820 ? "v" + (int) Math.floor((Math.sqrt(8 * r + 1) - 1) / 2) : "u" + r).append(",no\n");
		}
		DataFindings.Finding sex = load(csv.toString()).findings().findings().get(0);
		assertEquals(3000, sex.count());
		assertEquals(DataFindings.LISTED_VALUES, sex.values().size());
		assertEquals(40L, sex.values().get("v39"), sex.values().toString());
		assertEquals("v39", sex.values().keySet().iterator().next(), "most frequent first");
		assertFalse(sex.values().containsKey("v19"));
		assertEquals(3000 - sex.values().values().stream().mapToLong(Long::longValue).sum(), sex.otherCount());
		assertEquals(DataFindings.LISTED_ROWS, sex.firstRows().size());
	}

	@Test
	void filesLoadedInTwoPartsGiveExactlyWhatASequentialLoadGives() throws Exception {
		// over 4 MB, so the file is split near its middle and both parts load in parallel; the content has what makes
		// a split point tricky: quoted fields with line breaks and quotes, CRLF lines, blank lines, faults on both sides
		StringBuilder csv = new StringBuilder("age,income,sex,default,note\n");
		int rows = 220_000;
		for (int r = 0; r < rows; r++) {
			String note = r % 997 == 0 ? "\"multi\nline \"\"quoted\"\"\r\n" + r + "\"" : "n" + r;
			String income = r % 5003 == 0 ? "rich" : r % 7001 == 0 ? "" : r + ".25";
			csv.append(18 + r % 80).append(',').append(income).append(',').append(r % 9001 == 0 ? "x" : r % 3 == 0 ? "m" : "f")
					.append(',').append(r % 2 == 0 ? "no" : "yes").append(',').append(note).append(r % 2 == 0 ? "\r\n" : "\n");
			if (r % 50_001 == 0) {
				csv.append('\n');
			}
		}
		Schema schema = Schema.of(Column.integer("age", 18, 100), Column.real("income", 0, Double.POSITIVE_INFINITY),
				Column.categorical("sex", List.of("f", "m")), Column.categorical("default", List.of("no", "yes")).asLabel());
		String text = csv.toString();
		assertSameAsSequential(text.getBytes(StandardCharsets.UTF_8), schema, true);

		String[] lines = text.split("\n", -1);
		for (int brokenLine : new int[] { 40_000, 200_000 }) { // a ragged row in the first part, then in the second
			String[] copy = lines.clone();
			copy[brokenLine] = "30,1.0,f";
			assertSameAsSequential(String.join("\n", copy).getBytes(StandardCharsets.UTF_8), schema, false);
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		bytes[bytes.length - 1000] = (byte) 0xE9; // not UTF-8, in the second part
		CsvLoader.Result notUtf8 = assertSameAsSequential(bytes, schema, false);
		assertTrue(only(notUtf8, Kind.NOT_UTF8).row() > rows, notUtf8.problems().toString());
	}

	private CsvLoader.Result assertSameAsSequential(byte[] content, Schema schema, boolean usable) throws Exception {
		Path file = folder.resolve("large.csv");
		Files.write(file, content);
		assertTrue(Files.size(file) > 4 << 20, "large enough to be split");
		CsvLoader.Result parallel = CsvLoader.load(file, schema);
		CsvLoader.Result sequential = CsvLoader.load(file.toString(), new java.io.ByteArrayInputStream(content), schema);
		assertEquals(usable, parallel.isUsable(), parallel.problems().toString());
		assertEquals(sequential.problems(), parallel.problems());
		assertEquals(sequential.problemCount(), parallel.problemCount());
		assertEquals(sequential.findings(), parallel.findings());
		if (usable) {
			assertEquals(sequential.table().rows(), parallel.table().rows());
			for (Column column : schema.columns()) {
				int c = schema.indexOf(column.name());
				if (column.isNumeric()) {
					assertArrayEquals(sequential.table().numeric(column.name()), parallel.table().numeric(column.name()), column.name());
				} else {
					assertArrayEquals(sequential.table().codes(column.name()), parallel.table().codes(column.name()), column.name());
				}
				assertEquals(sequential.table().missingCount(c), parallel.table().missingCount(c), column.name());
				assertEquals(sequential.table().invalidCount(c), parallel.table().invalidCount(c), column.name());
			}
		}
		return parallel;
	}

	/** Free-text columns keep each cell as written (spaces, quotes, '-'), also when a large file loads in two parts. */
	@Test
	void textColumnsKeepTheirCellsInBothParts() throws Exception {
		Schema schema = Schema.of(Column.integer("age", 18, 100), Column.text("name"), Column.text("note"));
		StringBuilder csv = new StringBuilder("age,name,note\n");
		int rows = 0;
		while (csv.length() < (5 << 20)) {
			csv.append(18 + rows % 80).append(",C").append(rows % 1000).append(',')
					.append(rows % 4 == 0 ? "\"said \"\"hi\"\", twice\"" : rows % 4 == 1 ? "  -  " : rows % 4 == 2 ? "" : "r" + rows)
					.append('\n');
			rows++;
		}
		CsvLoader.Result parallel = assertSameAsSequential(csv.toString().getBytes(StandardCharsets.UTF_8), schema, true);
		Table table = parallel.table();
		assertEquals(rows, table.rows());
		for (int r : new int[] { 0, 1, 2, 3, rows - 1 }) {
			assertEquals("C" + r % 1000, table.text(1, r));
			assertEquals(r % 4 == 0 ? "said \"hi\", twice" : r % 4 == 1 ? "  -  " : r % 4 == 2 ? null : "r" + r, table.text(2, r));
			assertEquals(r % 4 == 2, table.isMissing(2, r));
		}
		assertEquals(0, table.invalidCount(2), "free text is never invalid");
		assertEquals(rows / 4 + (rows % 4 > 2 ? 1 : 0), table.missingCount(2));
		assertEquals(rows + 1L, table.line(rows - 1), "each row keeps its file line");
	}

	@Test
	void largeFilesKeepRowOrderAndLocateLateFaults() throws Exception {
		int rows = 20_000;
		StringBuilder csv = new StringBuilder("age,income,sex,default\n");
		for (int r = 0; r < rows; r++) {
			csv.append(18 + r % 80).append(',').append(r).append(".5,").append(r % 3 == 0 ? "m" : "f").append(',')
					.append(r % 2 == 0 ? "no" : "yes").append('\n');
		}
		CsvLoader.Result ok = load(csv.toString());
		assertTrue(ok.isUsable(), ok.problems()::toString);
		assertEquals(rows, ok.table().rows());
		double[] income = ok.table().numeric("income");
		int[] sex = ok.table().codes("sex");
		for (int r = 0; r < rows; r++) {
			assertEquals(r + 0.5, income[r], "row " + r);
			assertEquals(r % 3 == 0 ? 1 : 0, sex[r], "row " + r);
		}

		// a ragged row at line 15002 (row 15000): fatal, located, nothing after it is read
		String[] lines = csv.toString().split("\n", -1);
		lines[15001] = "30,1.0,f";
		CsvLoader.Result ragged = load(String.join("\n", lines));
		assertFalse(ragged.isUsable());
		assertEquals(15002, only(ragged, Kind.RAGGED_ROW).row());

		// an invalid UTF-8 byte at line 19001, after many batches were already handed over
		Path file = folder.resolve("latin1.csv");
		byte[] head = (String.join("\n", java.util.Arrays.copyOf(csv.toString().split("\n"), 19000)) + "\n")
				.getBytes(StandardCharsets.UTF_8);
		byte[] bad = "30,1.0,f\u00e9,no\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] all = java.util.Arrays.copyOf(head, head.length + bad.length);
		System.arraycopy(bad, 0, all, head.length, bad.length);
		Files.write(file, all);
		CsvLoader.Result latin1 = CsvLoader.load(file, SCHEMA);
		assertFalse(latin1.isUsable());
		assertEquals(19001, only(latin1, Kind.NOT_UTF8).row());
	}
}
