package org.assay.runtime.profile;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.profile.InferredColumn.Type;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.junit.jupiter.api.Test;

/** One-pass profiling, type inference and suggestions on rows with awkward real-world values. */
class ProfilerTest {

	private static final List<String> NAMES = List.of("id", "name", "grade", "score", "answer", "count", "empty", "label");

	/** 100 rows: quotes, '-', white space, empty cells, NaN, numbers mixed with placeholders, an all-empty column. */
	private static List<String[]> rows() {
		String[] grades = { "Non-Travel", "18-25", "-", "a b" };
		List<String[]> rows = new ArrayList<>();
		for (int i = 1; i <= 100; i++) {
			rows.add(new String[] { Integer.toString(i), // id: 1 .. 100
					i % 2 == 0 ? "O'Brien \"Jr\" " + i : "  Smith, J. " + i + "  ", // text, all distinct
					i % 10 == 0 ? "" : grades[i % 4], // four categories that are not identifiers, 10 % empty
					i % 25 == 0 ? "NaN" : i % 20 == 0 ? null : Double.toString(i / 8.0), // real, NaN and missing
					i % 3 == 0 ? "-" : Integer.toString(i % 3), // '1', '2' and '-': a mixed column with 3 values
					i % 7 == 0 ? "n/a" : Integer.toString(i * 3), // numbers with a placeholder, many values: text
					i % 2 == 0 ? "" : "   ", // nothing at all
					i % 3 == 0 ? "yes" : "no" });
		}
		return rows;
	}

	private static DataProfile profile(int rowsPerChunk, int threads) throws Exception {
		try (TextRows source = new TextRows(NAMES, rows(), rowsPerChunk)) {
			return Profiler.profile(source, threads);
		}
	}

	private static List<InferredColumn> infer(DataProfile profile) {
		return profile.columns().stream().map(c -> Inference.infer(c, c.name().equals("label"))).toList();
	}

	@Test
	void typesRangesAndCategoriesAreInferredFromAwkwardValues() throws Exception {
		DataProfile profile = profile(100, 1);
		assertEquals(100, profile.rows());
		List<InferredColumn> inferred = infer(profile);
		InferredColumn id = inferred.get(0);
		assertEquals(Type.INT, id.type());
		assertEquals(0, id.low());
		assertEquals(100, id.high(), "1 .. 100 rounded outward to multiples of 5, not below 0");
		assertTrue(id.unique());
		assertTrue(Inference.identifies(id, profile.column("id")), "consecutive integers number the rows");

		InferredColumn name = inferred.get(1);
		assertEquals(Type.TEXT, name.type());
		assertTrue(name.unique(), "values are compared without their surrounding white space, and all differ");

		InferredColumn grade = inferred.get(2);
		assertEquals(Type.CATEGORY, grade.type());
		assertEquals(List.of("18-25", "-", "a b", "Non-Travel"), grade.categories(), "in order of first appearance");

		InferredColumn score = inferred.get(3);
		assertEquals(Type.DOUBLE, score.type(), "NaN is a number but not an integer");
		assertEquals(0, score.low());
		assertEquals(15, score.high(), "0.125 .. 12.375 (a span of 12.25) rounded outward to multiples of 5");

		InferredColumn answer = inferred.get(4);
		assertEquals(Type.CATEGORY, answer.type());
		assertEquals(List.of("1", "2", "-"), answer.categories());
		assertEquals("67 of 100 values are numbers and 33 are not ('-' ×33)", answer.note());

		InferredColumn count = inferred.get(5);
		assertEquals(Type.TEXT, count.type(), "more than 20 distinct values, not all numbers");
		assertTrue(count.note().contains("86 of 100 values are numbers and 14 are not ('n/a' ×14)"), count.note());
		assertFalse(count.unique(), "'n/a' repeats");

		assertEquals(Type.EMPTY, inferred.get(6).type());
		assertEquals("every cell is empty (100 rows)", inferred.get(6).note());

		InferredColumn label = inferred.get(7);
		assertEquals(Type.CATEGORY, label.type());
		assertEquals(List.of("no", "yes"), label.categories());
	}

	@Test
	void aLabelOfIntegerCodesIsACategoryAndANumericLabelWithManyValuesStaysNumeric() throws Exception {
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			rows.add(new String[] { Integer.toString(i % 3), Double.toString(i * 1.5) });
		}
		try (TextRows source = new TextRows(List.of("klass", "amount"), rows, 50)) {
			DataProfile profile = Profiler.profile(source, 2);
			assertEquals(List.of("0", "1", "2"), Inference.infer(profile.column("klass"), true).categories());
			assertEquals(Type.INT, Inference.infer(profile.column("klass"), false).type(), "as a feature it is a number");
			assertEquals(Type.DOUBLE, Inference.infer(profile.column("amount"), true).type(), "a regression target");
		}
	}

	@Test
	void chunksOnThreadsGiveTheSameProfileAsOnePass() throws Exception {
		DataProfile whole = profile(1000, 1);
		DataProfile chunked = profile(7, 4);
		assertEquals(infer(whole), infer(chunked));
		assertEquals(Suggestions.suggest(whole, infer(whole)), Suggestions.suggest(chunked, infer(chunked)));
		assertEquals(whole.column("count").otherExamples(), chunked.column("count").otherExamples());
		assertEquals(whole.column("score").mean(), chunked.column("score").mean(), 1e-12);
		assertEquals(whole.column("score").standardDeviation(), chunked.column("score").standardDeviation(), 1e-12);
	}

	@Test
	void suggestionsHoldOnTheProfiledData() throws Exception {
		DataProfile profile = profile(13, 2);
		List<InferredColumn> declared = infer(profile).stream().filter(c -> c.type() != Type.EMPTY).toList();
		Map<String, ConstraintSpec> byName = new java.util.LinkedHashMap<>();
		Suggestions.suggest(profile, declared).forEach(s -> byName.put(s.name(), s));

		assertEquals(List.of(new Criterion(Operator.GREATER_OR_EQUAL, 90), new Criterion(Operator.LESS_OR_EQUAL, 110)),
				byName.get("Rows").criteria());
		assertEquals(List.of(new Criterion(Operator.EQUAL, 1)), byName.get("IdComplete").criteria());
		// score: 4 empty and 4 NaN (which completeness counts as missing) of 100:
		// 0.92 - 1.96 * sqrt(0.92 * 0.08 / 100) = 0.8668 -> 86.6 %
		assertEquals(List.of(new Criterion(Operator.GREATER_OR_EQUAL, 0.866)), byName.get("ScoreComplete").criteria());
		assertEquals(new RowCondition.InRange("score", 0.125, 12.375), byName.get("ScoreRange").condition());
		assertEquals(Statistic.UNIQUENESS, byName.get("IdUnique").statistic());
		assertEquals(Statistic.UNIQUENESS, byName.get("NameUnique").statistic());
		assertFalse(byName.containsKey("CountUnique"));
		assertEquals(new RowCondition.InSet("grade", List.of("18-25", "-", "a b", "Non-Travel")), byName.get("GradeValues")
				.condition());
		assertEquals(List.of(new Criterion(Operator.LESS_OR_EQUAL, 4)), byName.get("GradeDistinct").criteria());
		assertEquals(List.of(new Criterion(Operator.GREATER_OR_EQUAL, 11)), byName.get("NameMinLength").criteria(),
				"'Smith, J. 1' without its white space");
		assertFalse(byName.containsKey("EmptyComplete"), "an empty column is not declared");

		// the mean and standard deviation bands hold the values computed here, directly from the cells
		double sum = 0;
		double squares = 0;
		int n = 0;
		for (String[] row : rows()) {
			if (row[3] != null && !row[3].equals("NaN")) {
				double v = Double.parseDouble(row[3]);
				sum += v;
				squares += v * v;
				n++;
			}
		}
		double mean = sum / n;
		double sd = Math.sqrt(squares / n - mean * mean);
		assertHolds(byName.get("ScoreMean"), mean);
		assertHolds(byName.get("ScoreSpread"), sd);
		assertFalse(byName.get("ScoreMean").criteria().get(0).holds(mean - 0.11 * sd), "a shift of 0.11 sd breaks it");
		assertFalse(byName.get("ScoreSpread").criteria().get(1).holds(sd * 1.21), "a spread 21 % wider breaks it");
	}

	private static void assertHolds(ConstraintSpec spec, double value) {
		spec.criteria().forEach(c -> assertTrue(c.holds(value), spec.name() + ": " + value + " " + c));
	}

	@Test
	void rangesAreRoundedOutwardToReadableNumbers() {
		assertArrayEquals(new double[] { 15, 75 }, NiceNumbers.range(19, 75, true));
		assertArrayEquals(new double[] { 0.05, 0.2 }, NiceNumbers.range(0.05263, 0.1634, false));
		assertArrayEquals(new double[] { 0, 3000 }, NiceNumbers.range(143.5, 2501, false));
		assertArrayEquals(new double[] { -3.5, 4.5 }, NiceNumbers.range(-3.2, 4.1, false));
		assertArrayEquals(new double[] { 2, 2 }, NiceNumbers.range(2, 2, true));
		assertArrayEquals(new double[] { 1, 6 }, NiceNumbers.range(1, 6, true), "integers keep whole-number ends");
		assertEquals(0.3, NiceNumbers.ceil(0.21, NiceNumbers.step(1, -1)), "decimal, not 0.30000000000000004");
	}
}
