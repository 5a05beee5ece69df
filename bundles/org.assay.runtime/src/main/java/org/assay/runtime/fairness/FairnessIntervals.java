package org.assay.runtime.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;

/**
 * Confidence intervals of group-fairness metrics, and the sample size below which they cannot decide.
 * <p>
 * Differences (demographic parity, equal opportunity, equalized odds) are spreads max − min of per-group rates: each
 * pair of groups gets Newcombe's hybrid score interval for the difference of its two rates, turned into one of the
 * absolute difference, at the Bonferroni-adjusted level 1 − α/m over the m pairs (of both rates for equalized odds);
 * the spread's interval runs from the largest lower to the largest upper bound. With two groups this is Newcombe's
 * interval itself; with more it is conservative. Ratios keep a seeded percentile bootstrap over rows.
 */
public final class FairnessIntervals {

	/** Rows each group needs (rows of each true class per group, for the metrics of TPR and FPR) to be decided. */
	public static final int MIN_ROWS_PER_GROUP = 20;

	private static final int RESAMPLES = 400;

	private FairnessIntervals() {
	}

	/** A fairness metric by its catalogue name. */
	public static double value(String metric, GroupFairness fairness) {
		return switch (metric) {
		case "demographic_parity_difference" -> fairness.demographicParityDifference();
		case "demographic_parity_ratio" -> fairness.demographicParityRatio();
		case "equalized_odds_difference" -> fairness.equalizedOddsDifference();
		case "equal_opportunity_difference" -> fairness.equalOpportunityDifference();
		case "disparate_impact_ratio" -> fairness.disparateImpactRatio();
		default -> throw new IllegalArgumentException("'" + metric + "' is not a fairness metric Assay can compute");
		};
	}

	/**
	 * The metric's estimate with its interval.
	 *
	 * @param truth whether each row's true label is the positive class
	 * @param decision whether each row was predicted positive
	 * @param group each row's group index ({@code -1}: missing, skipped)
	 */
	public static Interval interval(String metric, boolean[] truth, boolean[] decision, int[] group, int groupCount,
			double confidence) {
		Counts counts = Counts.of(truth, decision, group, groupCount);
		return switch (metric) {
		case "demographic_parity_difference" -> spread(confidence, counts.selected, counts.size);
		case "equal_opportunity_difference" -> spread(confidence, counts.truePositives, counts.positives);
		case "equalized_odds_difference" -> spread(confidence, counts.truePositives, counts.positives, counts.falsePositives,
				counts.negatives);
		default -> {
			double estimate = value(metric, GroupFairness.of(truth, decision, group, groupCount));
			Interval bootstrap = Intervals.bootstrap(group.length, sample -> {
				boolean[] t = new boolean[sample.length];
				boolean[] d = new boolean[sample.length];
				int[] g = new int[sample.length];
				for (int i = 0; i < sample.length; i++) {
					t[i] = truth[sample[i]];
					d[i] = decision[sample[i]];
					g[i] = group[sample[i]];
				}
				return value(metric, GroupFairness.of(t, d, g, groupCount));
			}, RESAMPLES, 1, confidence);
			yield new Interval(estimate, bootstrap.lower(), bootstrap.upper(), confidence);
		}
		};
	}

	/**
	 * Why the metric cannot be decided on these rows (a group, present in them, with fewer than
	 * {@link #MIN_ROWS_PER_GROUP} rows, or rows of a true class, or fewer than two groups), or empty when it can.
	 */
	public static Optional<String> shortfall(String metric, boolean[] truth, int[] group, List<String> groupNames) {
		Counts counts = Counts.of(truth, truth, group, groupNames.size());
		boolean byClass = metric.equals("equal_opportunity_difference") || metric.equals("equalized_odds_difference");
		List<String> small = new ArrayList<>();
		int present = 0;
		for (int g = 0; g < groupNames.size(); g++) {
			if (counts.size[g] == 0) {
				continue;
			}
			present++;
			if (byClass && metric.equals("equalized_odds_difference")
					&& Math.min(counts.positives[g], counts.negatives[g]) < MIN_ROWS_PER_GROUP) {
				small.add(String.format("%s (%d positive, %d negative)", groupNames.get(g), counts.positives[g], counts.negatives[g]));
			} else if (byClass && !metric.equals("equalized_odds_difference") && counts.positives[g] < MIN_ROWS_PER_GROUP) {
				small.add(String.format("%s (%d positive)", groupNames.get(g), counts.positives[g]));
			} else if (!byClass && counts.size[g] < MIN_ROWS_PER_GROUP) {
				small.add(String.format("%s (%d rows)", groupNames.get(g), counts.size[g]));
			}
		}
		if (present < 2) {
			return Optional.of("only " + present + " group has rows; a fairness comparison needs at least two groups of "
					+ MIN_ROWS_PER_GROUP + " rows each");
		}
		if (small.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("too few rows to compare groups: " + String.join(", ", small) + "; " + metric + " needs at least "
				+ MIN_ROWS_PER_GROUP + (byClass ? (metric.equals("equalized_odds_difference") ? " positive and "
						+ MIN_ROWS_PER_GROUP + " negative rows" : " positive rows") : " rows") + " in every group");
	}

	/**
	 * The interval of the largest spread max − min over groups of one or more rates, given as pairs of arrays (successes
	 * per group, trials per group); groups without trials are ignored for that rate.
	 */
	public static Interval spread(double confidence, long[]... successesAndTrials) {
		int pairs = 0;
		for (int r = 0; r < successesAndTrials.length; r += 2) {
			long present = java.util.Arrays.stream(successesAndTrials[r + 1]).filter(n -> n > 0).count();
			pairs += (int) (present * (present - 1) / 2);
		}
		if (pairs == 0) {
			return new Interval(Double.NaN, 0, 1, confidence);
		}
		double level = 1 - (1 - confidence) / pairs;
		double estimate = 0;
		double lower = 0;
		double upper = 0;
		for (int r = 0; r < successesAndTrials.length; r += 2) {
			long[] x = successesAndTrials[r];
			long[] n = successesAndTrials[r + 1];
			for (int a = 0; a < x.length; a++) {
				for (int b = a + 1; b < x.length; b++) {
					if (n[a] == 0 || n[b] == 0) {
						continue;
					}
					Interval difference = Intervals.absolute(Intervals.newcombe(x[a], n[a], x[b], n[b], level));
					estimate = Math.max(estimate, difference.estimate());
					lower = Math.max(lower, difference.lower());
					upper = Math.max(upper, difference.upper());
				}
			}
		}
		return new Interval(estimate, lower, upper, confidence);
	}

	/** Per-group counts of rows, selections, and of true positives and false positives. */
	private record Counts(long[] size, long[] selected, long[] positives, long[] truePositives, long[] negatives,
			long[] falsePositives) {

		static Counts of(boolean[] truth, boolean[] decision, int[] group, int groupCount) {
			Counts c = new Counts(new long[groupCount], new long[groupCount], new long[groupCount], new long[groupCount],
					new long[groupCount], new long[groupCount]);
			for (int i = 0; i < group.length; i++) {
				int g = group[i];
				if (g < 0) {
					continue;
				}
				c.size[g]++;
				c.selected[g] += decision[i] ? 1 : 0;
				if (truth[i]) {
					c.positives[g]++;
					c.truePositives[g] += decision[i] ? 1 : 0;
				} else {
					c.negatives[g]++;
					c.falsePositives[g] += decision[i] ? 1 : 0;
				}
			}
			return c;
		}
	}
}
