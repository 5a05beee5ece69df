package org.assay.runtime.engine.state;

import org.assay.runtime.stats.OrderStatistics;

/**
 * How many of a column's exact values have each top 16 bits of their order key, the first digit of the quantile's
 * radix selection ({@link OrderStatistics#topDigit}), with the same counts summed by their top 8 bits: counted as the
 * values are added (in compiled code, instead of a first pass over every value when a quantile is asked, once per
 * verification and before the JIT has compiled it) and added up by merges. 257 KiB.
 */
final class TopDigits {

	private final int[] counts = new int[1 << 16];
	private final int[] groups = new int[256];

	void add(double value) {
		int digit = OrderStatistics.topDigit(value);
		counts[digit]++;
		groups[digit >>> 8]++;
	}

	void addAll(double[] part, int length) {
		for (int i = 0; i < length; i++) {
			add(part[i]);
		}
	}

	/**
	 * Adds another state's counts: only the groups of 256 digits it has values in (a column's values mostly fall in
	 * a few), so a merge adds a few thousand counts, not 65,536.
	 */
	void addAll(TopDigits other) {
		for (int g = 0; g < groups.length; g++) {
			if (other.groups[g] != 0) {
				groups[g] += other.groups[g];
				for (int d = g << 8, end = d + 256; d < end; d++) {
					counts[d] += other.counts[d];
				}
			}
		}
	}

	int count(int digit) {
		return counts[digit];
	}

	/** The digit holding rank {@code rank} in the high 32 bits, the rank among its values in the low 32. */
	long digitOf(int rank) {
		return OrderStatistics.topDigitOf(counts, groups, rank);
	}
}
