package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

import org.assay.runtime.engine.sketch.QuantileSketch;
import org.assay.runtime.stats.OrderStatistics;

/**
 * A column's values held exactly (8 bytes each, −0.0 as 0.0, never NaN), and the one definition of an exact quantile:
 * the lower nearest rank, the smallest value whose rank is at least q·n. Serves the exact quantile ({@link ValuesState})
 * and an approximate quantile while it holds its values exactly ({@link SketchStates.Kll}). A quantile is found by
 * selection ({@link OrderStatistics#selectByRadix}, O(n)), which never sorts the values.
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

	/** The value of rank {@code index} (0-based) among {@code a[0..size)}: {@link OrderStatistics#selectByRadix}. */
	static double select(double[] a, int size, int index) {
		return OrderStatistics.selectByRadix(a, 0, size, index);
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
