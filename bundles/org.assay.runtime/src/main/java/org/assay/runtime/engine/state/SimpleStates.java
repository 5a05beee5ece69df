package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/** The states that need nothing beyond their {@link Tally}, and the min/max length of texts. */
public final class SimpleStates {

	private SimpleStates() {
	}

	/** The number of rows: the tally's rows. */
	public static final class RowCount extends ColumnState {

		public RowCount() {
			super(List.of(), new int[0], NullPolicy.MISSING);
		}

		@Override
		public StateKind kind() {
			return StateKind.ROW_COUNT;
		}

		@Override
		public void update(Batch batch) {
			tally.rows += batch.size();
			tally.values += batch.size();
		}

		@Override
		protected void accept(Batch batch, ColumnVector vector, int row) {
		}

		@Override
		protected void mergeFields(ColumnState later) {
		}

		@Override
		public void writeFields(DataOutput out) {
		}
	}

	/** Present and missing cells: the tally's counts. */
	public static final class Completeness extends ColumnState {

		public Completeness(List<String> names, int[] columns, NullPolicy policy) {
			super(names, columns, policy);
		}

		@Override
		public StateKind kind() {
			return StateKind.COMPLETENESS;
		}

		/** Present cells (values and invalid ones), and NaN unless the policy ignores them. */
		public long present() {
			return tally.values + tally.invalid;
		}

		/** Cells that count: every row, less the NaN an IGNORED policy leaves out. */
		public long counted() {
			return tally.rows - (policy == NullPolicy.IGNORED ? tally.nans : 0);
		}

		@Override
		protected void accept(Batch batch, ColumnVector vector, int row) {
		}

		@Override
		protected void mergeFields(ColumnState later) {
		}

		@Override
		public void writeFields(DataOutput out) {
		}
	}

	/** Shortest and longest text in Unicode code points. */
	public static final class Length extends ColumnState {

		private long shortest = Long.MAX_VALUE;
		private long longest = -1;

		public Length(List<String> names, int[] columns, NullPolicy policy) {
			super(names, columns, policy);
		}

		@Override
		public StateKind kind() {
			return StateKind.LENGTH;
		}

		public long shortest() {
			return shortest;
		}

		public long longest() {
			return longest;
		}

		@Override
		protected void accept(Batch batch, ColumnVector vector, int row) {
			CharSequence text = vector.text(row);
			int length = Character.codePointCount(text, 0, text.length());
			if (length < shortest) {
				shortest = length;
			}
			if (length > longest) {
				longest = length;
			}
		}

		@Override
		protected void mergeFields(ColumnState later) {
			Length other = (Length) later;
			shortest = Math.min(shortest, other.shortest);
			longest = Math.max(longest, other.longest);
		}

		@Override
		public void writeFields(DataOutput out) throws IOException {
			out.writeLong(shortest);
			out.writeLong(longest);
		}

		static Length read(StateCodec.Common common, DataInput in) throws IOException {
			Length state = common.init(new Length(common.names(), common.columns(), common.policy()));
			state.shortest = in.readLong();
			state.longest = in.readLong();
			return state;
		}
	}
}
