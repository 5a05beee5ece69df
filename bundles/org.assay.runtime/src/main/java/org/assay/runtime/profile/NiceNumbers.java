package org.assay.runtime.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding outward to readable numbers, in decimal (no binary noise such as 0.30000000000000004). */
public final class NiceNumbers {

	private NiceNumbers() {
	}

	/** The largest multiple of {@code step} at or below {@code value}. */
	public static double floor(double value, BigDecimal step) {
		return BigDecimal.valueOf(value).divide(step, 0, RoundingMode.FLOOR).multiply(step).doubleValue();
	}

	/** The smallest multiple of {@code step} at or above {@code value}. */
	public static double ceil(double value, BigDecimal step) {
		return BigDecimal.valueOf(value).divide(step, 0, RoundingMode.CEILING).multiply(step).doubleValue();
	}

	/** A power of ten times {@code digit} (1, 2 or 5): {@code step(5, -1)} is 0.5. */
	public static BigDecimal step(int digit, int exponent) {
		return BigDecimal.valueOf(digit).scaleByPowerOfTen(exponent);
	}

	/** The exponent of the largest power of ten at or below a positive value ({@code 56 → 1}, {@code 0.11 → -1}). */
	public static int magnitude(double positive) {
		return new BigDecimal(positive).precision() - new BigDecimal(positive).scale() - 1;
	}

	/**
	 * A declared range around observed values {@code [min, max]}: both ends rounded outward to half the order of
	 * magnitude of the span (19 .. 75 becomes 15 .. 75; 0.0526 .. 0.163 becomes 0.05 .. 0.2), to whole numbers at least
	 * for integers, and never below 0 when no value is negative.
	 */
	public static double[] range(double min, double max, boolean integer) {
		double span = max - min;
		double scale = span > 0 ? span : Math.max(Math.abs(max), 1);
		BigDecimal step = step(5, magnitude(scale) - 1);
		if (integer && step.compareTo(BigDecimal.ONE) < 0) {
			step = BigDecimal.ONE;
		}
		double low = floor(min, step);
		double high = ceil(max, step);
		if (min >= 0 && low < 0) {
			low = 0;
		}
		return new double[] { low, high };
	}

	/** A bound rounded outward (down for a lower, up for an upper bound) to three significant digits of {@code scale}. */
	public static double outward(double value, double scale, boolean lower) {
		BigDecimal step = step(1, magnitude(scale) - 2);
		return lower ? floor(value, step) : ceil(value, step);
	}
}
