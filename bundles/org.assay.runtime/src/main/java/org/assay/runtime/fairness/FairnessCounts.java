package org.assay.runtime.fairness;

import java.util.Arrays;

/**
 * The counts behind {@link GroupFairness}, per group of a protected attribute: rows, rows predicted positive, actual
 * positives and how many of them were predicted positive, actual negatives and how many of them were predicted
 * positive. A mergeable state: counts of any split of the rows, added in any order, equal the counts of all of them
 * (so the same fairness is computed per chunk, per core or per Spark partition).
 */
public final class FairnessCounts {

	private final long[] size;
	private final long[] selected;
	private final long[] positives;
	private final long[] truePositives;
	private final long[] negatives;
	private final long[] falsePositives;

	public FairnessCounts(int groupCount) {
		size = new long[groupCount];
		selected = new long[groupCount];
		positives = new long[groupCount];
		truePositives = new long[groupCount];
		negatives = new long[groupCount];
		falsePositives = new long[groupCount];
	}

	/** Counts of groups given as arrays ({@link #arrays()}: size, selected, positives, TP, negatives, FP). */
	public static FairnessCounts of(long[][] arrays) {
		FairnessCounts counts = new FairnessCounts(arrays[0].length);
		long[][] mine = counts.arrays();
		for (int a = 0; a < mine.length; a++) {
			System.arraycopy(arrays[a], 0, mine[a], 0, mine[a].length);
		}
		return counts;
	}

	/** Counts one row; a row without a group ({@code group < 0}) is skipped. */
	public void add(boolean truthPositive, boolean predictedPositive, int group) {
		if (group < 0) {
			return;
		}
		size[group]++;
		if (predictedPositive) {
			selected[group]++;
		}
		if (truthPositive) {
			positives[group]++;
			truePositives[group] += predictedPositive ? 1 : 0;
		} else {
			negatives[group]++;
			falsePositives[group] += predictedPositive ? 1 : 0;
		}
	}

	/** Adds {@code other}'s counts (same number of groups) to these. */
	public void merge(FairnessCounts other) {
		if (other.groupCount() != groupCount()) {
			throw new IllegalArgumentException("cannot merge fairness counts of " + other.groupCount() + " groups into "
					+ groupCount());
		}
		long[][] mine = arrays();
		long[][] theirs = other.arrays();
		for (int a = 0; a < mine.length; a++) {
			for (int g = 0; g < mine[a].length; g++) {
				mine[a][g] += theirs[a][g];
			}
		}
	}

	public int groupCount() {
		return size.length;
	}

	/** The live count arrays, in the order of {@link #of(long[][])}. */
	public long[][] arrays() {
		return new long[][] { size, selected, positives, truePositives, negatives, falsePositives };
	}

	/** The fairness metrics of the counted rows. */
	public GroupFairness fairness() {
		return GroupFairness.of(size, selected, positives, truePositives, negatives, falsePositives);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FairnessCounts counts && Arrays.deepEquals(arrays(), counts.arrays());
	}

	@Override
	public int hashCode() {
		return Arrays.deepHashCode(arrays());
	}

	@Override
	public String toString() {
		return "FairnessCounts" + Arrays.deepToString(arrays());
	}
}
