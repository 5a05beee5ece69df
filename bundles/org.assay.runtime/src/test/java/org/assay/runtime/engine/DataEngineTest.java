package org.assay.runtime.engine;

import static org.assay.runtime.engine.Specs.at;
import static org.assay.runtime.engine.Specs.between;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Every statistic passing and failing, each against a reference computed here by plain loops and sorting over the
 * same rows (never the engine's own output).
 */
class DataEngineTest {

	private static final List<Object[]> ROWS = EngineData.rows(300, 11);

	/** A statistic's value, its PASS within the reference's tolerance and its FAIL just above it. */
	private static void assertMeasures(Function<Criterion[], ConstraintSpec> spec, double expected, double tolerance) {
		ConstraintSpec passing = spec.apply(between(expected - tolerance, expected + tolerance));
		ConstraintSpec failing = spec.apply(new Criterion[] { at(Operator.GREATER, expected + tolerance) });
		MemorySource source = MemorySource.of(EngineData.SCHEMA, ROWS).split(100, 1, 99, 100).batchSize(7);
		EngineResult result = DataEngine.verify(source, List.of(passing, failing), EngineOptions.defaults().withThreads(2));
		ConstraintResult pass = result.constraints().get(0);
		assertEquals(expected, pass.measurement().interval().estimate(), tolerance, pass.message());
		assertEquals(Verdict.PASS, pass.verdict(), pass.message());
		assertEquals(Verdict.FAIL, result.constraints().get(1).verdict(), result.constraints().get(1).message());
	}

	private static Map<String, Long> counts(List<String> values) {
		Map<String, Long> counts = new HashMap<>();
		values.forEach(v -> counts.merge(v, 1L, Long::sum));
		return counts;
	}

	@Test
	void rowCountAndCompleteness() {
		assertMeasures(c -> Specs.stat("rows", Statistic.ROW_COUNT, List.of(), NullPolicy.MISSING, c), ROWS.size(), 0);
		long present = ROWS.stream().filter(r -> r[EngineData.AGE] instanceof MemorySource.Invalid
				|| r[EngineData.AGE] instanceof Double d && !d.isNaN()).count();
		long nans = ROWS.stream().filter(r -> r[EngineData.AGE] instanceof Double d && d.isNaN()).count();
		assertTrue(nans > 0 && present < ROWS.size());
		assertMeasures(c -> Specs.stat("c", Statistic.COMPLETENESS, "age", c), (double) present / ROWS.size(), 1e-15);
		assertMeasures(c -> Specs.stat("c", Statistic.COMPLETENESS, List.of("age"), NullPolicy.INVALID, c),
				(double) present / ROWS.size(), 1e-15);
		assertMeasures(c -> Specs.stat("c", Statistic.COMPLETENESS, List.of("age"), NullPolicy.IGNORED, c),
				(double) present / (ROWS.size() - nans), 1e-15);
	}

	@Test
	void distinctValueStatistics() {
		List<String> ids = EngineData.texts(ROWS, EngineData.ID);
		Map<String, Long> idCounts = counts(ids);
		long once = idCounts.values().stream().filter(n -> n == 1).count();
		assertTrue(once < ids.size());
		assertMeasures(c -> Specs.stat("u", Statistic.UNIQUENESS, "id", c), (double) once / ids.size(), 1e-15);
		List<String> countries = EngineData.texts(ROWS, EngineData.COUNTRY);
		Map<String, Long> countryCounts = counts(countries);
		assertMeasures(c -> Specs.stat("d", Statistic.DISTINCTNESS, "country", c), 3.0 / countries.size(), 1e-15);
		assertMeasures(c -> Specs.stat("n", Statistic.DISTINCT_COUNT, "country", c), 3, 0);
		double entropy = 0;
		for (long n : countryCounts.values()) {
			double p = (double) n / countries.size();
			entropy -= p * Math.log(p);
		}
		assertMeasures(c -> Specs.stat("e", Statistic.ENTROPY, "country", c), entropy, 1e-12);
		long top = countryCounts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
		assertMeasures(c -> Specs.argument("t", Statistic.TOP_FREQUENCY, "country", 1, c), (double) top / countries.size(), 1e-15);
		assertMeasures(c -> Specs.argument("t2", Statistic.TOP_FREQUENCY, "country", 5, c), 1.0, 1e-15);
		assertMeasures(c -> Specs.frequency("f", "country", "Non-EU", c), (double) countryCounts.get("Non-EU") / countries.size(),
				1e-15);
		// numbers: 30 and 30.0 are one value; a key of two columns
		double[] ages = EngineData.numbers(ROWS, EngineData.AGE);
		long distinctAges = Arrays.stream(ages).distinct().count();
		assertMeasures(c -> Specs.stat("na", Statistic.DISTINCT_COUNT, "age", c), distinctAges, 0);
		assertMeasures(c -> Specs.frequency("fa", "age", "30.0", c),
				(double) Arrays.stream(ages).filter(a -> a == 30).count() / ages.length, 1e-15);
		Map<String, Long> keys = new HashMap<>();
		long keyRows = 0;
		for (Object[] row : ROWS) {
			if (row[EngineData.COUNTRY] instanceof String country && row[EngineData.ID] instanceof String id) {
				keys.merge(country + "\u0000" + id, 1L, Long::sum);
				keyRows++;
			}
		}
		long keyOnce = keys.values().stream().filter(n -> n == 1).count();
		assertMeasures(c -> Specs.stat("k", Statistic.UNIQUENESS, List.of("country", "id"), NullPolicy.MISSING, c),
				(double) keyOnce / keyRows, 1e-15);
	}

	@Test
	void numericStatistics() {
		double[] ages = EngineData.numbers(ROWS, EngineData.AGE);
		double[] incomes = EngineData.numbers(ROWS, EngineData.INCOME);
		assertMeasures(c -> Specs.stat("min", Statistic.MINIMUM, "age", c), Arrays.stream(ages).min().orElseThrow(), 0);
		assertMeasures(c -> Specs.stat("max", Statistic.MAXIMUM, "age", c), Arrays.stream(ages).max().orElseThrow(), 0);
		double sum = 0;
		for (double x : incomes) {
			sum += x;
		}
		double mean = sum / incomes.length;
		double squares = 0;
		for (double x : incomes) {
			squares += (x - mean) * (x - mean);
		}
		assertMeasures(c -> Specs.stat("sum", Statistic.SUM, "income", c), sum, 1e-9 * sum);
		assertMeasures(c -> Specs.stat("mean", Statistic.MEAN, "income", c), mean, 1e-9 * mean);
		assertMeasures(c -> Specs.stat("sd", Statistic.STANDARD_DEVIATION, "income", c), Math.sqrt(squares / incomes.length),
				1e-9 * mean);
		double[] sorted = incomes.clone();
		Arrays.sort(sorted);
		for (double q : new double[] { 0, 0.1, 0.5, 0.9, 1 }) {
			double expected = sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
			assertMeasures(c -> Specs.argument("q", Statistic.QUANTILE, "income", q, c), expected, 0);
			// fewer values than the exact budget (SketchStates.Kll.EXACT_BUDGET): the exact quantile, a point
			assertMeasures(c -> Specs.approxQuantile("aq", "income", q, 0.002, c), expected, 0);
		}
		double ax = 0;
		double ay = 0;
		int n = 0;
		for (Object[] row : ROWS) {
			if (row[EngineData.AGE] instanceof Double a && !a.isNaN() && row[EngineData.INCOME] instanceof Double b) {
				ax += a;
				ay += b;
				n++;
			}
		}
		ax /= n;
		ay /= n;
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (Object[] row : ROWS) {
			if (row[EngineData.AGE] instanceof Double a && !a.isNaN() && row[EngineData.INCOME] instanceof Double b) {
				sxy += (a - ax) * (b - ay);
				sxx += (a - ax) * (a - ax);
				syy += (b - ay) * (b - ay);
			}
		}
		assertMeasures(c -> Specs.stat("r", Statistic.CORRELATION, List.of("age", "income"), NullPolicy.MISSING, c),
				sxy / Math.sqrt(sxx * syy), 1e-12);
	}

	@Test
	void textLengthsAndApproximateDistinctCount() {
		List<String> ids = EngineData.texts(ROWS, EngineData.ID);
		int shortest = ids.stream().mapToInt(s -> s.codePointCount(0, s.length())).min().orElseThrow();
		int longest = ids.stream().mapToInt(s -> s.codePointCount(0, s.length())).max().orElseThrow();
		assertMeasures(c -> Specs.stat("minl", Statistic.MIN_LENGTH, "id", c), shortest, 0);
		assertMeasures(c -> Specs.stat("maxl", Statistic.MAX_LENGTH, "id", c), longest, 0);
		long distinct = ids.stream().distinct().count();
		ConstraintSpec approx = Specs.stat("hll", Statistic.APPROX_DISTINCT_COUNT, "id", at(Operator.GREATER, 0));
		ConstraintResult result = DataEngine.verify(MemorySource.of(EngineData.SCHEMA, ROWS), List.of(approx),
				EngineOptions.defaults()).constraints().get(0);
		var interval = result.measurement().interval();
		assertTrue(interval.lower() <= distinct && distinct <= interval.upper(), interval + " vs " + distinct);
		assertEquals(distinct, interval.estimate(), 0.02 * distinct);
		assertEquals(Verdict.PASS, result.verdict());
	}
}
