package org.assay.generator.suite;

import static org.assay.generator.java.JavaText.doubleLiteral;
import static org.assay.generator.java.JavaText.literal;

import java.util.List;
import java.util.stream.Collectors;

import org.assay.model.Direction;
import org.assay.model.DirectionalTest;
import org.assay.model.Feature;
import org.assay.model.GaussianNoise;
import org.assay.model.Metric;
import org.assay.model.MetricPattern;
import org.assay.model.NoiseRobustnessTest;
import org.assay.model.SliceTest;
import org.assay.model.TestCase;
import org.assay.model.ThresholdTest;
import org.assay.model.Trend;
import org.assay.model.UniformNoise;

/**
 * The calls of {@code RegressionChecks} that a suite of a regression pipeline makes: thresholds, slices and noise
 * robustness on mae/rmse/r2, and directional expectations on the predicted value. Data and drift tests are the same
 * for classifiers and regressors ({@code Checks}); the other patterns are rejected by validation for regressors.
 */
final class RegressionCheckCalls {

	private RegressionCheckCalls() {
	}

	/** The check expression for a test of a regression pipeline, or null when it is the classifiers' one. */
	static String check(TestCase test, Metric metric, double confidence) {
		if (test.getPattern() instanceof DirectionalTest directional) {
			return "RegressionChecks.directional(" + (directional.getData() == null ? SuiteGenerator.heldOut(test)
					: SuiteGenerator.partition(directional.getData())) + ", " + literal(directional.getFeature().getName()) + ", "
					+ doubleLiteral(directional.getDelta()) + ", " + (directional.getExpected() == Trend.INCREASE) + ", "
					+ doubleLiteral(confidence) + ")";
		}
		if (!(test.getPattern() instanceof ThresholdTest || test.getPattern() instanceof SliceTest
				|| test.getPattern() instanceof NoiseRobustnessTest)) {
			return null;
		}
		MetricPattern pattern = (MetricPattern) test.getPattern();
		String data = pattern.getData() == null ? SuiteGenerator.heldOut(test) : SuiteGenerator.partition(pattern.getData());
		String name = literal(metric.getName());
		if (pattern instanceof SliceTest slices) {
			String among = slices.getSlices().stream().map(slice -> literal(slice.getName())).collect(Collectors.joining(", "));
			return "RegressionChecks.slices(" + name + ", " + data + ", " + (metric.getDirection() == Direction.HIGHER_IS_BETTER)
					+ ", List.of(" + among + "), " + doubleLiteral(confidence) + ")";
		}
		if (pattern instanceof NoiseRobustnessTest noise) {
			boolean uniform = noise.getPerturbation() instanceof UniformNoise;
			double strength = uniform ? ((UniformNoise) noise.getPerturbation()).getAmplitude()
					: ((GaussianNoise) noise.getPerturbation()).getSigma();
			List<Feature> noisy = uniform ? ((UniformNoise) noise.getPerturbation()).getFeatures()
					: ((GaussianNoise) noise.getPerturbation()).getFeatures();
			String features = noisy.stream().map(feature -> literal(feature.getName())).collect(Collectors.joining(", "));
			return "RegressionChecks.noise(" + name + ", " + data + ", " + uniform + ", " + doubleLiteral(strength) + ", List.of("
					+ features + "), " + test.getRepeats() + ", 1L, " + doubleLiteral(confidence) + ")";
		}
		return "RegressionChecks.threshold(" + name + ", " + data + ", " + doubleLiteral(confidence) + ")";
	}
}
