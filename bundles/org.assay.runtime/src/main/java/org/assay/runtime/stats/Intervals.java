package org.assay.runtime.stats;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Confidence intervals: Wilson score for proportions (also with an effective sample size, for repeated measurements of
 * rows), Newcombe's hybrid score interval for a difference of two proportions and its generalization (MOVER) for an
 * average of proportions, percentile and
 * basic bootstrap for any statistic. docs/intervals.md says which measurement uses which, and their measured coverage.
 */
public final class Intervals {

	private Intervals() {
	}

	/** Wilson score interval of a proportion {@code successes / n}. */
	public static Interval wilson(long successes, long n, double confidence) {
		if (n == 0) {
			return new Interval(Double.NaN, 0, 1, confidence);
		}
		double z = z(confidence);
		double p = (double) successes / n;
		double denominator = 1 + z * z / n;
		double centre = (p + z * z / (2.0 * n)) / denominator;
		double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
		return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half), confidence);
	}

	/**
	 * Wilson score interval of a proportion estimated with the precision of {@code effectiveN} independent Bernoulli
	 * trials (Kish's effective sample size, {@code p(1 − p) / Var(p̂)}): for means of per-row proportions, such as the
	 * share of correct predictions over repeated noise draws, or averages of proportions, such as macro recall.
	 * {@code effectiveN} is not rounded; with 0/1 data it is the number of rows and this is {@link #wilson}.
	 */
	public static Interval wilson(double p, double effectiveN, double confidence) {
		if (Double.isNaN(p) || !(effectiveN > 0)) {
			return new Interval(p, 0, 1, confidence);
		}
		double z = z(confidence);
		double n = effectiveN;
		double denominator = 1 + z * z / n;
		double centre = (p + z * z / (2.0 * n)) / denominator;
		double half = z * Math.sqrt(Math.max(0, p * (1 - p)) / n + z * z / (4.0 * n * n)) / denominator;
		return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half), confidence);
	}

	/**
	 * Interval of the mean of per-row proportions {@code rowMeans} (each row's share of successes over its repeats),
	 * the rows being a sample: Wilson's interval with the effective sample size {@code p(1 − p) / (s² / n)}, where s² is
	 * the spread of the row means (population form, so that 0/1 rows give exactly Wilson's interval on n rows). It holds
	 * both the sampling of rows and the randomness of the repeats; the effective size never exceeds rows × repeats.
	 */
	public static Interval meanOfRowProportions(double[] rowMeans, int repeats, double confidence) {
		int n = rowMeans.length;
		if (n == 0) {
			return new Interval(Double.NaN, 0, 1, confidence);
		}
		double p = Arrays.stream(rowMeans).average().orElse(Double.NaN);
		double spread = 0;
		for (double m : rowMeans) {
			spread += (m - p) * (m - p);
		}
		spread /= n;
		double effective = spread <= 0 ? (double) n * Math.max(1, repeats) : Math.min((double) n * Math.max(1, repeats),
				Math.max(p * (1 - p) / (spread / n), 1));
		if (p == 0 || p == 1) {
			effective = n; // all rows agree: no evidence beyond the rows themselves
		}
		return wilson(p, effective, confidence);
	}

	/**
	 * {@link #meanOfRowProportions} of repeated 0/1 outcomes: {@code outcomes[draw][row]} (a correct prediction of the
	 * row under that noise draw); every draw must cover the same rows.
	 */
	public static Interval ofRepeatedRows(boolean[][] outcomes, double confidence) {
		int rows = outcomes.length == 0 ? 0 : outcomes[0].length;
		double[] shares = new double[rows];
		for (boolean[] draw : outcomes) {
			for (int i = 0; i < rows; i++) {
				shares[i] += draw[i] ? 1.0 / outcomes.length : 0;
			}
		}
		return meanOfRowProportions(shares, outcomes.length, confidence);
	}

	/**
	 * Interval of the average of proportions {@code successes[i] / trials[i]} from independent samples (macro recall:
	 * one recall per class; samples without trials are left out): the MOVER of Zou and Donner, which combines the
	 * samples' Wilson intervals as Newcombe's interval does for a difference: θ̂ ∓ √Σ((p̂ᵢ − lᵢ)² or (uᵢ − p̂ᵢ)²) / k.
	 */
	public static Interval meanOfProportions(long[] successes, long[] trials, double confidence) {
		int k = 0;
		double sum = 0;
		double below = 0;
		double above = 0;
		for (int i = 0; i < successes.length; i++) {
			if (trials[i] == 0) {
				continue;
			}
			Interval one = wilson(successes[i], trials[i], confidence);
			sum += one.estimate();
			below += sq(one.estimate() - one.lower());
			above += sq(one.upper() - one.estimate());
			k++;
		}
		if (k == 0) {
			return new Interval(Double.NaN, 0, 1, confidence);
		}
		double p = sum / k;
		return new Interval(p, Math.max(0, p - Math.sqrt(below) / k), Math.min(1, p + Math.sqrt(above) / k), confidence);
	}

	/**
	 * Newcombe's hybrid score interval (his method 10) for the difference {@code x1/n1 − x2/n2} of two independent
	 * proportions, built from their Wilson intervals.
	 */
	public static Interval newcombe(long x1, long n1, long x2, long n2, double confidence) {
		Interval a = wilson(x1, n1, confidence);
		Interval b = wilson(x2, n2, confidence);
		double d = a.estimate() - b.estimate();
		double lower = d - Math.sqrt(sq(a.estimate() - a.lower()) + sq(b.upper() - b.estimate()));
		double upper = d + Math.sqrt(sq(a.upper() - a.estimate()) + sq(b.estimate() - b.lower()));
		return new Interval(d, Math.max(-1, lower), Math.min(1, upper), confidence);
	}

	/** The interval of |θ| given one of θ: the absolute values of the points in [lower, upper]. */
	public static Interval absolute(Interval signed) {
		double lower = signed.lower() <= 0 && signed.upper() >= 0 ? 0
				: Math.min(Math.abs(signed.lower()), Math.abs(signed.upper()));
		double upper = Math.max(Math.abs(signed.lower()), Math.abs(signed.upper()));
		return new Interval(Math.abs(signed.estimate()), lower, upper, signed.confidence());
	}

	/** The two-sided standard normal quantile of a confidence level (1.96 for 0.95). */
	public static double z(double confidence) {
		return new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
	}

	/**
	 * Basic (reverse percentile) bootstrap interval [2θ̂ − q(1 − α/2), 2θ̂ − q(α/2)] from the statistic on resamples,
	 * clipped to [{@code min}, {@code max}]: unlike the percentile interval it corrects the first-order bias of
	 * statistics that are biased away from their true value, such as PSI and the KS distance (always ≥ 0).
	 */
	public static Interval basic(double estimate, double[] values, double confidence, double min, double max) {
		Interval percentile = percentile(estimate, values, confidence);
		if (Double.isNaN(percentile.lower())) {
			return percentile;
		}
		double lower = Math.max(min, 2 * estimate - percentile.upper());
		double upper = Math.max(lower, Math.min(max, 2 * estimate - percentile.lower()));
		return new Interval(estimate, lower, upper, confidence);
	}

	private static double sq(double x) {
		return x * x;
	}

	/**
	 * Percentile bootstrap: the statistic on {@code resamples} resamples (with replacement) of the row indexes
	 * 0..n-1, drawn with a fixed seed; the estimate is the statistic on all rows.
	 */
	public static Interval bootstrap(int n, ToDoubleFunction<int[]> statistic, int resamples, long seed, double confidence) {
		int[] all = new int[n];
		for (int i = 0; i < n; i++) {
			all[i] = i;
		}
		double estimate = statistic.applyAsDouble(all);
		Random random = new Random(seed);
		double[] values = new double[resamples];
		int[] sample = new int[n];
		for (int b = 0; b < resamples; b++) {
			for (int i = 0; i < n; i++) {
				sample[i] = random.nextInt(n);
			}
			values[b] = statistic.applyAsDouble(sample);
		}
		return percentile(estimate, values, confidence);
	}

	/** The interval spanned by repeated estimates (e.g. one per random seed) at the given confidence. */
	public static Interval percentile(double estimate, double[] values, double confidence) {
		double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
		if (sorted.length == 0) {
			return new Interval(estimate, Double.NaN, Double.NaN, confidence);
		}
		double alpha = (1 - confidence) / 2;
		return new Interval(estimate, quantile(sorted, alpha), quantile(sorted, 1 - alpha), confidence);
	}

	/** The mean of repeated estimates with a percentile interval. */
	public static Interval ofRepeats(double[] values, double confidence) {
		return percentile(Arrays.stream(values).average().orElse(Double.NaN), values, confidence);
	}

	private static double quantile(double[] sorted, double q) {
		double position = q * (sorted.length - 1);
		int lower = (int) Math.floor(position);
		int upper = Math.min(lower + 1, sorted.length - 1);
		return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
	}
}
