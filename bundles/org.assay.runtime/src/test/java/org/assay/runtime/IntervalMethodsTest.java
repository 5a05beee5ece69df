package org.assay.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.assay.runtime.drift.DriftIntervals;
import org.assay.runtime.fairness.FairnessIntervals;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;
import org.junit.jupiter.api.Test;

/**
 * The interval methods behind the checks (issue #8), against published values and their defining properties; their
 * coverage is measured by {@code tests/benchmarks/run coverage}.
 */
class IntervalMethodsTest {

	@Test
	void newcombeHybridScoreMatchesHisPublishedExamples() {
		// Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10
		assertInterval(0.0524, 0.3339, Intervals.newcombe(56, 70, 48, 80, 0.95));
		assertInterval(0.1705, 0.8090, Intervals.newcombe(9, 10, 3, 10, 0.95));
		assertInterval(-0.0381, 0.1926, Intervals.newcombe(5, 56, 0, 29, 0.95));
	}

	@Test
	void rowSharesThatAreAllZeroOrOneGiveWilsonOnTheRows() {
		double[] shares = new double[171];
		for (int i = 0; i < 168; i++) {
			shares[i] = 1;
		}
		Interval repeated = Intervals.meanOfRowProportions(shares, 5, 0.95);
		Interval wilson = Intervals.wilson(168, 171, 0.95);
		assertEquals(wilson.lower(), repeated.lower(), 1e-12);
		assertEquals(wilson.upper(), repeated.upper(), 1e-12);
		// rows whose draws disagree carry less than a full row's evidence each, but the interval never shrinks to a point
		shares[0] = 0.4;
		shares[170] = 0.6;
		Interval mixed = Intervals.meanOfRowProportions(shares, 5, 0.95);
		assertTrue(mixed.lower() < mixed.estimate() && mixed.estimate() < mixed.upper());
		assertTrue(Intervals.meanOfRowProportions(new double[] { 1 }, 1, 0.95).lower() < 1, "one row, one repeat: no point");
	}

	@Test
	void macroRecallCombinesThePerClassWilsonIntervals() {
		// MOVER: one class alone is its Wilson interval; two equal classes are √2 times narrower around the same centre
		Interval one = Intervals.wilson(40, 50, 0.95);
		Interval alone = Intervals.meanOfProportions(new long[] { 40 }, new long[] { 50 }, 0.95);
		assertEquals(one.lower(), alone.lower(), 1e-12);
		assertEquals(one.upper(), alone.upper(), 1e-12);
		Interval equal = Intervals.meanOfProportions(new long[] { 40, 40 }, new long[] { 50, 50 }, 0.95);
		assertEquals(0.8 - (0.8 - one.lower()) / Math.sqrt(2), equal.lower(), 1e-12);
		assertEquals(0.8 + (one.upper() - 0.8) / Math.sqrt(2), equal.upper(), 1e-12);
		Interval perfect = Intervals.meanOfProportions(new long[] { 10, 30 }, new long[] { 10, 30 }, 0.95);
		assertEquals(1, perfect.estimate());
		assertTrue(perfect.lower() < 0.95, "a perfect recall on 10 + 30 rows is not certain: " + perfect);
	}

	@Test
	void fairnessDifferenceOfTwoGroupsIsNewcombesAbsoluteDifference() {
		// group 0: 30 of 60 selected, group 1: 20 of 50
		boolean[] truth = new boolean[110];
		boolean[] decision = new boolean[110];
		int[] group = new int[110];
		for (int i = 0; i < 110; i++) {
			group[i] = i < 60 ? 0 : 1;
			decision[i] = i < 30 || i >= 60 && i < 80;
			truth[i] = i % 2 == 0;
		}
		Interval parity = FairnessIntervals.interval("demographic_parity_difference", truth, decision, group, 2, 0.95);
		Interval newcombe = Intervals.newcombe(30, 60, 20, 50, 0.95);
		assertEquals(0.1, parity.estimate(), 1e-12);
		assertEquals(0, parity.lower(), "the signed interval straddles 0");
		assertEquals(Math.max(-newcombe.lower(), newcombe.upper()), parity.upper(), 1e-12);
		assertTrue(FairnessIntervals.shortfall("demographic_parity_difference", truth, group, List.of("a", "b")).isEmpty());
		assertTrue(FairnessIntervals.shortfall("equal_opportunity_difference", truth, group, List.of("a", "b")).isEmpty(),
				"30 and 25 positive rows");
		int[] small = group.clone();
		for (int i = 0; i < 100; i++) {
			small[i] = 0;
		}
		assertEquals("too few rows to compare groups: b (10 rows); demographic_parity_difference needs at least 20 rows in every group",
				FairnessIntervals.shortfall("demographic_parity_difference", truth, small, List.of("a", "b")).orElseThrow());
		assertEquals("too few rows to compare groups: b (5 positive, 5 negative); equalized_odds_difference needs at least 20 "
				+ "positive and 20 negative rows in every group",
				FairnessIntervals.shortfall("equalized_odds_difference", truth, small, List.of("a", "b")).orElseThrow());
		assertTrue(FairnessIntervals.shortfall("demographic_parity_difference", truth, new int[110], List.of("a", "b"))
				.orElseThrow().startsWith("only 1 group has rows"));
	}

	@Test
	void driftNeedsRowsOnBothSidesAndHasABiasCorrectedInterval() {
		assertEquals("psi between 42 and 9 rows cannot be decided: it needs at least 100 rows on each side (10 per bin of 10)",
				DriftIntervals.shortfall("psi", 42, 9, 0).orElseThrow());
		assertTrue(DriftIntervals.shortfall("psi", 100, 100, 0).isEmpty());
		assertTrue(DriftIntervals.shortfall("chi_square_p_value", 42, 9, 4).orElseThrow().contains("at least 20 rows"));
		java.util.Random random = new java.util.Random(3);
		double[] a = random.doubles(400).map(x -> x + random.nextGaussian()).toArray();
		double[] b = random.doubles(400).map(x -> x + random.nextGaussian()).toArray();
		Interval psi = DriftIntervals.psi(a, b, 0.95, 1);
		assertTrue(psi.lower() < psi.upper() && psi.lower() >= 0, psi.toString());
		assertEquals(0, psi.lower(), "two samples of one distribution: the interval reaches 0 " + psi);
		assertEquals(psi, DriftIntervals.psi(a, b, 0.95, 1), "seeded");
	}

	private static void assertInterval(double lower, double upper, Interval interval) {
		assertEquals(lower, interval.lower(), 5e-5, interval.toString());
		assertEquals(upper, interval.upper(), 5e-5, interval.toString());
	}
}
