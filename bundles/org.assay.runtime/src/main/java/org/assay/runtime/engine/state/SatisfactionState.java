package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/**
 * Rows meeting a row condition: a row with an invalid cell in a column the condition reads fails; a row with a null or
 * NaN there fails under {@link NullPolicy#INVALID} and is left out otherwise; the others are decided by the condition.
 * The first failing rows are kept with the cells the condition reads.
 */
public final class SatisfactionState extends ColumnState {

	/** A compiled condition on a row whose read cells all hold values. */
	public interface RowTest {
		boolean test(Batch batch, int row);
	}

	private final String condition;
	private final RowTest test;
	private long satisfied;
	private long failing;
	private Examples failures = new Examples();

	/** {@code condition} identifies the condition in encodings (its record form); {@code test} decides rows. */
	public SatisfactionState(List<String> names, int[] columns, NullPolicy policy, String condition, RowTest test) {
		super(names, columns, policy);
		this.condition = condition;
		this.test = test;
	}

	@Override
	public StateKind kind() {
		return StateKind.SATISFACTION;
	}

	public String condition() {
		return condition;
	}

	public long satisfied() {
		return satisfied;
	}

	public long failing() {
		return failing;
	}

	/** Rows decided: satisfied and failing. */
	public long decided() {
		return satisfied + failing;
	}

	public Examples failures() {
		return failures;
	}

	@Override
	public void update(Batch batch) {
		int size = batch.size();
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
			tally.rows++;
			boolean fails;
			switch (cell) {
			case Cells.VALUE -> {
				tally.values++;
				fails = !test.test(batch, row);
			}
			case Cells.INVALID -> {
				tally.invalid++;
				fails = true;
			}
			default -> {
				if (cell == Cells.NULL) {
					tally.nulls++;
				} else {
					tally.nans++;
				}
				tally.missing.offer(batch, row, columns, names);
				if (policy != NullPolicy.INVALID) {
					continue;
				}
				fails = true;
			}
			}
			if (fails) {
				failing++;
				failures.offer(batch, row, columns, names);
			} else {
				satisfied++;
			}
		}
	}

	@Override
	protected void accept(Batch batch, ColumnVector vector, int row) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void relocate(long rowsBefore, long linesBefore) {
		super.relocate(rowsBefore, linesBefore);
		failures.relocate(rowsBefore, linesBefore);
	}

	@Override
	protected void mergeFields(ColumnState later) {
		SatisfactionState other = (SatisfactionState) later;
		satisfied += other.satisfied;
		failing += other.failing;
		failures.merge(other.failures);
	}

	@Override
	public void writeFields(DataOutput out) throws IOException {
		out.writeUTF(condition);
		out.writeLong(satisfied);
		out.writeLong(failing);
		failures.write(out);
	}

	static SatisfactionState read(StateCodec.Common common, DataInput in) throws IOException {
		String condition = in.readUTF();
		SatisfactionState state = common.init(new SatisfactionState(common.names(), common.columns(), common.policy(),
				condition, (batch, row) -> {
					throw new IllegalStateException("a decoded satisfaction state merges and reads; it is not updated");
				}));
		state.satisfied = in.readLong();
		state.failing = in.readLong();
		state.failures = Examples.read(in);
		return state;
	}
}
