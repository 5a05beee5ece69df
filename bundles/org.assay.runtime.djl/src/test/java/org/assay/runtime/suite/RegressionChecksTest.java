package org.assay.runtime.suite;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;

import org.assay.runtime.stats.Interval;
import org.junit.jupiter.api.Test;

/** Regression metrics by name, the soundness of their bootstrap intervals, and prediction_confidence. */
class RegressionChecksTest {

	@Test
	void metricsByName() {
		double[] truth = { 1, 2, 3, 4 };
		double[] predicted = { 1, 2, 3, 8 };
		assertEquals(1.0, RegressionChecks.value("mae", truth, predicted), 1e-12);
		assertEquals(2.0, RegressionChecks.value("rmse", truth, predicted), 1e-12);
		assertEquals(1 - 16 / 5.0, RegressionChecks.value("r2", truth, predicted), 1e-12);
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> RegressionChecks.value("accuracy", truth, predicted));
		assertTrue(unknown.getMessage().contains("mae, rmse, r2"), unknown.getMessage());
	}

	/**
	 * Simulated datasets with a known true value: errors e ~ N(0, 1), so the true MAE is sqrt(2/pi) and the true RMSE
	 * 1. The nominal 95 % bootstrap intervals on 150 rows must cover them about 95 % of the time (percentile bootstrap
	 * is slightly narrow at small n: accepted within [0.90, 0.99] on 300 datasets).
	 */
	@Test
	void bootstrapIntervalsCoverTheTrueErrorAtAbout95Percent() {
		Random random = new Random(20261130);
		int runs = 300;
		int n = 150;
		int maeCovered = 0;
		int rmseCovered = 0;
		for (int run = 0; run < runs; run++) {
			double[] truth = new double[n];
			double[] predicted = new double[n];
			for (int i = 0; i < n; i++) {
				truth[i] = 50 + 10 * random.nextGaussian();
				predicted[i] = truth[i] + random.nextGaussian();
			}
			Interval mae = RegressionChecks.interval("mae", truth, predicted, 0.95);
			Interval rmse = RegressionChecks.interval("rmse", truth, predicted, 0.95);
			maeCovered += mae.contains(Math.sqrt(2 / Math.PI)) ? 1 : 0;
			rmseCovered += rmse.contains(1) ? 1 : 0;
		}
		double maeCoverage = (double) maeCovered / runs;
		double rmseCoverage = (double) rmseCovered / runs;
		System.out.printf("regression bootstrap coverage: runs=%d rows=%d mae=%.3f rmse=%.3f%n", runs, n, maeCoverage, rmseCoverage);
		assertTrue(maeCoverage >= 0.90 && maeCoverage <= 0.99, "mae coverage " + maeCoverage);
		assertTrue(rmseCoverage >= 0.90 && rmseCoverage <= 0.99, "rmse coverage " + rmseCoverage);
	}

	@Test
	void predictionConfidenceIsTheMeanHighestProbability() {
		double[][] probabilities = { { 0.9, 0.1 }, { 0.4, 0.6 } };
		assertEquals(0.75, ModelMetrics.value("prediction_confidence", new int[] { 0, 0 }, probabilities, 2), 1e-12);
		Interval interval = ModelMetrics.interval("prediction_confidence", new int[] { 0, 0 }, probabilities, 2, 0.95);
		assertTrue(interval.lower() >= 0.6 - 1e-12 && interval.upper() <= 0.9 + 1e-12, interval.toString());
	}
}
