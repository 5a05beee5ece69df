package org.assay.runtime.quality;

/** Linear-time order statistics (quickselect), so quantiles of large columns need no full sort. */
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
		int left = from;
		int right = values.length - 1;
		while (left < right) {
			double pivot = median3(values[left], values[(left + right) >>> 1], values[right]);
			int i = left;
			int j = right;
			while (i <= j) {
				while (values[i] < pivot) {
					i++;
				}
				while (values[j] > pivot) {
					j--;
				}
				if (i <= j) {
					double swap = values[i];
					values[i] = values[j];
					values[j] = swap;
					i++;
					j--;
				}
			}
			if (k <= j) {
				right = j;
			} else if (k >= i) {
				left = i;
			} else {
				return values[k];
			}
		}
		return values[k];
	}

	private static double median3(double a, double b, double c) {
		return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
	}
}
