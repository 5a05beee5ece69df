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

	/** Below this many values {@link #selectByRadix} selects on a copy with {@link #select}. */
	private static final int RADIX_MIN = 1 << 12;

	/**
	 * The value that {@code a[from..to)} sorted would hold at index {@code index}, leaving the range as it is: a radix
	 * selection on the values' bits, 16 at a time from the top — count the values per digit, keep those of the digit
	 * that holds the rank, repeat on the next 16 bits — two or three linear passes without data-dependent swaps, where
	 * quickselect's partitioning is slower, most of all in a fresh JVM before it is compiled. The values must hold no
	 * NaN; −0.0 and 0.0 count as equal (either may be returned).
	 */
	public static double selectByRadix(double[] a, int from, int to, int index) {
		if (index < from || index >= to) {
			throw new IndexOutOfBoundsException("index " + index + " outside " + from + ".." + to);
		}
		double[] values = a;
		int lo = from;
		int hi = to;
		int rank = index - from;
		int[] counts = null;
		for (int shift = 48;; shift -= 16) {
			int n = hi - lo;
			if (n < RADIX_MIN) { // on a copy: the caller's range stays as it is
				return select(Arrays.copyOfRange(values, lo, hi), 0, n, rank);
			}
			if (counts == null) {
				counts = new int[1 << 16];
			} else {
				Arrays.fill(counts, 0);
			}
			for (int i = lo; i < hi; i++) {
				counts[digit(values[i], shift)]++;
			}
			int digit = 0;
			while (rank >= counts[digit]) {
				rank -= counts[digit++];
			}
			if (counts[digit] < n) { // keep only the values of that digit
				double[] kept = new double[counts[digit]];
				int k = 0;
				for (int i = lo; i < hi; i++) {
					double value = values[i];
					if (digit(value, shift) == digit) {
						kept[k++] = value;
					}
				}
				values = kept;
				lo = 0;
				hi = k;
			}
			if (shift == 0) { // every value left has the same bits (up to the sign of zero)
				return values[lo];
			}
		}
	}

	/**
	 * {@link #selectByRadix(double[], int, int, int)} on values held in parts, {@code parts[p][0..lengths[p])} in
	 * order, without copying them into one array: the first pass counts the top 16 bits over every part and keeps only
	 * the values of the digit holding the rank, on which the selection goes on. Leaves the parts as they are.
	 */
	public static double selectByRadix(double[][] parts, int[] lengths, int index) {
		long total = 0;
		for (int p = 0; p < parts.length; p++) {
			total += lengths[p];
		}
		if (index < 0 || index >= total) {
			throw new IndexOutOfBoundsException("index " + index + " outside 0.." + total);
		}
		if (parts.length == 1) {
			return selectByRadix(parts[0], 0, lengths[0], index);
		}
		if (total < RADIX_MIN) {
			double[] all = new double[(int) total];
			int at = 0;
			for (int p = 0; p < parts.length; p++) {
				System.arraycopy(parts[p], 0, all, at, lengths[p]);
				at += lengths[p];
			}
			return select(all, 0, all.length, index);
		}
		int[] counts = new int[1 << 16];
		for (int p = 0; p < parts.length; p++) {
			countTop(parts[p], lengths[p], counts);
		}
		int rank = index;
		int digit = 0;
		while (rank >= counts[digit]) {
			rank -= counts[digit++];
		}
		double[] kept = new double[counts[digit]];
		int k = 0;
		for (int p = 0; p < parts.length; p++) {
			k = keep(parts[p], lengths[p], digit, kept, k);
		}
		return selectByRadix(kept, 0, k, rank);
	}

	/**
	 * The value of rank {@code rank} among {@code values[0..n)}, which all have the same top 16 bits (the values of one
	 * digit of {@link #countTop}), leaving them as they are: a radix selection on the next bits, 8 at a time, so that
	 * each step finds its digit among 256 counts. It runs once per quantile, before the JIT has compiled it: few loop
	 * iterations matter more here than few passes.
	 */
	public static double selectAmongTop(double[] values, int n, int rank) {
		if (rank < 0 || rank >= n) {
			throw new IndexOutOfBoundsException("rank " + rank + " outside 0.." + n);
		}
		double[] left = values;
		int size = n;
		int[] counts = new int[256];
		for (int shift = 40; shift >= 0; shift -= 8) {
			if (size < 64) {
				return select(Arrays.copyOf(left, size), 0, size, rank);
			}
			Arrays.fill(counts, 0);
			for (int i = 0; i < size; i++) { // the digit computed here, not called: this runs interpreted
				long bits = Double.doubleToRawLongBits(left[i] + 0.0);
				counts[(int) ((bits ^ (bits >> 63 | Long.MIN_VALUE)) >>> shift) & 0xFF]++;
			}
			int digit = 0;
			while (rank >= counts[digit]) {
				rank -= counts[digit++];
			}
			if (counts[digit] < size) {
				double[] kept = new double[counts[digit]];
				int k = 0;
				for (int i = 0; i < size; i++) {
					long bits = Double.doubleToRawLongBits(left[i] + 0.0);
					if (((int) ((bits ^ (bits >> 63 | Long.MIN_VALUE)) >>> shift) & 0xFF) == digit) {
						kept[k++] = left[i];
					}
				}
				left = kept;
				size = k;
			}
		}
		return left[0]; // every value left has the same bits (up to the sign of zero)
	}

	/**
	 * Adds the count of the values of {@code part[0..length)} per top 16 bits (the first digit of the radix selection)
	 * to {@code counts} (2^16 of them).
	 */
	public static void countTop(double[] part, int length, int[] counts) {
		for (int i = 0; i < length; i++) {
			counts[digit(part[i], 48)]++;
		}
	}

	/**
	 * The top 16 bits that hold rank {@code rank} among values counted by them ({@link #countTop}), found with the same
	 * counts summed by their top 8 bits ({@code groups}, 256 of them) in a few hundred steps instead of up to 65,536:
	 * the digit in the high 32 bits of the result, the rank among the values of that digit in the low 32.
	 */
	public static long topDigitOf(int[] counts, int[] groups, int rank) {
		int group = 0;
		while (rank >= groups[group]) {
			rank -= groups[group++];
		}
		int digit = group << 8;
		while (rank >= counts[digit]) {
			rank -= counts[digit++];
		}
		return (long) digit << 32 | rank;
	}

	/** The top 16 bits of a value's order key: the first digit of the radix selection. */
	public static int topDigit(double value) {
		return digit(value, 48);
	}

	/**
	 * Appends the values of {@code part[0..length)} whose top 16 bits are {@code digit} to {@code kept} at {@code k};
	 * returns the new end.
	 */
	public static int keep(double[] part, int length, int digit, double[] kept, int k) {
		for (int i = 0; i < length; i++) { // the digit computed here, not called: this runs once per quantile, interpreted
			double value = part[i];
			long bits = Double.doubleToRawLongBits(value + 0.0);
			if ((int) ((bits ^ (bits >> 63 | Long.MIN_VALUE)) >>> 48) == digit) {
				kept[k++] = value;
			}
		}
		return k;
	}

	/** The 16 bits at {@code shift} of a key whose unsigned order is the values' order (−0.0 taken as 0.0). */
	private static int digit(double value, int shift) {
		long bits = Double.doubleToRawLongBits(value + 0.0);
		return (int) ((bits ^ (bits >> 63 | Long.MIN_VALUE)) >>> shift) & 0xFFFF;
	}

	private static void swap(double[] a, int i, int j) {
		double t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}
