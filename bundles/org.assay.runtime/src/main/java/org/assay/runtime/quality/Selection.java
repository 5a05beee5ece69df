package org.assay.runtime.quality;

import org.assay.runtime.stats.OrderStatistics;

/** Quantiles of a column by linear-time order statistics ({@link OrderStatistics}), so no full sort is needed. */
final class Selection {

	private Selection() {
	}

	/** The q-quantile by linear interpolation between order statistics (NumPy's default). Reorders {@code values}. */
	static double quantile(double[] values, double q) {
		return quantile(values, q, 0);
	}

	/**
	 * The q-quantile, searching only from index {@code from} on: valid when {@code values} was already reordered by a
	 * selection of an order statistic below {@code from} (everything from there on is no smaller), as for the third
	 * quartile after the first.
	 */
	static double quantile(double[] values, double q, int from) {
		double position = q * (values.length - 1);
		int lower = (int) Math.floor(position);
		double low = select(values, lower, from);
		if (lower + 1 >= values.length) {
			return low;
		}
		// after select, everything right of 'lower' is >= values[lower]: the next order statistic is their minimum
		double next = Double.POSITIVE_INFINITY;
		for (int i = lower + 1; i < values.length; i++) {
			next = Math.min(next, values[i]);
		}
		return low + (position - lower) * (next - low);
	}

	/** The k-th smallest value (0-based); partially reorders {@code values}. */
	static double select(double[] values, int k) {
		return select(values, k, 0);
	}

	private static double select(double[] values, int k, int from) {
		// k < from only as from - 1: the order statistic the earlier selection left there
		return k < from ? values[k] : OrderStatistics.select(values, from, values.length, k);
	}
}
