package org.assay.runtime.stats;

import java.util.Arrays;

/** Order statistics in linear time (quickselect), so that quantiles of large columns need no full sort. */
public final class OrderStatistics {

	private OrderStatistics() {
	}

	/**
	 * The value that {@code a[from..to)} sorted would hold at index {@code index} ({@code from <= index < to}); reorders
	 * that range. Hoare's quickselect with a median-of-three pivot (its scans stop at values equal to the pivot, so
	 * repeated values split evenly), falling back to sorting what is left should the pivots keep splitting badly
	 * (bounded time on any input). The values must hold no NaN; −0.0 and 0.0 count as equal.
	 */
	public static double select(double[] a, int from, int to, int index) {
		if (index < from || index >= to) {
			throw new IndexOutOfBoundsException("index " + index + " outside " + from + ".." + to);
		}
		int lo = from;
		int hi = to - 1;
		int rounds = 2 * (32 - Integer.numberOfLeadingZeros(to - from)) + 4;
		while (hi > lo) {
			if (--rounds < 0) {
				Arrays.sort(a, lo, hi + 1);
				return a[index];
			}
			int mid = (lo + hi) >>> 1;
			if (a[mid] < a[lo]) {
				swap(a, lo, mid);
			}
			if (a[hi] < a[lo]) {
				swap(a, lo, hi);
			}
			if (a[hi] < a[mid]) {
				swap(a, mid, hi);
			}
			double pivot = a[mid];
			int i = lo;
			int j = hi;
			while (i <= j) { // a[lo] <= pivot <= a[hi], then the swapped values, bound both scans
				while (a[i] < pivot) {
					i++;
				}
				while (a[j] > pivot) {
					j--;
				}
				if (i <= j) {
					swap(a, i++, j--);
				}
			}
			// a[lo..j] <= pivot <= a[i..hi]; between them (j < k < i) the values equal the pivot
			if (index <= j) {
				hi = j;
			} else if (index >= i) {
				lo = i;
			} else {
				return a[index];
			}
		}
		return a[index];
	}

	private static void swap(double[] a, int i, int j) {
		double t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}
