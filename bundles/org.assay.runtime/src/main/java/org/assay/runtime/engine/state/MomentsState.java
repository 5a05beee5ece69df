package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/**
 * Count, sum and sum of squares of a numeric column, both sums exact ({@link ExactSum}; a square is split exactly into
 * two doubles with a fused multiply-add). Chan's pairwise merge of (n, mean, M2) is, in exact arithmetic, the addition
 * of power sums: with exact power sums the merge is that addition, and sum, mean and the population variance
 * {@code (n·Σx² − (Σx)²) / n²} are computed once, exactly up to the final roundings, whatever the order and chunking
 * of the rows.
 */
public final class MomentsState extends ColumnState {

	private ExactSum sum = new ExactSum();
	private ExactSum squares = new ExactSum();

	public MomentsState(List<String> names, int[] columns, NullPolicy policy) {
		super(names, columns, policy);
	}

	@Override
	public StateKind kind() {
		return StateKind.MOMENTS;
	}

	@Override
	protected void accept(Batch batch, ColumnVector vector, int row) {
		double x = vector.number(row);
		sum.add(x);
		addProduct(squares, x, x);
	}

	/** Adds x·y exactly (unless it overflows or its low part underflows): the rounded product and its error. */
	static void addProduct(ExactSum target, double x, double y) {
		double product = x * y;
		target.add(product);
		if (Double.isFinite(product)) {
			target.add(Math.fma(x, y, -product));
		}
	}

	/** The number of values summed. */
	public long count() {
		return tally.values;
	}

	/** NaN when no value was met. */
	public double sum() {
		return tally.values == 0 ? Double.NaN : sum.value();
	}

	public double mean() {
		return tally.values == 0 ? Double.NaN : sum.value() / tally.values;
	}

	/** Population standard deviation; NaN when no value was met. */
	public double standardDeviation() {
		long n = tally.values;
		if (n == 0) {
			return Double.NaN;
		}
		if (!sum.isFinite() || !squares.isFinite()) {
			return Double.isNaN(sum.value()) ? Double.NaN : Double.POSITIVE_INFINITY;
		}
		BigInteger s1 = sum.exact();
		BigInteger s2 = squares.exact();
		// n·S2 − S1², at scale 2^(2·SCALE)
		BigInteger numerator = s2.multiply(BigInteger.valueOf(n)).shiftLeft(-ExactSum.SCALE).subtract(s1.multiply(s1));
		double variance = ExactSum.toDouble(numerator.max(BigInteger.ZERO), 2 * ExactSum.SCALE) / n / n;
		return Math.sqrt(variance);
	}

	@Override
	protected void mergeFields(ColumnState later) {
		MomentsState other = (MomentsState) later;
		sum.merge(other.sum);
		squares.merge(other.squares);
	}

	@Override
	public void writeFields(DataOutput out) throws IOException {
		sum.write(out);
		squares.write(out);
	}

	static MomentsState read(StateCodec.Common common, DataInput in) throws IOException {
		MomentsState state = common.init(new MomentsState(common.names(), common.columns(), common.policy()));
		state.sum = ExactSum.read(in);
		state.squares = ExactSum.read(in);
		return state;
	}
}
