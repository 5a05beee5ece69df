package org.assay.dsl.semantics;

import java.util.List;
import java.util.Set;

import org.assay.dsl.validation.IssueCodes;
import org.assay.dsl.validation.MetricFacts;
import org.assay.model.AcceptanceCriterion;
import org.assay.model.AdversarialTest;
import org.assay.model.Baseline;
import org.assay.model.BaselineComparisonTest;
import org.assay.model.CategorySwap;
import org.assay.model.Condition;
import org.assay.model.DataQualityTest;
import org.assay.model.Dataset;
import org.assay.model.DirectionalTest;
import org.assay.model.DriftTest;
import org.assay.model.FairnessTest;
import org.assay.model.Fgsm;
import org.assay.model.GaussianNoise;
import org.assay.model.InvarianceTest;
import org.assay.model.Metric;
import org.assay.model.MetricPattern;
import org.assay.model.NoiseRobustnessTest;
import org.assay.model.NumericType;
import org.assay.model.Partition;
import org.assay.model.Pipeline;
import org.assay.model.PretrainedModel;
import org.assay.model.Requirement;
import org.assay.model.SliceTest;
import org.assay.model.TestCase;
import org.assay.model.TestPattern;
import org.assay.model.TestSuite;
import org.assay.model.ThresholdTest;
import org.assay.model.UniformNoise;

/**
 * What a test means, read the same way by validation and by the suite generator: its effective metric and condition
 * (its own, or taken from a verified requirement), the baseline it compares with, the partition it is measured on when
 * it names none, and whether the runtime can run it for its pipeline — with the metrics each pattern computes. A
 * test is generated disabled only for a {@link #limit} that validation reported.
 */
public final class TestSemantics {

	/** Model metrics the runtime computes for a classifier (threshold, slice, noise, FGSM, baseline comparison). */
	public static final Set<String> CLASSIFIER_METRICS = Set.of("accuracy", "precision", "recall", "f1", "roc_auc", "log_loss",
			"expected_calibration_error", "accuracy_under_perturbation", "prediction_confidence");
	/** Group-fairness metrics the runtime computes for a classifier's decisions. */
	public static final Set<String> FAIRNESS_METRICS = Set.of("demographic_parity_difference", "demographic_parity_ratio",
			"equalized_odds_difference", "equal_opportunity_difference", "disparate_impact_ratio");
	/** Model metrics the runtime computes for a regressor (threshold, slice, noise). */
	public static final Set<String> REGRESSOR_METRICS = Set.of("mae", "rmse", "r2");
	/** Data-quality metrics the runtime computes (class_balance needs a categorical label). */
	public static final Set<String> DATA_METRICS = Set.of("completeness", "label_completeness", "validity", "uniqueness",
			"class_balance", "outlier_rate");
	/** Drift statistics the runtime computes between two partitions. */
	public static final Set<String> DRIFT_METRICS = Set.of("psi", "ks_statistic", "chi_square_p_value");

	private TestSemantics() {
	}

	/** The pipeline the test's suite tests, or null. */
	public static Pipeline pipeline(TestCase test) {
		return test.eContainer() instanceof TestSuite suite && suite.getPipeline() != null && !suite.getPipeline().eIsProxy()
				? suite.getPipeline()
				: null;
	}

	/** The test's metric, or the metric of the first criterion of the requirements it verifies. */
	public static Metric metric(TestCase test) {
		if (test.getPattern() instanceof MetricPattern pattern && pattern.getMetric() != null) {
			return pattern.getMetric();
		}
		for (Requirement requirement : test.getVerifies()) {
			for (AcceptanceCriterion criterion : requirement.getCriteria()) {
				if (criterion.getMetric() != null) {
					return criterion.getMetric();
				}
			}
		}
		return null;
	}

	/**
	 * The test's condition, or the condition of a verified requirement's criterion on the same metric (a change
	 * criterion for a baseline comparison, an absolute one otherwise).
	 */
	public static Condition condition(TestCase test, Metric metric) {
		if (test.getPattern() instanceof MetricPattern pattern && pattern.getCondition() != null) {
			return pattern.getCondition();
		}
		boolean change = test.getPattern() instanceof BaselineComparisonTest;
		AcceptanceCriterion fallback = null;
		for (Requirement requirement : test.getVerifies()) {
			for (AcceptanceCriterion criterion : requirement.getCriteria()) {
				if (criterion.getMetric() != metric || criterion.isRelative() != change) {
					continue;
				}
				if (fits(test, criterion)) {
					return criterion.getCondition();
				}
				if (fallback == null) {
					fallback = criterion;
				}
			}
		}
		return fallback == null ? null : fallback.getCondition();
	}

	/**
	 * Whether a criterion describes what the pattern measures: a noise or adversarial test takes the criterion with
	 * that perturbation, a fairness test the one grouped by its feature, a plain test one without perturbation.
	 */
	static boolean fits(TestCase test, AcceptanceCriterion criterion) {
		var perturbation = criterion.getPerturbation();
		if (test.getPattern() instanceof NoiseRobustnessTest) {
			return perturbation instanceof GaussianNoise || perturbation instanceof UniformNoise;
		}
		if (test.getPattern() instanceof AdversarialTest) {
			return perturbation instanceof Fgsm;
		}
		if (test.getPattern() instanceof FairnessTest fairness) {
			return criterion.getGroupedBy() == fairness.getGroupedBy();
		}
		return perturbation == null;
	}

	/** The baseline the test names, or the one of a verified requirement's change criterion; "baseline" by default. */
	public static String baselinePath(TestCase test) {
		Baseline baseline = baseline(test);
		return baseline == null ? "baseline" : baseline.getPath();
	}

	/** The baseline the test names, or the one of a verified requirement's change criterion; null for the default. */
	public static Baseline baseline(TestCase test) {
		if (test.getPattern() instanceof BaselineComparisonTest comparison && comparison.getBaseline() != null) {
			return comparison.getBaseline();
		}
		for (Requirement requirement : test.getVerifies()) {
			for (AcceptanceCriterion criterion : requirement.getCriteria()) {
				if (criterion.isRelative() && criterion.getBaseline() != null) {
					return criterion.getBaseline();
				}
			}
		}
		return null;
	}

	/** The partition a model test that names no data is measured on: the last of the split, never training rows. */
	public static Partition heldOut(TestCase test) {
		Dataset dataset = PipelineSemantics.dataset(pipeline(test));
		List<Partition> partitions = dataset.getSplit().getPartitions();
		return partitions.get(partitions.size() - 1);
	}

	/** The data-quality metrics the runtime computes for a gate or data test (class_balance needs a categorical label). */
	public static Set<String> dataMetrics(boolean regression) {
		return regression ? Set.of("completeness", "label_completeness", "validity", "uniqueness", "outlier_rate") : DATA_METRICS;
	}

	/** The metrics the runtime computes for a pattern of a classifier or regressor pipeline (empty: none apply). */
	public static Set<String> computedMetrics(TestPattern pattern, boolean regression) {
		if (pattern instanceof DataQualityTest) {
			return dataMetrics(regression);
		}
		if (pattern instanceof DriftTest) {
			return DRIFT_METRICS;
		}
		if (pattern instanceof FairnessTest) {
			return regression ? Set.of() : FAIRNESS_METRICS;
		}
		if (regression) {
			return pattern instanceof ThresholdTest || pattern instanceof SliceTest || pattern instanceof NoiseRobustnessTest
					? REGRESSOR_METRICS
					: Set.of();
		}
		return pattern instanceof InvarianceTest || pattern instanceof DirectionalTest ? Set.of() : CLASSIFIER_METRICS;
	}

	/** Why the test cannot be generated as runnable code for its pipeline, or null when it can. */
	public static Limit limit(TestCase test) {
		Pipeline pipeline = pipeline(test);
		TestPattern pattern = test.getPattern();
		if (pipeline == null || pattern == null || PipelineSemantics.limit(pipeline) != null) {
			return null; // reported on the suite or the pipeline
		}
		if (pattern instanceof DataQualityTest data && (data.getConstraint() != null
				|| data.getMetric() != null && !data.getMetric().eIsProxy() && StatisticFacts.isColumnMetric(data.getMetric().getName())
						&& !StatisticFacts.isAlsoDatasetMetric(data.getMetric().getName()))) {
			return null; // a column constraint, run by the data engine; a column statistic without 'of' is reported by validation
		}
		boolean regression = PipelineSemantics.isRegression(pipeline);
		if (regression && (pattern instanceof FairnessTest || pattern instanceof AdversarialTest
				|| pattern instanceof InvarianceTest || pattern instanceof BaselineComparisonTest)) {
			return Limit.error(IssueCodes.PATTERN_NOT_FOR_REGRESSOR, "Test '" + test.getName() + "' is "
					+ MetricFacts.describe(pattern) + ", which Assay measures on predicted classes ("
					+ (pattern instanceof FairnessTest ? "selection rates per group"
							: pattern instanceof AdversarialTest ? "FGSM on the class loss"
									: pattern instanceof InvarianceTest ? "flipped classes" : "a saved classifier")
					+ "), but pipeline " + pipeline.getName() + " is a regressor. Use a threshold, slice, robustness (noise), "
					+ "directional, data or drift test, or remove this test.");
		}
		if (pattern instanceof DirectionalTest directional) {
			if (directional.getFeature() != null && !directional.getFeature().eIsProxy()
					&& !(directional.getFeature().getType() instanceof NumericType)) {
				return Limit.error(IssueCodes.DIRECTIONAL_FEATURE_NOT_NUMERIC, "Test '" + test.getName() + "' raises '"
						+ directional.getFeature().getName() + "', which is not numeric; a directional test raises a number. "
						+ "Choose a numeric feature.");
			}
			if (regression && directional.getTarget() != null) {
				return Limit.error(IssueCodes.DIRECTIONAL_TARGET_ON_REGRESSOR, "Test '" + test.getName() + "' expects the "
						+ "probability of a class, but pipeline " + pipeline.getName() + " is a regressor: the expectation is on "
						+ "its predicted value. Remove 'of …'.");
			}
			return null;
		}
		if (pattern instanceof InvarianceTest invariance) {
			return invariance.getPerturbation() instanceof CategorySwap ? null
					: Limit.warning(IssueCodes.INVARIANCE_NOT_SWAP, "Test '" + test.getName() + "' is generated disabled: "
							+ "invariance tests are generated for category swaps only ('swap feature a -> b').");
		}
		Metric metric = metric(test);
		if (metric == null || metric.eIsProxy() || condition(test, metric) == null) {
			return null; // testWithoutMetric / testWithoutThreshold
		}
		Set<String> computed = computedMetrics(pattern, regression);
		if (!computed.contains(metric.getName())) {
			return Limit.error(IssueCodes.METRIC_NOT_COMPUTED, "Assay does not compute '" + metric.getName() + "' in "
					+ MetricFacts.describe(pattern) + " of a " + PipelineSemantics.taskName(pipeline) + " (" + pipeline.getName() + "); "
					+ (computed.isEmpty() ? "this pattern takes no metric there."
							: "it computes " + String.join(", ", computed.stream().sorted().toList()) + ". Choose one of them."));
		}
		if (pipeline.getModel() instanceof PretrainedModel) {
			if (pattern instanceof AdversarialTest) {
				return Limit.warning(IssueCodes.PATTERN_NEEDS_TRAINED_MODEL, "Test '" + test.getName() + "' is generated "
						+ "disabled: FGSM needs input gradients, which the pre-trained ONNX model of " + pipeline.getName()
						+ " does not give.");
			}
			if (pattern instanceof BaselineComparisonTest) {
				return Limit.warning(IssueCodes.PATTERN_NEEDS_TRAINED_MODEL, "Test '" + test.getName() + "' is generated "
						+ "disabled: a baseline comparison needs a model the pipeline trains, not a pre-trained one.");
			}
		}
		return null;
	}
}
