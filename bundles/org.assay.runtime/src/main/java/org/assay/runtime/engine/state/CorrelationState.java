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
 * Pearson correlation of two numeric columns over rows where both hold a value, from exact sums of x, y, x², y² and
 * xy (the co-moments of Chan's merge, kept as exact power sums like {@link MomentsState}).
 */
public final class CorrelationState extends ColumnState {

	private ExactSum x = new ExactSum();
	private ExactSum y = new ExactSum();
	private ExactSum xx = new ExactSum();
	private ExactSum yy = new ExactSum();
	private ExactSum xy = new ExactSum();

	public CorrelationState(List<String> names, int[] columns, NullPolicy policy) {
		super(names, columns, policy);
		if (columns.length != 2) {
			throw new IllegalArgumentException("a correlation reads two columns, not " + names);
		}
	}

	@Override
	public StateKind kind() {
		return StateKind.CORRELATION;
	}

	@Override
	protected void accept(Batch batch, ColumnVector vector, int row) {
		double a = vector.number(row);
		double b = batch.column(columns[1]).number(row);
		x.add(a);
		y.add(b);
		MomentsState.addProduct(xx, a, a);
		MomentsState.addProduct(yy, b, b);
		MomentsState.addProduct(xy, a, b);
	}

	/** NaN when fewer than two rows hold both values or a column is constant there. */
	public double correlation() {
		long n = tally.values;
		if (n < 2) {
			return Double.NaN;
		}
		if (!x.isFinite() || !y.isFinite() || !xx.isFinite() || !yy.isFinite() || !xy.isFinite()) {
			return Double.NaN;
		}
		BigInteger count = BigInteger.valueOf(n);
		int shift = -ExactSum.SCALE;
		BigInteger sx = x.exact();
		BigInteger sy = y.exact();
		BigInteger covariance = xy.exact().multiply(count).shiftLeft(shift).subtract(sx.multiply(sy));
		BigInteger varianceX = xx.exact().multiply(count).shiftLeft(shift).subtract(sx.multiply(sx));
		BigInteger varianceY = yy.exact().multiply(count).shiftLeft(shift).subtract(sy.multiply(sy));
		if (varianceX.signum() <= 0 || varianceY.signum() <= 0) {
			return Double.NaN;
		}
		// the ratio does not depend on the common scale: bring the largest near 1 so that nothing overflows
		int scale = -Math.max(covariance.abs().bitLength(), Math.max(varianceX.bitLength(), varianceY.bitLength()));
		double r = ExactSum.toDouble(covariance, scale)
				/ (Math.sqrt(ExactSum.toDouble(varianceX, scale)) * Math.sqrt(ExactSum.toDouble(varianceY, scale)));
		return Math.max(-1, Math.min(1, r));
	}

	@Override
	protected void mergeFields(ColumnState later) {
		CorrelationState other = (CorrelationState) later;
		x.merge(other.x);
		y.merge(other.y);
		xx.merge(other.xx);
		yy.merge(other.yy);
		xy.merge(other.xy);
	}

	@Override
	public void writeFields(DataOutput out) throws IOException {
		for (ExactSum sum : new ExactSum[] { x, y, xx, yy, xy }) {
			sum.write(out);
		}
	}

	static CorrelationState read(StateCodec.Common common, DataInput in) throws IOException {
		CorrelationState state = common.init(new CorrelationState(common.names(), common.columns(), common.policy()));
		state.x = ExactSum.read(in);
		state.y = ExactSum.read(in);
		state.xx = ExactSum.read(in);
		state.yy = ExactSum.read(in);
		state.xy = ExactSum.read(in);
		return state;
	}
}
