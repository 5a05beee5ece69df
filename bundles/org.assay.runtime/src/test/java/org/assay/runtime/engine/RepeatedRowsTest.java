package org.assay.runtime.engine;

import static org.assay.runtime.engine.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Located counterexamples of uniqueness and distinctness: the rows of the most repeated values, found in a second pass
 * over a real CSV file (quoted fields with line breaks, '-', spaces, empty cells), the same on one chunk and one thread
 * as on many chunks and four threads, checked against a row-by-row reference computed here.
 */
class RepeatedRowsTest {

	private static final Schema SCHEMA = Schema.of(Column.integer("id", 0, 1_000_000), Column.text("customer"),
			Column.categorical("country", List.of("DE", "FR", "Non-EU")), Column.text("note"));
	private static final int ROWS = 3000;
	/** Equally repeated values come smaller first: numbers as numbers. */
	private static final Comparator<String> NUMERIC = Comparator.comparingDouble(Double::parseDouble);
	/** Keys {@code id|country}: by id as a number, then by country. */
	private static final Comparator<String> NUMERIC_FIRST = Comparator.<String>comparingDouble(k -> Double.parseDouble(
			k.substring(0, k.indexOf('|')))).thenComparing(k -> k.substring(k.indexOf('|')));

	/** One data row's cells (null for an empty cell) and its first file line. */
	private record Row(String id, String customer, String country, long line) {
	}

	private static String id(int i) {
		// repeated ids: 7 six times, 3 four times, 42 three times, 5, 8 and 9 twice; row 50's id is empty
		return switch (i) {
		case 100, 600, 1100, 1700, 2999 -> "7";
		case 1200, 2200, 2900 -> "3";
		case 400, 2500 -> "42";
		case 1300 -> "5";
		case 1400 -> "8";
		case 1500 -> "9";
		case 50 -> null;
		default -> Integer.toString(i);
		};
	}

	private static List<Row> write(Path file) throws IOException {
		StringBuilder csv = new StringBuilder("id,customer,country,note\n");
		List<Row> rows = new ArrayList<>();
		long line = 2;
		for (int i = 0; i < ROWS; i++) {
			String id = id(i);
			String customer = i == 2700 ? "C - 11" : "C - " + i;
			String country = i % 3 == 0 ? "DE" : i % 3 == 1 ? "FR" : "Non-EU";
			String note = i % 7 == 0 ? "\"two\nlines, with \"\"quotes\"\"\"" : i % 5 == 0 ? "" : i % 11 == 0 ? "-" : " spaced ";
			csv.append(id == null ? "" : id).append(",\"").append(customer).append("\",").append(country).append(',').append(note)
					.append('\n');
			rows.add(new Row(id, customer, country, line));
			line += 1 + note.chars().filter(c -> c == '\n').count();
		}
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		return rows;
	}

	/** {@code file:line: cells (row N); occurs K times, also at lines …}, for the most repeated keys, by plain loops. */
	private static List<String> reference(List<Row> rows, List<String> columns, java.util.function.Function<Row, String> key,
			Comparator<String> ties) {
		Map<String, List<Integer>> where = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			String k = key.apply(rows.get(i));
			if (k != null) {
				where.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
			}
		}
		List<Map.Entry<String, List<Integer>>> repeated = new ArrayList<>(where.entrySet().stream()
				.filter(e -> e.getValue().size() > 1).toList());
		repeated.sort(Comparator.<Map.Entry<String, List<Integer>>>comparingInt(e -> -e.getValue().size())
				.thenComparing(Map.Entry::getKey, ties));
		List<String> expected = new ArrayList<>();
		for (var entry : repeated.subList(0, Math.min(5, repeated.size()))) {
			List<Integer> at = entry.getValue();
			Row first = rows.get(at.get(0));
			List<String> cells = new ArrayList<>();
			for (String column : columns) {
				String value = column.equals("id") ? first.id() : column.equals("customer") ? first.customer() : first.country();
				cells.add(column + "='" + value + "'");
			}
			List<String> more = at.subList(1, Math.min(at.size(), 6)).stream().map(r -> Long.toString(rows.get(r).line())).toList();
			expected.add("data/repeats.csv:" + first.line() + ": " + String.join(", ", cells) + " (row " + (at.get(0) + 1)
					+ "); occurs " + at.size() + " times, also at line" + (at.size() == 2 ? " " : "s ") + String.join(", ", more)
					+ (at.size() - 1 > 5 ? " and " + (at.size() - 6) + " more" : ""));
		}
		return expected;
	}

	private static List<List<String>> located(Path file, int chunkBytes, int threads, List<ConstraintSpec> constraints)
			throws IOException {
		try (CsvRowSource source = CsvRowSource.open(file, "data/repeats.csv", SCHEMA, ',', chunkBytes)) {
			if (chunkBytes < 1 << 20) {
				assertTrue(source.chunks().size() > 10, "many chunks: " + source.chunks().size());
			}
			EngineResult result = DataEngine.verify(source, constraints, new EngineOptions(threads, null));
			return result.constraints().stream()
					.map(c -> c.counterexamples().stream().map(e -> e.located(result.source())).toList()).toList();
		}
	}

	@Test
	void theRowsOfTheMostRepeatedValuesAreLocatedTheSameOnAnyChunkingAndThreads(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("repeats.csv");
		List<Row> rows = write(file);
		List<ConstraintSpec> constraints = List.of(Specs.stat("idUnique", Statistic.UNIQUENESS, "id", at(Operator.EQUAL, 1)),
				Specs.stat("keyUnique", Statistic.UNIQUENESS, List.of("country", "customer"), NullPolicy.MISSING,
						at(Operator.GREATER_OR_EQUAL, 1)),
				Specs.stat("countryDistinct", Statistic.DISTINCTNESS, "country", at(Operator.GREATER_OR_EQUAL, 0.5)),
				Specs.stat("countryFew", Statistic.DISTINCTNESS, "country", at(Operator.LESS_OR_EQUAL, 0.0001)),
				Specs.stat("customerUnique", Statistic.UNIQUENESS, "customer", at(Operator.GREATER_OR_EQUAL, 0.9)));

		List<List<String>> sequential = located(file, CsvRowSource.CHUNK_BYTES, 1, constraints);
		List<String> ids = reference(rows, List.of("id"), Row::id, NUMERIC);
		assertEquals(5, ids.size());
		assertEquals(ids, sequential.get(0));
		// the most repeated id first, its first row and the lines of the next five, then how many more
		assertTrue(sequential.get(0).get(0).matches("data/repeats\\.csv:\\d+: id='7' \\(row 8\\); occurs 6 times, also at lines "
				+ "\\d+, \\d+, \\d+, \\d+, \\d+"), sequential.get(0).get(0));
		// a key of two columns: row 2700 repeats row 11's customer; different countries, so only the key's own rows
		List<String> keys = reference(rows, List.of("country", "customer"), r -> r.country() + "|" + r.customer(),
				Comparator.naturalOrder());
		assertEquals(keys, sequential.get(1));
		assertEquals(List.of(), keys, "country DE for 2700, FR for 11: the key does not repeat");
		// distinctness below its lower bound: where the repeated countries are
		List<String> countries = reference(rows, List.of("country"), Row::country, Comparator.naturalOrder());
		assertEquals(countries, sequential.get(2));
		assertEquals(3, countries.size());
		assertTrue(countries.get(0).contains("occurs 1000 times, also at lines") && countries.get(0).endsWith(" and 994 more"),
				countries.get(0));
		// too many distinct values has no failing row
		assertEquals(List.of(), sequential.get(3));
		// a uniqueness that passes shows nothing
		assertEquals(List.of(), sequential.get(4));

		for (int threads : new int[] { 1, 4 }) {
			assertEquals(sequential, located(file, 4096, threads, constraints), "4 KiB chunks on " + threads + " thread(s)");
		}
	}

	@Test
	void aKeyOfSeveralColumnsIsLocatedByItsCells(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("repeats.csv");
		List<Row> rows = write(file);
		// (7, Non-EU) three times, then five keys twice, of which the four smallest ids are shown: 3, 7, 8, 9 (not 42)
		List<ConstraintSpec> constraints = List.of(Specs.stat("key", Statistic.UNIQUENESS, List.of("id", "country"),
				NullPolicy.MISSING, at(Operator.EQUAL, 1)));
		List<String> expected = reference(rows, List.of("id", "country"), r -> r.id() == null ? null : r.id() + "|" + r.country(),
				NUMERIC_FIRST);
		List<List<String>> one = located(file, CsvRowSource.CHUNK_BYTES, 1, constraints);
		assertEquals(expected, one.get(0));
		assertEquals(5, expected.size());
		assertTrue(expected.get(0).contains("id='7', country='Non-EU' (row 1101); occurs 3 times"), expected.get(0));
		assertTrue(expected.stream().noneMatch(e -> e.contains("id='42'")), expected.toString());
		assertEquals(one, located(file, 4096, 4, constraints));
		try (CsvRowSource source = CsvRowSource.open(file, "data/repeats.csv", SCHEMA, ',')) {
			ConstraintResult result = DataEngine.verify(source, constraints, EngineOptions.defaults()).get("key");
			assertEquals(Verdict.FAIL, result.verdict());
		}
	}
}
