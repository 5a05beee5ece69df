package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/**
 * Every value of a numeric column, for exact quantiles: 8 bytes per value (the one state whose memory grows with the
 * rows; approximate quantiles keep them so only up to a budget, then a KLL sketch). A quantile is selected, not sorted.
 */
public final class ValuesState extends ColumnState {

	private ExactValues values = new ExactValues();

	public ValuesState(List<String> names, int[] columns, NullPolicy policy) {
		super(names, columns, policy);
	}

	@Override
	public StateKind kind() {
		return StateKind.VALUES;
	}

	@Override
	protected void accept(Batch batch, ColumnVector vector, int row) {
		values.add(vector.number(row));
	}

	/** The lower nearest-rank quantile ({@link ExactValues#quantile}); NaN when there is no value. */
	public double quantile(double q) {
		return values.quantile(q);
	}

	public int size() {
		return values.size();
	}

	/** A sorted copy of the values (the distribution a drift check compares, docs/incremental.md). */
	public double[] values() {
		return values.sortedCopy();
	}

	@Override
	protected void mergeFields(ColumnState later) {
		values.addAll(((ValuesState) later).values);
	}

	@Override
	public void writeFields(DataOutput out) throws IOException {
		values.write(out);
	}

	static ValuesState read(StateCodec.Common common, DataInput in) throws IOException {
		ValuesState state = common.init(new ValuesState(common.names(), common.columns(), common.policy()));
		state.values = ExactValues.read(in, Integer.MAX_VALUE - 8);
		return state;
	}
}
