package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

import org.assay.runtime.engine.sketch.QuantileSketch;

/**
 * A column's values held exactly (8 bytes each, −0.0 as 0.0, never NaN), and the one definition of an exact quantile:
 * the lower nearest rank, the smallest value whose rank is at least q·n. Serves the exact quantile ({@link ValuesState})
 * and an approximate quantile while it holds its values exactly ({@link SketchStates.Kll}). A quantile is found by
 * selection (an in-place quickselect, O(n)), which reorders the values but never sorts them per row.
 */
final class ExactValues {

	private double[] values;
	private int size;
	private boolean sorted = true;

	ExactValues() {
		values = new double[64];
	}

	int size() {
		return size;
	}

	/** Room for {@code more} values, so that {@link #put} may follow that many times. */
	private void reserve(int more) {
		long needed = (long) size + more;
		if (needed > values.length) {
			if (needed > Integer.MAX_VALUE - 8) {
				throw new IllegalStateException("an exact quantile holds at most " + (Integer.MAX_VALUE - 8)
						+ " values; use approx quantile");
			}
			values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(needed, values.length * 2L)));
		}
	}

	/** Adds a value after {@link #reserve} made room for it. */
	private void put(double value) {
		values[size++] = value == 0.0 ? 0.0 : value;
		sorted = false;
	}

	void add(double value) {
		reserve(1);
		put(value);
	}

	void addAll(ExactValues other) {
		reserve(other.size);
		System.arraycopy(other.values, 0, values, size, other.size);
		size += other.size;
		sorted = sorted && other.size == 0;
	}

	/** Feeds every value into a sketch (in the order held). */
	void feed(QuantileSketch sketch) {
		for (int i = 0; i < size; i++) {
			sketch.update(values[i]);
		}
	}

	/** The lower nearest-rank quantile: the smallest value whose rank is at least q·n; NaN when there is none. */
	double quantile(double q) {
		if (size == 0) {
			return Double.NaN;
		}
		int index = (int) Math.max(0, Math.min(size - 1, (long) Math.ceil(q * size) - 1));
		return sorted ? values[index] : select(values, size, index);
	}

	/** A sorted copy of the values. */
	double[] sortedCopy() {
		if (!sorted) {
			Arrays.sort(values, 0, size);
			sorted = true;
		}
		return Arrays.copyOf(values, size);
	}

	/**
	 * The value of rank {@code index} (0-based) among {@code a[0..size)}, as {@code a} sorted would hold it there:
	 * Hoare's quickselect with a median-of-three pivot (its scans stop at values equal to the pivot, so repeated values
	 * split evenly), which falls back to sorting the remaining range should the pivots keep splitting badly (bounded
	 * time on any input). The values hold no NaN and no −0.0, so {@code <} orders them as {@link Arrays#sort(double[])}
	 * does.
	 */
	static double select(double[] a, int size, int index) {
		int lo = 0;
		int hi = size - 1;
		int rounds = 2 * (32 - Integer.numberOfLeadingZeros(size)) + 4;
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

	/** i32 n; n × f64. */
	void write(DataOutput out) throws IOException {
		out.writeInt(size);
		for (int i = 0; i < size; i++) {
			out.writeDouble(values[i]);
		}
	}

	/** Reads {@link #write}'s form, refusing a count above {@code limit} or a NaN (neither is ever written). */
	static ExactValues read(DataInput in, int limit) throws IOException {
		int count = in.readInt();
		if (count < 0 || count > limit) {
			throw new IOException("exact values: count " + count + " outside 0.." + limit);
		}
		ExactValues exact = new ExactValues();
		for (int i = 0; i < count; i++) { // grown as read, so a corrupt count meets the end of the bytes, not the heap's
			double value = in.readDouble();
			if (Double.isNaN(value)) {
				throw new IOException("exact values: NaN at " + i + " (NaN is never kept)");
			}
			exact.add(value);
		}
		return exact;
	}
}
