package org.assay.runtime.drift;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;

import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;

/**
 * Confidence intervals of drift statistics, and the sample sizes below which they cannot decide. PSI and the KS
 * distance are biased upwards on finite samples (two samples of one distribution give PSI &gt; 0), so their interval is
 * the basic (reverse percentile) bootstrap, which removes that bias to first order: both samples are resampled
 * independently, the statistic recomputed (PSI with the resampled reference's bin edges), seeded.
 */
public final class DriftIntervals {

	/** Number of bins of the PSI. */
	public static final int PSI_BINS = 10;
	/** Rows each side needs per PSI bin: {@value} × bins rows per side. */
	public static final int PSI_ROWS_PER_BIN = 10;
	/** Rows each side needs for the KS distance. */
	public static final int KS_MIN_ROWS = 50;
	/** Expected rows per category each side needs for the chi-square test (Cochran's rule of five). */
	public static final int CHI_SQUARE_ROWS_PER_CATEGORY = 5;

	private static final int RESAMPLES = 400;

	private DriftIntervals() {
	}

	/** PSI over {@link #PSI_BINS} reference-quantile bins with its basic bootstrap interval. */
	public static Interval psi(double[] reference, double[] current, double confidence, long seed) {
		return bootstrap(reference, current, (a, b) -> Drift.psi(a, b, PSI_BINS), confidence, seed);
	}

	/**
	 * The KS distance sup |F_ref − F_cur| with an interval built for a supremum, which is not smooth where the two
	 * distributions nearly agree or where several points nearly attain it (see {@link KsDistanceInterval}).
	 */
	public static Interval ksStatistic(double[] reference, double[] current, double confidence, long seed) {
		return KsDistanceInterval.of(reference, current, confidence, seed, RESAMPLES);
	}

	/**
	 * Why a drift statistic cannot be decided between samples of these sizes (non-missing values), or empty: PSI needs
	 * {@link #PSI_ROWS_PER_BIN} rows per bin on each side, the KS distance {@link #KS_MIN_ROWS} rows per side, the
	 * chi-square test {@link #CHI_SQUARE_ROWS_PER_CATEGORY} rows per category on each side.
	 */
	public static Optional<String> shortfall(String metric, int referenceRows, int currentRows, int categories) {
		int needed = switch (metric) {
		case "psi" -> PSI_ROWS_PER_BIN * PSI_BINS;
		case "ks_statistic", "ks_p_value" -> KS_MIN_ROWS;
		case "chi_square_p_value" -> CHI_SQUARE_ROWS_PER_CATEGORY * Math.max(2, categories);
		default -> 0;
		};
		if (Math.min(referenceRows, currentRows) >= needed) {
			return Optional.empty();
		}
		return Optional.of(String.format("%s between %d and %d rows cannot be decided: it needs at least %d rows on each side%s",
				metric, referenceRows, currentRows, needed, switch (metric) {
				case "psi" -> " (" + PSI_ROWS_PER_BIN + " per bin of " + PSI_BINS + ")";
				case "chi_square_p_value" -> " (" + CHI_SQUARE_ROWS_PER_CATEGORY + " per category)";
				default -> "";
				}));
	}

	private static Interval bootstrap(double[] reference, double[] current, BiFunction<double[], double[], Double> statistic,
			double confidence, long seed) {
		double[] a = Arrays.stream(reference).filter(Double::isFinite).toArray();
		double[] b = Arrays.stream(current).filter(Double::isFinite).toArray();
		if (a.length == 0 || b.length == 0) {
			return new Interval(Double.NaN, Double.NaN, Double.NaN, confidence);
		}
		double estimate = statistic.apply(a, b);
		Random random = new Random(seed);
		double[] values = new double[RESAMPLES];
		double[] ra = new double[a.length];
		double[] rb = new double[b.length];
		for (int r = 0; r < RESAMPLES; r++) {
			for (int i = 0; i < ra.length; i++) {
				ra[i] = a[random.nextInt(a.length)];
			}
			for (int i = 0; i < rb.length; i++) {
				rb[i] = b[random.nextInt(b.length)];
			}
			values[r] = statistic.apply(ra, rb);
		}
		return Intervals.basic(estimate, values, confidence, 0, Double.POSITIVE_INFINITY);
	}
}
