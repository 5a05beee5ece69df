package org.assay.runtime;

import static org.junit.jupiter.api.Assertions.*;

import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.HolmBonferroni;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;

class StatisticsTest {

	@Test
	void wilsonIntervalMatchesTheFormulaWithSciPysQuantile() {
		// reference: Wilson score with z = scipy.stats.norm.ppf(0.975) and norm.ppf(0.95)
		Interval eight = Intervals.wilson(8, 10, 0.95);
		assertEquals(0.8, eight.estimate(), 1e-12);
		assertEquals(0.49016247153664183, eight.lower(), 1e-9);
		assertEquals(0.9433178485456247, eight.upper(), 1e-9);
		Interval ninety = Intervals.wilson(45, 50, 0.9);
		assertEquals(0.8084624858484292, ninety.lower(), 1e-9);
		assertEquals(0.9504709655225548, ninety.upper(), 1e-9);
	}

	@Test
	void holmBonferroniByHand() {
		// sorted p: 0.01 (x3 = 0.03), 0.02 (x2 = 0.04), 0.04 (x1 = 0.04); monotone; back in input order
		assertArrayEquals(new double[] { 0.04, 0.03, 0.04 }, HolmBonferroni.adjust(new double[] { 0.04, 0.01, 0.02 }), 1e-12);
		assertArrayEquals(new double[] { 1.0, 1.0 }, HolmBonferroni.adjust(new double[] { 0.6, 0.9 }), 1e-12);
	}

	@Test
	void holmBonferroniOverGroupsCountsEveryPValueOnce() {
		// by hand: sorted 0.01 (A.x), 0.03 (B.z), 0.04 (A.y) -> 3 * 0.01 = 0.03, 2 * 0.03 = 0.06, max(0.06, 1 * 0.04) = 0.06
		java.util.Map<String, java.util.Map<String, Double>> groups = new java.util.LinkedHashMap<>();
		groups.put("A", new java.util.LinkedHashMap<>(java.util.Map.of("x", 0.01)));
		groups.get("A").put("y", 0.04);
		groups.put("B", java.util.Map.of("z", 0.03));
		var adjusted = HolmBonferroni.adjust(groups);
		assertEquals(java.util.List.of("A", "B"), java.util.List.copyOf(adjusted.keySet()));
		assertEquals(java.util.List.of("x", "y"), java.util.List.copyOf(adjusted.get("A").keySet()));
		assertEquals(0.03, adjusted.get("A").get("x"), 1e-12);
		assertEquals(0.06, adjusted.get("A").get("y"), 1e-12);
		assertEquals(0.06, adjusted.get("B").get("z"), 1e-12);
	}

	@Test
	void verdictsFromIntervals() {
		Criterion atLeast = new Criterion(Operator.GREATER_OR_EQUAL, 0.8);
		assertEquals(Verdict.PASS, atLeast.decide(new Interval(0.9, 0.85, 0.95, 0.95)));
		assertEquals(Verdict.FAIL, atLeast.decide(new Interval(0.7, 0.65, 0.75, 0.95)));
		assertEquals(Verdict.INCONCLUSIVE, atLeast.decide(new Interval(0.82, 0.78, 0.86, 0.95)));
		assertEquals(Verdict.NO_DATA, atLeast.decide(Interval.point(Double.NaN)));
		Criterion equal = new Criterion(Operator.EQUAL, 0.5);
		assertEquals(Verdict.PASS, equal.decide(Interval.point(0.5)));
		assertEquals(Verdict.INCONCLUSIVE, equal.decide(new Interval(0.5, 0.4, 0.6, 0.95)));
		assertEquals(Verdict.FAIL, equal.decide(new Interval(0.7, 0.6, 0.8, 0.95)));
		Criterion notEqual = new Criterion(Operator.NOT_EQUAL, 0.5);
		assertEquals(Verdict.INCONCLUSIVE, notEqual.decide(new Interval(0.5, 0.4, 0.6, 0.95)));
		assertEquals(Verdict.FAIL, notEqual.decide(Interval.point(0.5)));
		assertEquals(Verdict.PASS, notEqual.decide(new Interval(0.7, 0.6, 0.8, 0.95)));
		Criterion atMost = new Criterion(Operator.LESS_OR_EQUAL, 0.05);
		assertEquals(Verdict.PASS, atMost.decide(Interval.point(0.05)));
		assertEquals(Verdict.FAIL, atMost.decide(new Interval(0.08, 0.06, 0.1, 0.95)));
	}

	@Test
	void warnWhenAPassingIntervalReachesIntoTheWarningMargin() {
		Criterion atLeast = new Criterion(Operator.GREATER_OR_EQUAL, 0.9, 0.95);
		assertEquals(Verdict.PASS, atLeast.decide(new Interval(0.97, 0.96, 0.99, 0.95)), "clear of the margin");
		assertEquals(Verdict.WARN, atLeast.decide(new Interval(0.95, 0.92, 0.97, 0.95)), "passes, but reaches below 0.95");
		assertEquals(Verdict.WARN, atLeast.decide(new Interval(0.93, 0.91, 0.94, 0.95)), "passes, wholly inside the margin");
		assertEquals(Verdict.INCONCLUSIVE, atLeast.decide(new Interval(0.92, 0.85, 0.96, 0.95)), "straddles the threshold");
		assertEquals(Verdict.FAIL, atLeast.decide(new Interval(0.8, 0.75, 0.85, 0.95)));
		assertEquals(Verdict.WARN, atLeast.decide(Interval.point(0.93)));
		assertEquals(Verdict.PASS, atLeast.decide(Interval.point(0.95)), "the level itself is clear: >= 0.95 holds");
		assertTrue(atLeast.warns(0.93) && !atLeast.warns(0.96) && !atLeast.warns(0.8), "warns only inside the margin");
		assertEquals(">= 0.9 (warn below 0.95)", atLeast.toString());

		Criterion atMost = new Criterion(Operator.LESS_OR_EQUAL, 0.1, 0.05);
		assertEquals(Verdict.WARN, atMost.decide(new Interval(0.04, 0.02, 0.07, 0.95)));
		assertEquals(Verdict.PASS, atMost.decide(new Interval(0.02, 0.01, 0.04, 0.95)));
		assertEquals("<= 0.1 (warn above 0.05)", atMost.toString());
		assertEquals(Verdict.PASS, new Criterion(Operator.GREATER_OR_EQUAL, 0.9).decide(new Interval(0.93, 0.91, 0.94, 0.95)),
				"without a warning level nothing warns");

		assertThrows(IllegalArgumentException.class, () -> new Criterion(Operator.GREATER_OR_EQUAL, 0.9, 0.85));
		assertThrows(IllegalArgumentException.class, () -> new Criterion(Operator.LESS_OR_EQUAL, 0.1, 0.2));
		assertThrows(IllegalArgumentException.class, () -> new Criterion(Operator.EQUAL, 0.5, 0.6));
		assertThrows(IllegalArgumentException.class, () -> new Criterion(Operator.GREATER, 0.9, 0.9));
	}

	@Test
	void bootstrapIsDeterministicForASeedAndCoversTheEstimate() {
		double[] values = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		java.util.function.ToDoubleFunction<int[]> mean = rows -> {
			double sum = 0;
			for (int r : rows) {
				sum += values[r];
			}
			return sum / rows.length;
		};
		Interval first = Intervals.bootstrap(values.length, mean, 2000, 7, 0.95);
		Interval second = Intervals.bootstrap(values.length, mean, 2000, 7, 0.95);
		assertEquals(first, second);
		assertEquals(5.5, first.estimate(), 1e-12);
		assertTrue(first.lower() < 5.5 && 5.5 < first.upper() && first.lower() > 3 && first.upper() < 8, first::toString);
	}
}
