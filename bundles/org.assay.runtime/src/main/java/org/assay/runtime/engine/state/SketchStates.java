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
 * The approximate states, on Apache DataSketches: HLL distinct counts and KLL quantiles, through
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

	/** Approximate quantiles of a numeric column: a KLL sketch with k from the stated rank error. */
	public static final class Kll extends ColumnState {

		private final int k;
		private QuantileSketch sketch;

		public Kll(List<String> names, int[] columns, NullPolicy policy, int k) {
			super(names, columns, policy);
			this.k = k;
			this.sketch = SketchLibrary.get().newQuantile(k);
		}

		@Override
		public StateKind kind() {
			return StateKind.KLL;
		}

		public int k() {
			return k;
		}

		public QuantileSketch sketch() {
			return sketch;
		}

		@Override
		protected void accept(Batch batch, ColumnVector vector, int row) {
			sketch.update(vector.number(row));
		}

		@Override
		protected void mergeFields(ColumnState later) {
			sketch.merge(((Kll) later).sketch);
		}

		@Override
		public void writeFields(DataOutput out) throws IOException {
			out.writeInt(k);
			byte[] bytes = sketch.toBytes();
			out.writeInt(bytes.length);
			out.write(bytes);
		}

		static Kll read(StateCodec.Common common, DataInput in) throws IOException {
			int k = in.readInt();
			Kll state = common.init(new Kll(common.names(), common.columns(), common.policy(), k));
			byte[] bytes = new byte[in.readInt()];
			in.readFully(bytes);
			state.sketch = SketchLibrary.get().readQuantile(bytes);
			return state;
		}
	}
}
