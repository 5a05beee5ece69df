package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/**
 * Every value of a numeric column, for exact quantiles: 8 bytes per value (the one state whose memory grows with the
 * rows; approximate quantiles keep a KLL sketch instead). Sorted once when read.
 */
public final class ValuesState extends ColumnState {

	private double[] values = new double[64];
	private int size;
	private boolean sorted;

	public ValuesState(List<String> names, int[] columns, NullPolicy policy) {
		super(names, columns, policy);
	}

	@Override
	public StateKind kind() {
		return StateKind.VALUES;
	}

	@Override
	protected void accept(Batch batch, ColumnVector vector, int row) {
		append(vector.number(row));
	}

	private void append(double value) {
		if (size == values.length) {
			if (size == Integer.MAX_VALUE - 8) {
				throw new IllegalStateException("an exact quantile holds at most " + size + " values; use approx quantile");
			}
			values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8L, size * 2L));
		}
		values[size++] = value == 0.0 ? 0.0 : value;
		sorted = false;
	}

	/** The lower nearest-rank quantile: the smallest value whose rank is at least q·n; NaN when there is none. */
	public double quantile(double q) {
		if (size == 0) {
			return Double.NaN;
		}
		sort();
		long rank = (long) Math.ceil(q * size);
		return values[(int) Math.max(0, Math.min(size - 1, rank - 1))];
	}

	private void sort() {
		if (!sorted) {
			Arrays.sort(values, 0, size);
			sorted = true;
		}
	}

	public int size() {
		return size;
	}

	/** A sorted copy of the values (the distribution a drift check compares, docs/incremental.md). */
	public double[] values() {
		sort();
		return Arrays.copyOf(values, size);
	}

	@Override
	protected void mergeFields(ColumnState later) {
		ValuesState other = (ValuesState) later;
		for (int i = 0; i < other.size; i++) {
			append(other.values[i]);
		}
	}

	@Override
	public void writeFields(DataOutput out) throws IOException {
		out.writeInt(size);
		for (int i = 0; i < size; i++) {
			out.writeDouble(values[i]);
		}
	}

	static ValuesState read(StateCodec.Common common, DataInput in) throws IOException {
		ValuesState state = common.init(new ValuesState(common.names(), common.columns(), common.policy()));
		int size = in.readInt();
		for (int i = 0; i < size; i++) {
			state.append(in.readDouble());
		}
		return state;
	}
}
