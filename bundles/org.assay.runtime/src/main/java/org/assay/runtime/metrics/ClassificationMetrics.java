package org.assay.runtime.metrics;

import java.util.Arrays;

/**
 * Score-based classification metrics: ROC AUC, log loss and expected calibration error. Probabilities are given as
 * {@code probabilities[row][class]}.
 */
public final class ClassificationMetrics {

	/** Probabilities are clipped to [EPSILON, 1 - EPSILON] in the log loss. */
	public static final double EPSILON = 1e-15;

	private ClassificationMetrics() {
	}

	/** The predicted class of each row: the index of the highest probability (first on ties). */
	public static int[] argmax(double[][] probabilities) {
		int[] predicted = new int[probabilities.length];
		for (int i = 0; i < probabilities.length; i++) {
			int best = 0;
			for (int c = 1; c < probabilities[i].length; c++) {
				if (probabilities[i][c] > probabilities[i][best]) {
					best = c;
				}
			}
			predicted[i] = best;
		}
		return predicted;
	}

	/**
	 * Binary ROC AUC: the probability that a random positive scores higher than a random negative (ties count half),
	 * computed from ranks (Mann-Whitney U). NaN when one class is absent.
	 */
	public static double rocAuc(boolean[] positive, double[] score) {
		int n = score.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
		double[] rank = new double[n];
		for (int i = 0; i < n;) {
			int j = i;
			while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
				j++;
			}
			double average = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				rank[order[k]] = average;
			}
			i = j + 1;
		}
		long positives = 0;
		double rankSum = 0;
		for (int i = 0; i < n; i++) {
			if (positive[i]) {
				positives++;
				rankSum += rank[i];
			}
		}
		long negatives = n - positives;
		if (positives == 0 || negatives == 0) {
			return Double.NaN;
		}
		return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
	}

	/**
	 * ROC AUC of a classifier: binary AUC on the probability of class 1 for two classes; for more, the unweighted mean
	 * of one-vs-rest AUCs (scikit-learn's {@code multi_class="ovr", average="macro"}).
	 */
	public static double rocAuc(int[] truth, double[][] probabilities) {
		int classes = probabilities[0].length;
		if (classes == 2) {
			return rocAuc(is(truth, 1), column(probabilities, 1));
		}
		double sum = 0;
		for (int c = 0; c < classes; c++) {
			sum += rocAuc(is(truth, c), column(probabilities, c));
		}
		return sum / classes;
	}

	/** Mean negative log-likelihood of the true class (natural logarithm). */
	public static double logLoss(int[] truth, double[][] probabilities) {
		double sum = 0;
		for (int i = 0; i < truth.length; i++) {
			double rowSum = 0;
			for (double p : probabilities[i]) {
				rowSum += Math.min(Math.max(p, EPSILON), 1 - EPSILON);
			}
			double p = Math.min(Math.max(probabilities[i][truth[i]], EPSILON), 1 - EPSILON) / rowSum;
			sum -= Math.log(p);
		}
		return sum / truth.length;
	}

	/**
	 * Expected calibration error of the top-label confidence over {@code bins} equal-width bins on (0, 1]: the
	 * row-weighted mean of |accuracy − mean confidence| per bin.
	 */
	public static double expectedCalibrationError(int[] truth, double[][] probabilities, int bins) {
		double[] confidenceSum = new double[bins];
		long[] correct = new long[bins];
		long[] count = new long[bins];
		int[] predicted = argmax(probabilities);
		for (int i = 0; i < truth.length; i++) {
			double confidence = probabilities[i][predicted[i]];
			int bin = Math.min(bins - 1, Math.max(0, (int) Math.ceil(confidence * bins) - 1));
			confidenceSum[bin] += confidence;
			correct[bin] += predicted[i] == truth[i] ? 1 : 0;
			count[bin]++;
		}
		double ece = 0;
		for (int b = 0; b < bins; b++) {
			if (count[b] > 0) {
				ece += (double) count[b] / truth.length * Math.abs((double) correct[b] / count[b] - confidenceSum[b] / count[b]);
			}
		}
		return ece;
	}

	private static boolean[] is(int[] truth, int c) {
		boolean[] result = new boolean[truth.length];
		for (int i = 0; i < truth.length; i++) {
			result[i] = truth[i] == c;
		}
		return result;
	}

	private static double[] column(double[][] probabilities, int c) {
		double[] result = new double[probabilities.length];
		for (int i = 0; i < probabilities.length; i++) {
			result[i] = probabilities[i][c];
		}
		return result;
	}
}
