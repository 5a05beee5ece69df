package org.assay.runtime.metrics;

/** Regression metrics: mean absolute error, root mean squared error and the coefficient of determination. */
public final class RegressionMetrics {

	private RegressionMetrics() {
	}

	public static double mae(double[] truth, double[] predicted) {
		check(truth, predicted);
		double sum = 0;
		for (int i = 0; i < truth.length; i++) {
			sum += Math.abs(truth[i] - predicted[i]);
		}
		return sum / truth.length;
	}

	public static double rmse(double[] truth, double[] predicted) {
		check(truth, predicted);
		double sum = 0;
		for (int i = 0; i < truth.length; i++) {
			double error = truth[i] - predicted[i];
			sum += error * error;
		}
		return Math.sqrt(sum / truth.length);
	}

	/** R² = 1 − SS_res / SS_tot; NaN when the truth is constant. */
	public static double r2(double[] truth, double[] predicted) {
		check(truth, predicted);
		double mean = 0;
		for (double t : truth) {
			mean += t;
		}
		mean /= truth.length;
		double residual = 0;
		double total = 0;
		for (int i = 0; i < truth.length; i++) {
			residual += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
			total += (truth[i] - mean) * (truth[i] - mean);
		}
		return total == 0 ? Double.NaN : 1 - residual / total;
	}

	private static void check(double[] truth, double[] predicted) {
		if (truth.length != predicted.length || truth.length == 0) {
			throw new IllegalArgumentException(truth.length + " targets but " + predicted.length + " predictions");
		}
	}
}
