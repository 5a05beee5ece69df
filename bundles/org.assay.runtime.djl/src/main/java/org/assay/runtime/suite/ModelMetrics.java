package org.assay.runtime.suite;

import org.assay.runtime.metrics.ClassificationMetrics;
import org.assay.runtime.metrics.ConfusionMatrix;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;

/** Classification metrics by catalogue name, with a confidence interval (Wilson for accuracy, combined per-class Wilson intervals for macro recall, else bootstrap). */
public final class ModelMetrics {

	private static final int RESAMPLES = 400;

	private ModelMetrics() {
	}

	public static double value(String metric, int[] labels, double[][] probabilities, int classes) {
		return switch (metric) {
		case "accuracy", "accuracy_under_perturbation" -> ConfusionMatrix.of(classes, labels, ClassificationMetrics.argmax(probabilities)).accuracy();
		case "precision" -> ConfusionMatrix.of(classes, labels, ClassificationMetrics.argmax(probabilities)).macroPrecision();
		case "recall" -> ConfusionMatrix.of(classes, labels, ClassificationMetrics.argmax(probabilities)).macroRecall();
		case "f1" -> ConfusionMatrix.of(classes, labels, ClassificationMetrics.argmax(probabilities)).macroF1();
		case "roc_auc" -> ClassificationMetrics.rocAuc(labels, probabilities);
		case "log_loss" -> ClassificationMetrics.logLoss(labels, probabilities);
		case "expected_calibration_error" -> ClassificationMetrics.expectedCalibrationError(labels, probabilities, 10);
		case "prediction_confidence" -> predictionConfidence(probabilities);
		default -> throw new IllegalArgumentException("'" + metric + "' is not a classification metric Assay can compute; use "
				+ "accuracy, accuracy_under_perturbation, precision, recall, f1, roc_auc, log_loss, "
				+ "expected_calibration_error or prediction_confidence");
		};
	}

	/** Mean over rows of the highest class probability (the catalogue's prediction_confidence); NaN without rows. */
	static double predictionConfidence(double[][] probabilities) {
		double sum = 0;
		for (double[] row : probabilities) {
			double max = 0;
			for (double p : row) {
				max = Math.max(max, p);
			}
			sum += max;
		}
		return probabilities.length == 0 ? Double.NaN : sum / probabilities.length;
	}

	public static Interval interval(String metric, int[] labels, double[][] probabilities, int classes, double confidence) {
		if (labels.length == 0) {
			return Interval.point(Double.NaN);
		}
		if (metric.equals("accuracy") || metric.equals("accuracy_under_perturbation")) {
			long correct = ConfusionMatrix.of(classes, labels, ClassificationMetrics.argmax(probabilities)).correct();
			return Intervals.wilson(correct, labels.length, confidence);
		}
		if (metric.equals("recall")) {
			// macro recall is the mean of per-class proportions: their Wilson intervals combined (MOVER)
			ConfusionMatrix matrix = ConfusionMatrix.of(classes, labels, ClassificationMetrics.argmax(probabilities));
			long[] hits = new long[classes];
			long[] actual = new long[classes];
			for (int c = 0; c < classes; c++) {
				hits[c] = matrix.count(c, c);
				for (int p = 0; p < classes; p++) {
					actual[c] += matrix.count(c, p);
				}
			}
			if (java.util.Arrays.stream(actual).allMatch(n -> n > 0)) {
				return Intervals.meanOfProportions(hits, actual, confidence);
			}
		}
		return Intervals.bootstrap(labels.length, rows -> {
			int[] l = new int[rows.length];
			double[][] p = new double[rows.length][];
			for (int i = 0; i < rows.length; i++) {
				l[i] = labels[rows[i]];
				p[i] = probabilities[rows[i]];
			}
			return value(metric, l, p, classes);
		}, RESAMPLES, 1, confidence);
	}
}
