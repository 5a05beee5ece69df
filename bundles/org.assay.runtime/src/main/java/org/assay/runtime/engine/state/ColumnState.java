package org.assay.runtime.engine.state;

import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/**
 * The common part of the states: the columns read (names and schema indexes), the null policy and the {@link Tally}.
 * A row of several columns is a value when every cell is one; else it counts as invalid, null or NaN, in that order.
 */
public abstract class ColumnState implements MetricState {

	protected final List<String> names;
	protected final int[] columns;
	protected final NullPolicy policy;
	protected Tally tally = new Tally();

	protected ColumnState(List<String> names, int[] columns, NullPolicy policy) {
		this.names = List.copyOf(names);
		this.columns = columns.clone();
		this.policy = policy;
	}

	public List<String> names() {
		return names;
	}

	public int[] columns() {
		return columns.clone();
	}

	public NullPolicy policy() {
		return policy;
	}

	@Override
	public Tally tally() {
		return tally;
	}

	@Override
	public void update(Batch batch) {
		int size = batch.size();
		if (columns.length == 1) {
			ColumnVector vector = batch.column(columns[0]);
			for (int row = 0; row < size; row++) {
				int cell = Cells.classify(vector, row);
				count(batch, row, cell);
				if (cell == Cells.VALUE) {
					accept(batch, vector, row);
				}
			}
			return;
		}
		ColumnVector[] vectors = new ColumnVector[columns.length];
		for (int i = 0; i < columns.length; i++) {
			vectors[i] = batch.column(columns[i]);
		}
		for (int row = 0; row < size; row++) {
			int cell = Cells.VALUE;
			for (ColumnVector vector : vectors) {
				int one = Cells.classify(vector, row);
				if (one == Cells.INVALID || one == Cells.NULL && cell != Cells.INVALID || one == Cells.NAN && cell == Cells.VALUE) {
					cell = one;
				}
			}
			count(batch, row, cell);
			if (cell == Cells.VALUE) {
				accept(batch, vectors[0], row);
			}
		}
	}

	private void count(Batch batch, int row, int cell) {
		tally.rows++;
		switch (cell) {
		case Cells.VALUE -> tally.values++;
		case Cells.INVALID -> tally.invalid++;
		default -> {
			if (cell == Cells.NULL) {
				tally.nulls++;
			} else {
				tally.nans++;
			}
			tally.missing.offer(batch, row, columns, names);
		}
		}
	}

	/** A row whose cells are all values ({@code vector} is the first column's). */
	protected abstract void accept(Batch batch, ColumnVector vector, int row);

	@Override
	public void merge(MetricState later) {
		ColumnState other = (ColumnState) later;
		if (other.kind() != kind() || !other.names.equals(names)) {
			throw new IllegalArgumentException("cannot merge " + other.kind() + " of " + other.names + " into " + kind() + " of " + names);
		}
		tally.merge(other.tally);
		mergeFields(other);
	}

	protected abstract void mergeFields(ColumnState later);

	@Override
	public void relocate(long rowsBefore, long linesBefore) {
		tally.missing.relocate(rowsBefore, linesBefore);
	}

	/** The common fields: policy, columns, tally. */
	void writeCommon(DataOutput out) throws IOException {
		out.writeByte(policy.ordinal());
		out.writeShort(columns.length);
		for (int i = 0; i < columns.length; i++) {
			out.writeUTF(names.get(i));
			out.writeInt(columns[i]);
		}
		tally.write(out);
	}
}
