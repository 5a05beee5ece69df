package org.assay.runtime.fairness;

import java.util.ArrayList;
import java.util.List;

/**
 * Group-fairness metrics of a binary decision over the groups of a protected attribute. For each group: size,
 * selection rate (share predicted positive), true-positive rate and false-positive rate. Definitions follow
 * Fairlearn: demographic parity difference = max − min selection rate; ratio = min / max; equalized odds difference
 * = the larger of the TPR and FPR spreads; equal opportunity difference = TPR spread; disparate impact ratio = min /
 * max selection rate. Groups without rows are ignored; groups without positives (negatives) are ignored for the TPR
 * (FPR).
 */
public final class GroupFairness {

	/** Per-group rates. */
	public record Group(int group, long size, double selectionRate, double truePositiveRate, double falsePositiveRate) {
	}

	private final List<Group> groups;

	private GroupFairness(List<Group> groups) {
		this.groups = List.copyOf(groups);
	}

	/**
	 * @param truthPositive whether each row's true label is the positive class
	 * @param predictedPositive whether each row was predicted positive
	 * @param group the protected attribute's category index of each row ({@code -1}: missing, the row is skipped)
	 * @param groupCount number of categories
	 */
	public static GroupFairness of(boolean[] truthPositive, boolean[] predictedPositive, int[] group, int groupCount) {
		FairnessCounts counts = new FairnessCounts(groupCount);
		for (int i = 0; i < group.length; i++) {
			counts.add(truthPositive[i], predictedPositive[i], group[i]);
		}
		return counts.fairness();
	}

	/** The metrics of counted groups ({@link FairnessCounts}). */
	static GroupFairness of(long[] size, long[] selected, long[] positives, long[] truePositives, long[] negatives,
			long[] falsePositives) {
		List<Group> groups = new ArrayList<>();
		for (int g = 0; g < size.length; g++) {
			if (size[g] > 0) {
				groups.add(new Group(g, size[g], (double) selected[g] / size[g],
						positives[g] == 0 ? Double.NaN : (double) truePositives[g] / positives[g],
						negatives[g] == 0 ? Double.NaN : (double) falsePositives[g] / negatives[g]));
			}
		}
		return new GroupFairness(groups);
	}

	public List<Group> groups() {
		return groups;
	}

	public double demographicParityDifference() {
		return spread(Group::selectionRate);
	}

	public double demographicParityRatio() {
		return ratio(Group::selectionRate);
	}

	public double equalOpportunityDifference() {
		return spread(Group::truePositiveRate);
	}

	public double equalizedOddsDifference() {
		return Math.max(spread(Group::truePositiveRate), spread(Group::falsePositiveRate));
	}

	public double disparateImpactRatio() {
		return ratio(Group::selectionRate);
	}

	private double spread(java.util.function.ToDoubleFunction<Group> rate) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (Group group : groups) {
			double value = rate.applyAsDouble(group);
			if (!Double.isNaN(value)) {
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
		}
		return min > max ? Double.NaN : max - min;
	}

	private double ratio(java.util.function.ToDoubleFunction<Group> rate) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (Group group : groups) {
			double value = rate.applyAsDouble(group);
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		if (groups.isEmpty()) {
			return Double.NaN;
		}
		return max == 0 ? 1 : min / max;
	}
}
