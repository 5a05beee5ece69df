package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.engine.sketch.DistinctSketch;
import org.assay.runtime.engine.sketch.QuantileSketch;
import org.assay.runtime.engine.sketch.SketchLibrary;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/**
 * The approximate states, on Apache DataSketches: HLL distinct counts and KLL quantiles (exact up to a budget), through
 * {@link SketchLibrary} (DataSketches 6.1.1 below Java 25, a relocated 9.0.0 from Java 25 on; the same bytes).
 */
public final class SketchStates {

	/** HLL precision: relative standard error 1.04/√4096 ≈ 1.6 %, 95 % bounds about ±3.3 %; 4 KiB per sketch. */
	public static final int LG_K = 12;

	private SketchStates() {
	}

	/** The KLL k whose single-quantile normalised rank error (99 % confidence) is at most {@code rankError}. */
	public static int kFor(double rankError) {
		return Math.max(8, Math.min(65535, SketchLibrary.get().kFromEpsilon(rankError)));
	}

	/**
	 * Approximate distinct count: numbers update the sketch with their exact bits ({@link Cells#key}), texts and
	 * categories with {@link ColumnVector#hash} (the 64-bit hash of their UTF-8 text, the same in every engine), so that
	 * no string is built per row and every engine feeding the same values builds the same sketch.
	 */
	public static final class Hll extends ColumnState {

		/** A union updated directly (it is itself an HLL_8 sketch), so that it encodes and decodes to the same bytes. */
		private DistinctSketch sketch = SketchLibrary.get().newDistinct(LG_K);

		public Hll(List<String> names, int[] columns, NullPolicy policy) {
			super(names, columns, policy);
		}

		@Override
		public StateKind kind() {
			return StateKind.HLL;
		}

		@Override
		protected void accept(Batch batch, ColumnVector vector, int row) {
			switch (vector.kind()) {
			case NUMBER -> sketch.update(Cells.key(vector.number(row)));
			default -> sketch.update(vector.hash(row));
			}
		}

		/** The sketch of every value so far. */
		public DistinctSketch result() {
			return sketch;
		}

		@Override
		protected void mergeFields(ColumnState later) {
			sketch.merge(((Hll) later).sketch);
		}

		@Override
		public void writeFields(DataOutput out) throws IOException {
			byte[] bytes = sketch.toBytes();
			out.writeInt(bytes.length);
			out.write(bytes);
		}

		static Hll read(StateCodec.Common common, DataInput in) throws IOException {
			Hll state = common.init(new Hll(common.names(), common.columns(), common.policy()));
			byte[] bytes = new byte[in.readInt()];
			in.readFully(bytes);
			state.sketch = SketchLibrary.get().readDistinct(bytes);
			return state;
		}
	}

	/**
	 * Approximate quantiles of a numeric column, exact while memory allows: the values themselves ({@link ExactValues})
	 * up to {@link #EXACT_BUDGET} of them, then a KLL sketch with k from the stated rank error, fed the values kept so
	 * far. Whether a state (or a merge of states) is exact depends only on how many values it holds, so it is the same
	 * for a given chunk order on any number of threads; an exact state answers the exact quantile (the definition of
	 * {@link ValuesState}), bit for bit the same however the rows are chunked.
	 */
	public static final class Kll extends ColumnState {

		/**
		 * The most values a state keeps exactly: 2^21 doubles, 16 MiB (a constant, whatever the data set). One value
		 * more and the state becomes a KLL sketch.
		 */
		public static final int EXACT_BUDGET = 1 << 21;

		/**
		 * The most exact values an encoding carries: 2^16 doubles, 512 KiB. An exact state holding more is encoded as
		 * the KLL sketch of its values (a few KiB), so that stored partition states stay small.
		 */
		public static final int ENCODED_EXACT_LIMIT = 1 << 16;

		private static final int EXACT = 0;
		private static final int SKETCH = 1;

		private final int k;
		private final int budget;
		/** The values while exact, else null. */
		private ExactValues exact = new ExactValues();
		/** The sketch once past the budget, else null. */
		private QuantileSketch sketch;

		public Kll(List<String> names, int[] columns, NullPolicy policy, int k) {
			this(names, columns, policy, k, EXACT_BUDGET);
		}

		/** With another budget than {@link #EXACT_BUDGET}: for tests, to cross it with few rows. */
		Kll(List<String> names, int[] columns, NullPolicy policy, int k, int budget) {
			super(names, columns, policy);
			this.k = k;
			this.budget = budget;
		}

		@Override
		public StateKind kind() {
			return StateKind.KLL;
		}

		public int k() {
			return k;
		}

		/** Whether the state holds its values exactly (then {@link #sketch()} is null). */
		public boolean isExact() {
			return exact != null;
		}

		/** How many values an exact state holds (the tally's values). */
		public int exactCount() {
			return exact == null ? 0 : exact.size();
		}

		/** The exact quantile (lower nearest rank, as {@link ValuesState#quantile}) of an exact state; NaN when empty. */
		public double exactQuantile(double q) {
			return exact.quantile(q);
		}

		/** A sorted copy of an exact state's values. */
		public double[] exactValues() {
			return exact.sortedCopy();
		}

		/** The KLL sketch once the values outgrew the budget; null while the state is exact. */
		public QuantileSketch sketch() {
			return sketch;
		}

		@Override
		protected void accept(Batch batch, ColumnVector vector, int row) {
			if (exact != null && exact.size() == budget) {
				toSketch();
			}
			if (exact != null) {
				exact.add(vector.number(row));
			} else {
				sketch.update(vector.number(row));
			}
		}

		/** Exact + exact stays exact within the budget; anything else merges into a sketch (exact values fed into it). */
		@Override
		protected void mergeFields(ColumnState later) {
			Kll other = (Kll) later;
			if (exact != null && other.exact != null && (long) exact.size() + other.exact.size() <= budget) {
				exact.addAll(other.exact);
				return;
			}
			toSketch();
			if (other.exact != null) {
				other.exact.feed(sketch);
			} else {
				sketch.merge(other.sketch);
			}
		}

		private void toSketch() {
			if (sketch == null) {
				sketch = SketchLibrary.get().newQuantile(k);
				exact.feed(sketch);
				exact = null;
			}
		}

		/**
		 * Kind version 2: i32 k; u8 form; form 0 (exact): i32 n, n × f64; form 1 (sketch): i32 length, the sketch's
		 * bytes. An exact state of more than {@link #ENCODED_EXACT_LIMIT} values is written as the sketch of its values.
		 */
		@Override
		public void writeFields(DataOutput out) throws IOException {
			out.writeInt(k);
			if (exact != null && exact.size() <= ENCODED_EXACT_LIMIT) {
				out.writeByte(EXACT);
				exact.write(out);
				return;
			}
			QuantileSketch written = sketch;
			if (written == null) {
				written = SketchLibrary.get().newQuantile(k);
				exact.feed(written);
			}
			out.writeByte(SKETCH);
			byte[] bytes = written.toBytes();
			out.writeInt(bytes.length);
			out.write(bytes);
		}

		/** Reads kind version 2, or version 1 (i32 k; i32 length; the sketch's bytes). */
		static Kll read(StateCodec.Common common, DataInput in, int version) throws IOException {
			int k = in.readInt();
			Kll state = common.init(new Kll(common.names(), common.columns(), common.policy(), k));
			int form = version == 1 ? SKETCH : in.readUnsignedByte();
			if (form == EXACT) {
				state.exact = ExactValues.read(in, EXACT_BUDGET);
				return state;
			}
			if (form != SKETCH) {
				throw new IOException("KLL state form " + form + " is unknown (0 exact, 1 sketch)");
			}
			byte[] bytes = new byte[in.readInt()];
			in.readFully(bytes);
			state.sketch = SketchLibrary.get().readQuantile(bytes);
			state.exact = null;
			return state;
		}
	}
}
