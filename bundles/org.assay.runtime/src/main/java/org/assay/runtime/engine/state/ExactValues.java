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
 * selection, which never sorts the values: once there are {@link #TOP_MIN} values, they are counted by their top 16
 * bits as they are added and merged ({@link TopDigits}), so that a quantile scans them once for the values of the digit
 * holding its rank and selects among those alone; below, {@link OrderStatistics#selectByRadix}.
 */
final class ExactValues {

	/**
	 * Values per full part: 32,768 (256 KiB, under G1's humongous size even with its smallest regions). Values are kept
	 * in parts, so that growing never copies more than a part and merging another state appends its parts: one array
	 * grown by doubling, then copied whole at each merge, allocated about three times the values' size, all of it fresh
	 * heap that a new JVM touches for the first time.
	 */
	static final int PART = 1 << 15;
	private static final int MAX_SIZE = Integer.MAX_VALUE - 8;
	/**
	 * From this many values on, they are counted by their top bits ({@link TopDigits}, 257 KiB, which would outweigh
	 * fewer). Those held then are counted at once; few enough that the loop doing it stays interpreted (a state per chunk
	 * reaching 16,384 cost 24 ms of the JIT's time compiling that loop again and again).
	 */
	static final int TOP_MIN = 1 << 10;

	/** Parts before the last, each with its length; never written once here (a merge may share them). */
	private double[][] parts = new double[0][];
	private int[] lengths = new int[0];
	private int count;
	/** The part values are added to, grown by doubling up to {@link #PART}. */
	private double[] last = new double[64];
	private int inLast;
	private int size;
	private boolean sorted = true;
	/** Every value held counted by its top bits, once there are {@link #TOP_MIN} of them; null before. */
	private TopDigits top;

	int size() {
		return size;
	}

	void add(double value) {
		if (inLast == last.length) {
			room();
		}
		double kept = value == 0.0 ? 0.0 : value;
		last[inLast++] = kept;
		size++;
		sorted = false;
		if (top != null) {
			top.add(kept);
		}
	}

	private void room() {
		if (size >= MAX_SIZE) {
			throw new IllegalStateException("an exact quantile holds at most " + MAX_SIZE + " values; use approx quantile");
		}
		if (top == null && size >= TOP_MIN) {
			top = counted(this);
		}
		if (last.length < PART) {
			last = Arrays.copyOf(last, Math.min(PART, last.length * 2));
		} else {
			push(last, inLast);
			last = new double[PART];
			inLast = 0;
		}
	}

	/** The top digits of every value {@code values} holds. */
	private static TopDigits counted(ExactValues values) {
		TopDigits digits = new TopDigits();
		for (int p = 0; p < values.count; p++) {
			digits.addAll(values.parts[p], values.lengths[p]);
		}
		digits.addAll(values.last, values.inLast);
		return digits;
	}

	private void push(double[] part, int length) {
		if (count == parts.length) {
			parts = Arrays.copyOf(parts, Math.max(8, count * 2));
			lengths = Arrays.copyOf(lengths, parts.length);
		}
		parts[count] = part;
		lengths[count++] = length;
	}

	/** Appends {@code other}'s values after these: its full parts are shared, the part it still adds to is copied. */
	void addAll(ExactValues other) {
		if (other.size == 0) {
			return;
		}
		if ((long) size + other.size > MAX_SIZE) {
			throw new IllegalStateException("an exact quantile holds at most " + MAX_SIZE + " values; use approx quantile");
		}
		if (top == null && (long) size + other.size >= TOP_MIN) {
			top = counted(this);
		}
		if (top != null) {
			top.addAll(other.top != null ? other.top : counted(other));
		}
		if (inLast > 0) {
			push(last, inLast);
			last = new double[64];
			inLast = 0;
		}
		for (int p = 0; p < other.count; p++) {
			push(other.parts[p], other.lengths[p]);
		}
		if (other.inLast > 0) {
			push(Arrays.copyOf(other.last, other.inLast), other.inLast);
		}
		size += other.size;
		sorted = false;
	}

	/** Every value in the order held: the parts, then the last one. */
	private void forEach(java.util.function.DoubleConsumer action) {
		for (int p = 0; p < count; p++) {
			double[] part = parts[p];
			for (int i = 0; i < lengths[p]; i++) {
				action.accept(part[i]);
			}
		}
		for (int i = 0; i < inLast; i++) {
			action.accept(last[i]);
		}
	}

	/** Feeds every value into a sketch (in the order held). */
	void feed(QuantileSketch sketch) {
		forEach(sketch::update);
	}

	/** The lower nearest-rank quantile: the smallest value whose rank is at least q·n; NaN when there is none. */
	double quantile(double q) {
		if (size == 0) {
			return Double.NaN;
		}
		int index = (int) Math.max(0, Math.min(size - 1, (long) Math.ceil(q * size) - 1));
		if (sorted) {
			return last[index]; // sortedCopy() left the values sorted in one part
		}
		if (count == 0) {
			return select(last, inLast, index);
		}
		if (top != null) {
			return selectByTop(index);
		}
		double[][] all = Arrays.copyOf(parts, count + 1);
		int[] allLengths = Arrays.copyOf(lengths, count + 1);
		all[count] = last;
		allLengths[count] = inLast;
		return OrderStatistics.selectByRadix(all, allLengths, index);
	}

	/**
	 * The value of rank {@code index} from the counts by top bits: the digit that holds it, its values taken in one scan,
	 * then a selection among them alone ({@link OrderStatistics#selectAmongTop}).
	 */
	private double selectByTop(int index) {
		long found = top.digitOf(index);
		int digit = (int) (found >>> 32);
		double[] kept = new double[top.count(digit)];
		int k = 0;
		for (int p = 0; p < count; p++) {
			k = OrderStatistics.keep(parts[p], lengths[p], digit, kept, k);
		}
		k = OrderStatistics.keep(last, inLast, digit, kept, k);
		if (k != kept.length) {
			throw new IllegalStateException(kept.length + " values of digit " + digit + " counted, " + k + " found");
		}
		return OrderStatistics.selectAmongTop(kept, k, (int) found);
	}

	/** A sorted copy of the values (they are kept sorted, in one part, from then on). */
	double[] sortedCopy() {
		if (!sorted) {
			double[] all = new double[size];
			int[] at = { 0 };
			forEach(value -> all[at[0]++] = value);
			Arrays.sort(all);
			parts = new double[0][];
			lengths = new int[0];
			count = 0;
			last = all;
			inLast = size;
			sorted = true;
		}
		return Arrays.copyOf(last, size);
	}

	/** The value of rank {@code index} (0-based) among {@code a[0..size)}: {@link OrderStatistics#selectByRadix}. */
	static double select(double[] a, int size, int index) {
		return OrderStatistics.selectByRadix(a, 0, size, index);
	}

	/** i32 n; n × f64. */
	void write(DataOutput out) throws IOException {
		out.writeInt(size);
		for (int p = 0; p < count; p++) {
			for (int i = 0; i < lengths[p]; i++) {
				out.writeDouble(parts[p][i]);
			}
		}
		for (int i = 0; i < inLast; i++) {
			out.writeDouble(last[i]);
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
