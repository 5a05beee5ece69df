package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The exact sum of doubles (a long accumulator): every finite double is an integer multiple of 2^-1074, so the sum is
 * kept as a signed fixed-point integer in 32-bit limbs held in longs (carries are propagated every 2^30 additions).
 * Adding is exact, so the result does not depend on the order or grouping of the additions; infinities are counted
 * apart. No BigDecimal is involved while adding; {@link #exact()} builds a BigInteger once, for results.
 */
public final class ExactSum {

	/** The value of the lowest bit: the sum is {@link #exact()} · 2^{@value}. */
	public static final int SCALE = -1074;
	private static final int LIMBS = 70;
	private static final long MASK = 0xFFFFFFFFL;

	private final long[] limbs = new long[LIMBS];
	private int pending;
	private long positiveInfinities;
	private long negativeInfinities;

	public void add(double x) {
		// a zero adds nothing (its mantissa is 0), so it needs no branch of its own: one that a column's first zero
		// would take late, throwing away the compiled code
		if (x != x) {
			return;
		}
		if (Double.isInfinite(x)) {
			if (x > 0) {
				positiveInfinities++;
			} else {
				negativeInfinities++;
			}
			return;
		}
		long bits = Double.doubleToRawLongBits(x);
		int exponent = (int) ((bits >>> 52) & 0x7FF);
		// normal numbers have the implicit leading bit; zeros and subnormals (exponent 0) do not, and scale as exponent
		// 1 does: without a branch (normal is 1 for exponent 1..2046, else 0)
		int normal = (exponent + 0x7FF) >>> 11;
		long mantissa = bits & 0xFFFFFFFFFFFFFL | (long) normal << 52;
		int shift = exponent - normal;
		int limb = shift >>> 5;
		int offset = shift & 31;
		long low = mantissa << offset;
		long high = offset == 0 ? 0 : mantissa >>> (64 - offset);
		if (bits < 0) {
			limbs[limb] -= low & MASK;
			limbs[limb + 1] -= low >>> 32;
			limbs[limb + 2] -= high;
		} else {
			limbs[limb] += low & MASK;
			limbs[limb + 1] += low >>> 32;
			limbs[limb + 2] += high;
		}
		if (++pending == 1 << 30) {
			normalize();
		}
	}

	/** Propagates carries: every limb but the top one in [0, 2^32). The representation is then canonical. */
	private void normalize() {
		for (int i = 0; i < LIMBS - 1; i++) {
			long carry = limbs[i] >> 32;
			limbs[i] -= carry << 32;
			limbs[i + 1] += carry;
		}
		pending = 0;
	}

	public void merge(ExactSum other) {
		normalize();
		other.normalize();
		for (int i = 0; i < LIMBS; i++) {
			limbs[i] += other.limbs[i];
		}
		normalize();
		positiveInfinities += other.positiveInfinities;
		negativeInfinities += other.negativeInfinities;
	}

	public boolean isFinite() {
		return positiveInfinities == 0 && negativeInfinities == 0;
	}

	/** The finite part's sum divided by 2^{@link #SCALE}. */
	public BigInteger exact() {
		normalize();
		BigInteger value = BigInteger.valueOf(limbs[LIMBS - 1]);
		for (int i = LIMBS - 2; i >= 0; i--) {
			value = value.shiftLeft(32).add(BigInteger.valueOf(limbs[i]));
		}
		return value;
	}

	/** The sum rounded to a double (an infinity when one was added; NaN for both). */
	public double value() {
		if (positiveInfinities > 0 && negativeInfinities > 0) {
			return Double.NaN;
		}
		if (positiveInfinities > 0) {
			return Double.POSITIVE_INFINITY;
		}
		if (negativeInfinities > 0) {
			return Double.NEGATIVE_INFINITY;
		}
		return toDouble(exact(), SCALE);
	}

	/** {@code value · 2^exponent} rounded to the nearest double (a sticky bit keeps the rounding correct). */
	public static double toDouble(BigInteger value, int exponent) {
		int sign = value.signum();
		if (sign == 0) {
			return 0.0;
		}
		BigInteger magnitude = value.abs();
		int excess = Math.max(0, magnitude.bitLength() - 62);
		long top = magnitude.shiftRight(excess).longValueExact();
		if (excess > 0 && magnitude.getLowestSetBit() < excess) {
			top |= 1;
		}
		return sign * Math.scalb((double) top, excess + exponent);
	}

	void write(DataOutput out) throws IOException {
		normalize();
		out.writeLong(positiveInfinities);
		out.writeLong(negativeInfinities);
		int first = 0;
		while (first < LIMBS && limbs[first] == 0) {
			first++;
		}
		int last = LIMBS - 1;
		while (last >= first && limbs[last] == 0) {
			last--;
		}
		out.writeByte(first);
		out.writeByte(last - first + 1);
		for (int i = first; i <= last; i++) {
			out.writeLong(limbs[i]);
		}
	}

	static ExactSum read(DataInput in) throws IOException {
		ExactSum sum = new ExactSum();
		sum.positiveInfinities = in.readLong();
		sum.negativeInfinities = in.readLong();
		int first = in.readUnsignedByte();
		int count = in.readUnsignedByte();
		if (first + count > LIMBS) {
			throw new IOException("exact sum of " + count + " limbs from " + first + " does not fit " + LIMBS);
		}
		for (int i = 0; i < count; i++) {
			sum.limbs[first + i] = in.readLong();
		}
		return sum;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ExactSum sum && positiveInfinities == sum.positiveInfinities
				&& negativeInfinities == sum.negativeInfinities && exact().equals(sum.exact());
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(new long[] { positiveInfinities, negativeInfinities }) ^ exact().hashCode();
	}
}
