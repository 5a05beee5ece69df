package org.assay.runtime.stats;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.hipparchus.distribution.continuous.NormalDistribution;

/** Confidence intervals: Wilson score for proportions, percentile bootstrap for any statistic. */
public final class Intervals {

	private Intervals() {
	}

	/** Wilson score interval of a proportion {@code successes / n}. */
	public static Interval wilson(long successes, long n, double confidence) {
		if (n == 0) {
			return new Interval(Double.NaN, 0, 1, confidence);
		}
		double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
		double p = (double) successes / n;
		double denominator = 1 + z * z / n;
		double centre = (p + z * z / (2.0 * n)) / denominator;
		double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
		return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half), confidence);
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
