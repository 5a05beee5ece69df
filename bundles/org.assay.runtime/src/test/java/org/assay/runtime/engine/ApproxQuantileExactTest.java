package org.assay.runtime.engine;

import static org.assay.runtime.engine.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.state.KllBudget;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.SketchStates;
import org.assay.runtime.engine.state.StateKind;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;

/**
 * {@code approx quantile} is exact while its state keeps the values ({@link SketchStates.Kll#EXACT_BUDGET}): the very
 * value of the exact {@code quantile}, a point, however the file is chunked and on any number of threads; past the budget
 * (a smaller one here, through {@link KllBudget}) the KLL sketch answers within its rank error, whatever mix of exact and
 * sketched chunk states was merged. Read through the real CSV reader (values with NaN, '-', spaces, empty cells,
 * duplicates and −0.0) and through {@link MemorySource} for chosen chunk boundaries.
 */
class ApproxQuantileExactTest {

	static final Schema SCHEMA = Schema.of(Column.text("id"), Column.real("x", Double.NEGATIVE_INFINITY,
			Double.POSITIVE_INFINITY));

	private static final double[] QS = { 0, 0.01, 0.25, 0.5, 0.9, 0.999, 1 };

	private static final Criterion ANY = at(Operator.GREATER_OR_EQUAL, Double.NEGATIVE_INFINITY);

	/**
	 * A CSV of {@code rows} rows: ids with quotes, commas and accents; x symmetric around 0 in quarters (many
	 * duplicates), a tenth of the values zeros written as "0", "-0.0", " 0 " and "-0"; in the rows i with i % 10000 in
	 * [5000, 5060) also empty cells, "NaN", "-" (invalid) and " 7.25 ". The other rows make whole batches of values.
	 */
	static String csv(int rows, long seed) {
		Random random = new Random(seed);
		StringBuilder csv = new StringBuilder("id,x\n");
		for (int i = 0; i < rows; i++) {
			String id = switch (i % 4) {
			case 0 -> "C-" + i;
			case 1 -> "\"C, " + i + " \"\"q\"\"\"";
			case 2 -> "Zoë " + i;
			default -> "x'" + (i / 2);
			};
			String x;
			int slot = i % 10000;
			if (slot >= 5000 && slot < 5060) {
				x = switch (slot % 4) {
				case 0 -> "";
				case 1 -> "NaN";
				case 2 -> "-";
				default -> " 7.25 ";
				};
			} else if (random.nextInt(10) == 0) {
				x = List.of("0", "-0.0", " 0 ", "-0").get(random.nextInt(4));
			} else {
				x = Double.toString(Math.round(random.nextGaussian() * 400) / 4.0);
			}
			csv.append(id).append(',').append(x).append('\n');
		}
		return csv.toString();
	}

	/** The values the CSV's x holds (no null, NaN or invalid cell), −0.0 as 0.0, sorted. */
	static double[] values(String csv) {
		return csv.lines().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1).strip())
				.filter(x -> !x.isEmpty() && !x.equals("NaN") && !x.equals("-")).mapToDouble(Double::parseDouble)
				.map(x -> x == 0.0 ? 0.0 : x).sorted().toArray();
	}

	/** The lower nearest rank: the smallest value whose rank is at least q·n. */
	static double nearestRank(double[] sorted, double q) {
		return sorted[(int) Math.max(0, Math.min(sorted.length - 1, (long) Math.ceil(q * sorted.length) - 1))];
	}

	static ConstraintSpec spec(Statistic statistic, double q, NullPolicy policy) {
		return new ConstraintSpec(statistic + " " + q, "model.assay:3", List.of(), statistic, List.of("x"), q, null,
				statistic == Statistic.APPROX_QUANTILE ? 0.01 : Double.NaN, null, policy, List.of(ANY));
	}

	private static RowSource source(String csv, int chunkBytes) throws IOException {
		return CsvRowSource.of(csv.getBytes(StandardCharsets.UTF_8), "data/x.csv", SCHEMA, ',', chunkBytes);
	}

	record Run(EngineResult result, Map<StateKey, MetricState> states) {
		SketchStates.Kll kll() {
			return (SketchStates.Kll) states.values().stream().filter(s -> s.kind() == StateKind.KLL).findFirst().orElseThrow();
		}
	}

	/** One pass as {@link DataEngine#verify} makes it, with KLL states of another exact budget (0: the engine's own). */
	static Run run(RowSource source, List<ConstraintSpec> specs, int threads, int budget) {
		EngineOptions options = EngineOptions.defaults().withThreads(threads);
		Plan plan = DataEngine.plan(source.name(), source.schema(), specs, options);
		Map<StateKey, Supplier<MetricState>> factories = new LinkedHashMap<>();
		plan.factories().forEach((key, factory) -> factories.put(key, key.kind() != StateKind.KLL || budget == 0 ? factory
				: () -> KllBudget.withBudget((SketchStates.Kll) factory.get(), budget)));
		Plan planned = new Plan(plan.source(), plan.schema(), plan.planned(), factories);
		ScanResult scan = DataEngine.scan(source, planned, threads);
		assertEquals(null, scan.failure());
		return new Run(DataEngine.decide(planned, scan.states(), scan.rows(), null, null, options), scan.states());
	}

	@Test
	void belowTheBudgetTheAnswerIsTheExactQuantileUnderEveryNullPolicy() throws IOException {
		String csv = csv(30_000, 9);
		double[] values = values(csv);
		assertEquals(0.0, nearestRank(values, 0.5), "the data put the median on zero");
		for (NullPolicy policy : NullPolicy.values()) {
			List<ConstraintSpec> specs = new ArrayList<>();
			for (double q : QS) {
				specs.add(spec(Statistic.APPROX_QUANTILE, q, policy));
				specs.add(spec(Statistic.QUANTILE, q, policy));
			}
			try (RowSource source = source(csv, 100_000)) {
				EngineResult result = DataEngine.verify(source, specs, EngineOptions.defaults().withThreads(2));
				for (int i = 0; i < QS.length; i++) {
					ConstraintResult approx = result.constraints().get(2 * i);
					ConstraintResult exact = result.constraints().get(2 * i + 1);
					Interval interval = approx.measurement().interval();
					String about = policy + " q " + QS[i] + ": " + approx.message();
					// bit for bit the exact quantile and the expected nearest rank (+0.0 where a zero is the answer)
					assertEquals(Double.doubleToRawLongBits(nearestRank(values, QS[i])), Double.doubleToRawLongBits(interval.estimate()),
							about);
					assertEquals(Double.doubleToRawLongBits(exact.measurement().interval().estimate()),
							Double.doubleToRawLongBits(interval.estimate()), about);
					assertEquals(interval.estimate(), interval.lower(), about);
					assertEquals(interval.estimate(), interval.upper(), about);
					assertTrue(approx.measurement().details().contains("computed exactly from " + values.length
							+ " value(s) (up to 2097152 are kept before a KLL sketch takes over): no rank error"),
							approx.measurement().details().toString());
					assertEquals(exact.verdict(), approx.verdict(), about);
					assertEquals(policy == NullPolicy.INVALID ? Verdict.FAIL : Verdict.PASS, approx.verdict(), about);
					assertEquals(45, approx.nulls(), about);
					assertEquals(45, approx.nans(), about);
					assertEquals(45, approx.invalid(), about);
				}
			}
		}
	}

	@Test
	void emptyAndAllNullColumnsGiveNoData() throws IOException {
		String allMissing = "id,x\na,\nb,NaN\nc, \nd,nan\n";
		for (NullPolicy policy : NullPolicy.values()) {
			// a CSV with a header and no rows is refused as unreadable, so the empty table is held in memory
			for (boolean empty : new boolean[] { true, false }) {
				try (RowSource source = empty ? MemorySource.of(SCHEMA, List.of()) : source(allMissing, 1 << 20)) {
					List<ConstraintResult> results = DataEngine.verify(source, List.of(spec(Statistic.APPROX_QUANTILE, 0.5, policy),
							spec(Statistic.QUANTILE, 0.5, policy)), EngineOptions.defaults()).constraints();
					ConstraintResult approx = results.get(0);
					boolean failedByNulls = policy == NullPolicy.INVALID && !empty;
					assertEquals(failedByNulls ? Verdict.FAIL : Verdict.NO_DATA, approx.verdict(), approx.message());
					assertEquals(results.get(1).verdict(), approx.verdict(), approx.message());
					assertTrue(Double.isNaN(approx.measurement().interval().estimate()), approx.message());
				}
			}
		}
	}

	@Test
	void pastTheBudgetTheSketchAnswersWithinItsRankError() throws IOException {
		String csv = csv(30_000, 10);
		double[] values = values(csv);
		List<ConstraintSpec> specs = Arrays.stream(QS).mapToObj(q -> spec(Statistic.APPROX_QUANTILE, q, NullPolicy.MISSING))
				.toList();
		try (RowSource source = source(csv, 1 << 30)) {
			Run run = run(source, specs, 1, 5000);
			assertFalse(run.kll().isExact(), "29,865 values outgrow a budget of 5,000");
			for (int i = 0; i < QS.length; i++) {
				ConstraintResult result = run.result().constraints().get(i);
				assertWithinRankError(values, QS[i], result);
				assertTrue(result.measurement().details().get(0).startsWith("KLL sketch (k "), result.measurement().details()
						.toString());
			}
		}
	}

	/**
	 * The estimate's rank lies within 2ε of q (KLL's ε holds at 99 % confidence; twice it never fails in practice),
	 * and the interval is the values at ranks q ± ε, so it is not a point.
	 */
	static void assertWithinRankError(double[] sorted, double q, ConstraintResult result) {
		Interval interval = result.measurement().interval();
		double estimate = interval.estimate();
		long below = Arrays.stream(sorted).filter(x -> x < estimate).count();
		long atMost = Arrays.stream(sorted).filter(x -> x <= estimate).count();
		double error = Math.max(0, Math.max(below / (double) sorted.length - q, q - atMost / (double) sorted.length));
		assertTrue(error <= 0.02, "q " + q + ": " + estimate + " is " + error + " in rank away (" + result.message() + ")");
		assertTrue(interval.lower() <= estimate && estimate <= interval.upper(), result.message());
		assertEquals(0.99, interval.confidence(), result.message());
	}

	@Test
	void chunkSizesAndThreadsGiveTheResultOfOneChunk() throws IOException {
		String csv = csv(30_000, 11);
		double[] values = values(csv);
		List<ConstraintSpec> specs = Arrays.stream(QS).mapToObj(q -> spec(Statistic.APPROX_QUANTILE, q, NullPolicy.MISSING))
				.toList();
		Run whole;
		try (RowSource source = source(csv, 1 << 30)) {
			whole = run(source, specs, 1, 0);
		}
		assertTrue(whole.kll().isExact());
		for (int chunkBytes : new int[] { 7_000, 50_000, 333_333 }) {
			for (int threads : new int[] { 1, 4 }) {
				// under the engine's budget: exact + exact merges, bit for bit the one-chunk answer
				try (RowSource source = source(csv, chunkBytes)) {
					Run run = run(source, specs, threads, 0);
					assertTrue(run.kll().isExact());
					for (int i = 0; i < QS.length; i++) {
						assertEquals(whole.result().constraints().get(i).measurement().interval(),
								run.result().constraints().get(i).measurement().interval(), chunkBytes + " bytes, " + threads + " threads");
					}
				}
				// past a budget of 12,000: exact + exact becoming a sketch, sketch + exact, sketch + sketch (chunks of
				// 15,000 rows outgrow it alone)
				try (RowSource source = source(csv, chunkBytes)) {
					Run run = run(source, specs, threads, 12_000);
					assertFalse(run.kll().isExact());
					for (int i = 0; i < QS.length; i++) {
						assertWithinRankError(values, QS[i], run.result().constraints().get(i));
					}
				}
			}
		}
	}

	@Test
	void everyMixOfExactAndSketchedChunksMerges() {
		List<Object[]> rows = new ArrayList<>();
		Random random = new Random(12);
		for (int i = 0; i < 3000; i++) {
			rows.add(new Object[] { "C-" + i, i % 97 == 5 ? null : i % 89 == 3 ? (Object) Double.NaN
					: (double) Math.round(Math.exp(8 + random.nextGaussian())) });
		}
		double[] values = rows.stream().map(r -> r[1]).filter(x -> x instanceof Double d && !d.isNaN())
				.mapToDouble(x -> (Double) x).sorted().toArray();
		List<ConstraintSpec> specs = Arrays.stream(QS).mapToObj(q -> spec(Statistic.APPROX_QUANTILE, q, NullPolicy.MISSING))
				.toList();
		// budget 1,000: [400, 400 | 2200] exact + exact, then exact + sketch; [2200 | 400, 400] sketch + exact;
		// [600, 600, 600, 1200] exact + exact past the budget; [1500 | 1500] sketch + sketch
		for (int[] split : List.of(new int[] { 400, 400, 2200 }, new int[] { 2200, 400, 400 }, new int[] { 600, 600, 600, 1200 },
				new int[] { 1500, 1500 })) {
			Boolean exact = null;
			for (int threads : new int[] { 1, 3 }) {
				Run run = run(MemorySource.of(SCHEMA, rows).split(split).batchSize(64), specs, threads, 1000);
				if (exact != null) {
					assertEquals(exact, run.kll().isExact(), "the same form on any number of threads");
				}
				exact = run.kll().isExact();
				assertFalse(exact, Arrays.toString(split));
				for (int i = 0; i < QS.length; i++) {
					assertWithinRankError(values, QS[i], run.result().constraints().get(i));
				}
			}
		}
		// budget 3,000 holds all 2,940 values: exact whatever the split, the nearest rank bit for bit
		for (int[] split : List.of(new int[] { 3000 }, new int[] { 1, 2998, 1 }, new int[] { 1000, 1000, 1000 })) {
			Run run = run(MemorySource.of(SCHEMA, rows).split(split).batchSize(7), specs, 2, values.length);
			assertTrue(run.kll().isExact(), Arrays.toString(split));
			for (int i = 0; i < QS.length; i++) {
				assertEquals(nearestRank(values, QS[i]), run.result().constraints().get(i).measurement().interval().estimate());
			}
		}
	}
}
