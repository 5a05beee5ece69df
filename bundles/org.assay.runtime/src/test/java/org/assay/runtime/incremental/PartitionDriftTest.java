package org.assay.runtime.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.drift.Drift;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.DataSuite;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.engine.state.KllBudget;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.SketchStates;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift checks on partitioned data ({@code … drift psi of last 3 < 0.25}) computed from the partitions' states, against
 * the same statistic computed by {@link Drift} on the raw values of the same partitions' rows: equal for exact values
 * and value counts, within the sketches' rank errors for KLL sketches.
 */
class PartitionDriftTest {

	private static final EngineOptions OPTIONS = EngineOptions.defaults().withThreads(2);
	private static final List<String> COUNTRIES = List.of("DE", "FR", "Non-EU");
	private static final int ROWS = 1500;

	@TempDir
	Path project;

	/** One day's raw values, as written to its CSV file (NaN for an empty or NaN cell; -1 for an undeclared country). */
	private record Day(double[] amounts, int[] countries) {
	}

	/** A day of orders: amounts around {@code mean}, countries with the given shares, real-world damage mixed in. */
	private Day write(String day, Random random, double mean, double[] shares) throws IOException {
		StringBuilder csv = new StringBuilder(Days.HEADER);
		double[] amounts = new double[ROWS];
		int[] countries = new int[ROWS];
		for (int r = 0; r < ROWS; r++) {
			String amount;
			if (r % 97 == 5) {
				amount = "";
				amounts[r] = Double.NaN;
			} else if (r % 211 == 7) {
				amount = "NaN";
				amounts[r] = Double.NaN;
			} else {
				amount = String.format(Locale.ROOT, "%.2f", mean + 10 * random.nextGaussian());
				amounts[r] = Double.parseDouble(amount);
			}
			double u = random.nextDouble();
			int country = u < shares[0] ? 0 : u < shares[0] + shares[1] ? 1 : 2;
			String cell = COUNTRIES.get(country);
			if (r % 301 == 11) {
				cell = "XX"; // undeclared: invalid, counted nowhere
				country = -1;
			}
			countries[r] = country;
			csv.append(r).append(",\"C-").append(r).append(", \"\"VIP\"\"\",").append(amount).append(',').append(cell)
					.append(r % 2 == 0 ? ",-\n" : ", spaced note \n");
		}
		Days.write(project, day, csv.toString());
		return new Day(amounts, countries);
	}

	private List<Day> fourDays(double lastMean, double[] lastShares) throws IOException {
		Random random = new Random(10);
		double[] calm = { 0.5, 0.3, 0.2 };
		List<Day> days = new ArrayList<>();
		for (int d = 1; d <= 3; d++) {
			days.add(write("2024-03-0" + d, random, 50, calm));
		}
		days.add(write("2024-03-04", random, lastMean, lastShares));
		return days;
	}

	private static ConstraintSpec stat(String name, Statistic statistic, String column, double argument) {
		return Days.stat(name, statistic, List.of(column), argument, Days.at(Operator.GREATER_OR_EQUAL, 0));
	}

	private static final List<ConstraintSpec> CONSTRAINTS = List.of(stat("median", Statistic.QUANTILE, "amount", 0.5),
			stat("p90", Statistic.QUANTILE, "amount", 0.9), stat("median_approx", Statistic.APPROX_QUANTILE, "amount", 0.5),
			stat("countries", Statistic.DISTINCTNESS, "country", Double.NaN), stat("mean", Statistic.MEAN, "amount", Double.NaN));

	private PartitionedVerifier.Outcome verify(boolean incremental, PartitionDrift... drifts) throws IOException {
		return PartitionedVerifier.verify(project, Days.dataset(COUNTRIES), SourceFormat.CSV, CONSTRAINTS, OPTIONS,
				new LocalPartitionEngine(2), incremental, List.of(drifts));
	}

	private static double[] finite(List<Day> days, int from, int to) {
		List<Double> values = new ArrayList<>();
		for (int d = from; d < to; d++) {
			for (double v : days.get(d).amounts()) {
				if (!Double.isNaN(v)) {
					values.add(v);
				}
			}
		}
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static long[] counts(List<Day> days, int from, int to) {
		long[] counts = new long[COUNTRIES.size()];
		for (int d = from; d < to; d++) {
			for (int c : days.get(d).countries()) {
				if (c >= 0) {
					counts[c]++;
				}
			}
		}
		return counts;
	}

	private static String exact(PartitionedVerifier.Outcome outcome) {
		return outcome.result().constraints().stream().filter(c -> !c.constraint().name().endsWith("_approx"))
				.map(c -> c.verdict() + " " + c.message()).toList().toString();
	}

	private static PartitionDrift drift(String constraint, String statistic, int window, Operator operator, double threshold) {
		return new PartitionDrift("shop.Orders." + constraint, statistic, window, new Criterion(operator, threshold));
	}

	@Test
	void exactValuesAndValueCountsGiveTheStatisticOfTheRawRows() throws IOException {
		List<Day> days = fourDays(58, new double[] { 0.2, 0.3, 0.5 });
		PartitionDrift psi = drift("median", "psi", 3, Operator.LESS, 0.25);
		PartitionDrift ks = drift("p90", "ks_statistic", 3, Operator.LESS, 0.1);
		PartitionDrift chi = drift("countries", "chi_square_p_value", 3, Operator.GREATER_OR_EQUAL, 0.05);
		PartitionedVerifier.Outcome outcome = verify(false, psi, ks, chi);

		double[] reference = finite(days, 0, 3);
		double[] current = finite(days, 3, 4);
		double expectedPsi = Drift.psi(reference, current, 10);
		double expectedKs = Drift.kolmogorovSmirnov(reference, current).statistic();
		double expectedP = Drift.chiSquare(counts(days, 0, 3), counts(days, 3, 4)).pValue();
		assertEquals(expectedPsi, outcome.drifts().get(psi.constraint()).value(), 0.0);
		assertEquals(expectedKs, outcome.drifts().get(ks.constraint()).value(), 0.0);
		assertEquals(expectedP, outcome.drifts().get(chi.constraint()).value(), 1e-12 * Math.max(1e-300, expectedP));
		// the mean moved by 0.8 sd and the countries' shares turned round: every check notices
		assertTrue(expectedPsi > 0.25, "psi " + expectedPsi);
		assertEquals(Verdict.FAIL, outcome.drifts().get(psi.constraint()).verdict());
		assertEquals(Verdict.FAIL, outcome.drifts().get(ks.constraint()).verdict());
		assertEquals(Verdict.FAIL, outcome.drifts().get(chi.constraint()).verdict());
		assertEquals(List.of("2024-03-01", "2024-03-02", "2024-03-03"), outcome.drifts().get(psi.constraint()).reference());
		assertEquals(String.format(Locale.ROOT, "drift check: psi of 2024-03-04 against the 3 partition(s) 2024-03-01 … "
				+ "2024-03-03 = %.4f, allowed < 0.25: FAIL", expectedPsi), outcome.drifts().get(psi.constraint()).message());

		// an incremental run takes every state from the store and gives the same values
		PartitionedVerifier.Outcome stored = verify(true, psi, ks, chi);
		assertTrue(stored.partitions().stream().noneMatch(PartitionedVerifier.PartitionStatus::scanned));
		assertEquals(expectedPsi, stored.drifts().get(psi.constraint()).value(), 0.0);
		assertEquals(expectedKs, stored.drifts().get(ks.constraint()).value(), 0.0);
		// and the drift checks change no constraint's result (the KLL sketch's merges are randomised: left out)
		assertEquals(exact(verify(false)), exact(stored));
	}

	@Test
	void aCalmDayPassesAndAWindowOfOneComparesWithTheDayBefore() throws IOException {
		List<Day> days = fourDays(50, new double[] { 0.5, 0.3, 0.2 });
		PartitionDrift psi = drift("median", "psi", 1, Operator.LESS, 0.25);
		PartitionDrift chi = drift("countries", "chi_square_p_value", 2, Operator.GREATER_OR_EQUAL, 0.001);
		PartitionedVerifier.Outcome outcome = verify(false, psi, chi);
		double expected = Drift.psi(finite(days, 2, 3), finite(days, 3, 4), 10);
		assertEquals(expected, outcome.drifts().get(psi.constraint()).value(), 0.0);
		assertEquals(Verdict.PASS, outcome.drifts().get(psi.constraint()).verdict(), outcome.drifts().get(psi.constraint()).message());
		assertEquals(List.of("2024-03-03"), outcome.drifts().get(psi.constraint()).reference());
		assertEquals(Drift.chiSquare(counts(days, 1, 3), counts(days, 3, 4)).pValue(),
				outcome.drifts().get(chi.constraint()).value(), 1e-12);
		assertEquals(Verdict.PASS, outcome.drifts().get(chi.constraint()).verdict());
	}

	@Test
	void approxQuantileStatesGiveTheExactKsStatisticWhileExactAndOnceSketchedWithinTheirRankErrors() throws IOException {
		List<Day> days = fourDays(54, new double[] { 0.5, 0.3, 0.2 });
		PartitionDrift ks = drift("median_approx", "ks_statistic", 3, Operator.LESS, 0.5);
		PartitionedVerifier.Outcome outcome = verify(false, ks);
		double exact = Drift.kolmogorovSmirnov(finite(days, 0, 3), finite(days, 3, 4)).statistic();
		SketchStates.Kll whole = (SketchStates.Kll) outcome.states().get(DataEngine.plan("x", Days.schema(COUNTRIES),
				CONSTRAINTS, OPTIONS).keyOf(2));
		assertTrue(whole.isExact(), "6,000 rows stay under the exact budget of an approx quantile's state");
		assertEquals(exact, outcome.drifts().get(ks.constraint()).value(), 0.0);
		assertNotEquals(0.0, exact);
		assertEquals(Verdict.PASS, outcome.drifts().get(ks.constraint()).verdict());

		// past the budget (0 here) each day's state is a KLL sketch: the statistic within the sketches' rank errors
		List<MetricState> sketched = new ArrayList<>();
		for (int d = 1; d <= 4; d++) {
			SketchStates.Kll day = KllBudget.withBudget(whole, 0);
			try (RowSource source = CsvRowSource.open(project.resolve("data/days/2024-03-0" + d + ".csv"), "day", Days.schema(
					COUNTRIES), ',')) {
				for (Chunk chunk : source.chunks()) {
					chunk.read(day::update);
				}
			}
			sketched.add(day);
		}
		SketchStates.Kll reference = KllBudget.withBudget(whole, 0);
		for (int d = 0; d < 3; d++) {
			reference.merge(sketched.get(d));
		}
		assertTrue(reference.sketch().isEstimationMode(), "the sketches compact: this part is not of exact values");
		double error = 2 * reference.sketch().normalizedRankError() + 1.0 / PartitionDrift.SKETCH_POINTS;
		double approx = ks.value(reference, sketched.get(3));
		assertEquals(exact, approx, error, "exact " + exact + ", from sketches " + approx);
	}

	@Test
	void tooShortAHistoryIsNotJudgedYetAndAStateWithoutADistributionIsAnError() throws IOException {
		fourDays(50, new double[] { 0.5, 0.3, 0.2 });
		PartitionDrift longWindow = drift("median", "psi", 7, Operator.LESS, 0.25);
		PartitionDrift onMoments = drift("mean", "ks_statistic", 2, Operator.LESS, 0.25);
		PartitionDrift unknown = drift("nothing", "psi", 2, Operator.LESS, 0.25);
		PartitionedVerifier.Outcome outcome = verify(false, longWindow, onMoments, unknown);
		assertEquals(Verdict.WARN, outcome.drifts().get(longWindow.constraint()).verdict());
		assertEquals("drift check: 2024-03-04 has 3 earlier partition(s) and the check compares with 7: not judged yet",
				outcome.drifts().get(longWindow.constraint()).message());
		assertEquals(Verdict.ERROR, outcome.drifts().get(onMoments.constraint()).verdict());
		assertEquals("shop.Orders.mean: ks_statistic compares the distribution of a numeric column; the check keeps MOMENTS "
				+ "(use a quantile or median check of the column, exact or approx)", outcome.drifts().get(onMoments.constraint()).message());
		assertEquals("drift check: no constraint shop.Orders.nothing in this dataset",
				outcome.drifts().get(unknown.constraint()).message());
		var e = assertThrows(IllegalArgumentException.class, () -> drift("median", "wasserstein", 2, Operator.LESS, 1));
		assertEquals("shop.Orders.median: drift statistic 'wasserstein' is not supported; use psi, ks_statistic or "
				+ "chi_square_p_value", e.getMessage());
	}
	@Test
	void aDataSuiteFoldsTheDriftCheckIntoItsChecksEvidence() throws IOException {
		List<Day> days = fourDays(58, new double[] { 0.5, 0.3, 0.2 });
		Evidence evidence;
		try (DataSuite suite = DataSuite.open("shop.Orders.checks", Days.dataset(COUNTRIES), SourceFormat.CSV, CONSTRAINTS, project)
				.withDrift("shop.Orders.median", "psi", 3, new Criterion(Operator.LESS, 0.25))) {
			evidence = suite.evaluate("median");
		}
		double psi = Drift.psi(finite(days, 0, 3), finite(days, 3, 4), 10);
		assertEquals(Verdict.FAIL, evidence.verdict(), evidence.message());
		assertEquals(">= 0.0 and drift psi of last 3 < 0.25", evidence.criterion());
		assertTrue(evidence.message().startsWith("quantile 0.5 of amount = "), evidence.message());
		assertTrue(evidence.message().endsWith(String.format(Locale.ROOT, "; drift check: psi of 2024-03-04 against the 3 "
				+ "partition(s) 2024-03-01 … 2024-03-03 = %.4f, allowed < 0.25: FAIL", psi)), evidence.message());
		assertTrue(evidence.details().contains("drift reference: 2024-03-01, 2024-03-02, 2024-03-03"), evidence.details().toString());
	}
}
