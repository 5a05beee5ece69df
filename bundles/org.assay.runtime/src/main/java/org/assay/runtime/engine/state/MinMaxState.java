package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/**
 * Smallest and largest value of a numeric column, and the first row holding each. NaN never reaches it (the null
 * policy leaves NaN out or fails on it), so NaN never poisons a minimum or maximum.
 */
public final class MinMaxState extends ColumnState {

	private double minimum = Double.POSITIVE_INFINITY;
	private double maximum = Double.NEGATIVE_INFINITY;
	private Examples.Example minimumRow;
	private Examples.Example maximumRow;

	public MinMaxState(List<String> names, int[] columns, NullPolicy policy) {
		super(names, columns, policy);
	}

	@Override
	public StateKind kind() {
		return StateKind.MIN_MAX;
	}

	/** NaN when no value was met. */
	public double minimum() {
		return tally.values == 0 ? Double.NaN : minimum;
	}

	public double maximum() {
		return tally.values == 0 ? Double.NaN : maximum;
	}

	/** The first row holding the minimum (null when none). */
	public Examples.Example minimumRow() {
		return minimumRow;
	}

	public Examples.Example maximumRow() {
		return maximumRow;
	}

	@Override
	protected void accept(Batch batch, ColumnVector vector, int row) {
		double value = vector.number(row);
		if (value < minimum || minimumRow == null) {
			minimum = Math.min(minimum, value);
			minimumRow = located(batch, row);
		}
		if (value > maximum || maximumRow == null) {
			maximum = Math.max(maximum, value);
			maximumRow = located(batch, row);
		}
	}

	private Examples.Example located(Batch batch, int row) {
		return new Examples.Example(batch.firstRow() + row, batch.lineInChunk(row), Cells.show(batch, columns, names, row));
	}

	@Override
	public void relocate(long rowsBefore, long linesBefore) {
		super.relocate(rowsBefore, linesBefore);
		minimumRow = shift(minimumRow, rowsBefore, linesBefore);
		maximumRow = shift(maximumRow, rowsBefore, linesBefore);
	}

	private static Examples.Example shift(Examples.Example e, long rows, long lines) {
		return e == null ? null : new Examples.Example(e.row() + rows, e.line() + lines, e.values());
	}

	@Override
	protected void mergeFields(ColumnState later) {
		MinMaxState other = (MinMaxState) later;
		if (other.minimumRow != null && (minimumRow == null || other.minimum < minimum)) {
			minimum = other.minimum;
			minimumRow = other.minimumRow;
		}
		if (other.maximumRow != null && (maximumRow == null || other.maximum > maximum)) {
			maximum = other.maximum;
			maximumRow = other.maximumRow;
		}
	}

	@Override
	public void writeFields(DataOutput out) throws IOException {
		out.writeDouble(minimum);
		out.writeDouble(maximum);
		writeRow(out, minimumRow);
		writeRow(out, maximumRow);
	}

	private static void writeRow(DataOutput out, Examples.Example row) throws IOException {
		out.writeBoolean(row != null);
		if (row != null) {
			out.writeLong(row.row());
			out.writeLong(row.line());
			out.writeUTF(row.values());
		}
	}

	private static Examples.Example readRow(DataInput in) throws IOException {
		return in.readBoolean() ? new Examples.Example(in.readLong(), in.readLong(), in.readUTF()) : null;
	}

	static MinMaxState read(StateCodec.Common common, DataInput in) throws IOException {
		MinMaxState state = common.init(new MinMaxState(common.names(), common.columns(), common.policy()));
		state.minimum = in.readDouble();
		state.maximum = in.readDouble();
		state.minimumRow = readRow(in);
		state.maximumRow = readRow(in);
		return state;
	}
}
