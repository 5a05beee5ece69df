package org.assay.runtime.suite;

import java.util.Arrays;

import org.assay.runtime.metrics.ClassificationMetrics;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;

/** Intervals of a model metric measured under repeated noise draws (see docs/intervals.md). */
final class NoiseIntervals {

	private NoiseIntervals() {
	}

	/** How the interval is computed, for the evidence's details. */
	static String method(String metric) {
		return accuracy(metric) ? "Wilson with the effective sample size of the per-row shares correct" : "bootstrap over rows";
	}

	private static boolean accuracy(String metric) {
		return metric.equals("accuracy") || metric.equals("accuracy_under_perturbation");
	}

	/**
	 * The interval of a metric averaged over repeated noise draws that holds the sampling of rows, not only the spread
	 * of the draws: for accuracy, each row's share of correct predictions over the draws, and Wilson's interval with their
	 * effective sample size; for other metrics, a bootstrap over rows that keeps each row's draws together.
	 */
	static Interval of(String metric, int[] labels, double[][][] draws, int classes, double confidence) {
		if (accuracy(metric)) {
			boolean[][] correct = new boolean[draws.length][labels.length];
			for (int r = 0; r < draws.length; r++) {
				int[] predicted = ClassificationMetrics.argmax(draws[r]);
				for (int i = 0; i < labels.length; i++) {
					correct[r][i] = predicted[i] == labels[i];
				}
			}
			return Intervals.ofRepeatedRows(correct, confidence);
		}
		double estimate = Arrays.stream(draws).mapToDouble(d -> ModelMetrics.value(metric, labels, d, classes)).average()
				.orElse(Double.NaN);
		Interval bootstrap = Intervals.bootstrap(labels.length, sample -> {
			int[] l = new int[sample.length];
			for (int i = 0; i < sample.length; i++) {
				l[i] = labels[sample[i]];
			}
			double sum = 0;
			for (double[][] draw : draws) {
				double[][] p = new double[sample.length][];
				for (int i = 0; i < sample.length; i++) {
					p[i] = draw[sample[i]];
				}
				sum += ModelMetrics.value(metric, l, p, classes);
			}
			return sum / draws.length;
		}, 400, 1, confidence);
		return new Interval(estimate, bootstrap.lower(), bootstrap.upper(), confidence);
	}
}
