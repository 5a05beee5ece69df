package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import org.assay.dsl.conversion.AssayValueConverters;
import org.assay.model.AcceptanceCriterion;
import org.assay.model.BaselineComparisonTest;
import org.assay.model.CategoricalType;
import org.assay.model.Condition;
import org.assay.model.DriftCheck;
import org.assay.model.FairnessTest;
import org.assay.model.Feature;
import org.assay.model.Metric;
import org.assay.model.MetricKind;
import org.assay.model.MetricPattern;
import org.assay.model.QualityGate;
import org.assay.model.Subject;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * Metrics are used where they apply: thresholds inside their range, data metrics on data and model metrics on models,
 * fairness metrics grouped by a protected categorical feature.
 */
public class MetricUsageValidator extends AssayCheckBase {

	/**
	 * A warning level lies on the passing side of the threshold, in the direction written: a lower limit ({@code >=},
	 * {@code >}) warns below a higher level, an upper limit ({@code <=}, {@code <}) above a lower one; an equality has
	 * no margin.
	 */
	@Check
	public void checkWarnLevel(Condition condition) {
		if (!condition.isSetWarnLevel() || !condition.isSetThreshold()) {
			return;
		}
		String threshold = AssayValueConverters.toDecimal(condition.getThreshold());
		String level = AssayValueConverters.toDecimal(condition.getWarnLevel());
		String limit = condition.getOperator().getLiteral() + " " + threshold;
		switch (condition.getOperator()) {
		case EQUAL, NOT_EQUAL -> error("'" + limit + "' has no margin to warn in. Remove 'warn " + (condition.isWarnAbove()
				? "above" : "below") + " " + level + "', or use a limit such as '>=' or '<='.", condition,
				CONDITION__WARN_LEVEL, IssueCodes.WARN_LEVEL_INCONSISTENT);
		case GREATER, GREATER_OR_EQUAL -> {
			if (condition.isWarnAbove() || condition.getWarnLevel() <= condition.getThreshold()) {
				error("A lower limit '" + limit + "' warns when results come down close to it: write 'warn below' with a level "
						+ "above " + threshold + ", e.g. 'warn below " + example(condition, true) + "'.", condition,
						CONDITION__WARN_LEVEL, IssueCodes.WARN_LEVEL_INCONSISTENT);
			}
		}
		case LESS, LESS_OR_EQUAL -> {
			if (!condition.isWarnAbove() || condition.getWarnLevel() >= condition.getThreshold()) {
				error("An upper limit '" + limit + "' warns when results come up close to it: write 'warn above' with a level "
						+ "below " + threshold + ", e.g. 'warn above " + example(condition, false) + "'.", condition,
						CONDITION__WARN_LEVEL, IssueCodes.WARN_LEVEL_INCONSISTENT);
			}
		}
		}
	}

	/** A level a little inside the passing side of the threshold, for the fix-it text. */
	private static String example(Condition condition, boolean above) {
		double threshold = condition.getThreshold();
		double step = Math.max(Math.abs(threshold) * 0.02, 0.01);
		return AssayValueConverters.toDecimal(Math.round((above ? threshold + step : threshold - step) * 1000) / 1000.0);
	}

	@Check
	public void checkThresholdInRange(Condition condition) {
		EObject owner = condition.eContainer();
		Metric metric = null;
		boolean change = false;
		if (owner instanceof QualityGate gate) {
			metric = gate.getMetric();
		} else if (owner instanceof AcceptanceCriterion criterion) {
			metric = criterion.getMetric();
			change = criterion.isRelative();
		} else if (owner instanceof MetricPattern pattern) {
			metric = pattern.getMetric();
			change = pattern instanceof BaselineComparisonTest;
		}
		if (!isResolved(metric)) {
			return;
		}
		double threshold = condition.getThreshold();
		if (change) {
			if (metric.getMinimum() != null && metric.getMaximum() != null) {
				double span = metric.getMaximum() - metric.getMinimum();
				if (Math.abs(threshold) > span) {
					outOfRange(condition, CONDITION__THRESHOLD, threshold, metric, "a change of '" + metric.getName()
							+ "' lies within ±" + AssayValueConverters.toDecimal(span));
				}
			}
		} else if (!metric.isInRange(threshold)) {
			outOfRange(condition, CONDITION__THRESHOLD, threshold, metric,
					"'" + metric.getName() + "' ranges over " + MetricFacts.rangeText(metric));
		}
	}

	@Check
	public void checkDriftLevelsInRange(DriftCheck check) {
		Metric metric = check.getStatistic();
		if (!isResolved(metric)) {
			return;
		}
		if (!metric.isInRange(check.getWarn())) {
			outOfRange(check, DRIFT_CHECK__WARN, check.getWarn(), metric, "'" + metric.getName() + "' ranges over "
					+ MetricFacts.rangeText(metric));
		}
		if (!metric.isInRange(check.getFail())) {
			outOfRange(check, DRIFT_CHECK__FAIL, check.getFail(), metric, "'" + metric.getName() + "' ranges over "
					+ MetricFacts.rangeText(metric));
		}
		requireSubject(check, DRIFT_CHECK__STATISTIC, metric, Subject.DATA, "a drift check watches the live input data");
	}

	@Check
	public void checkGateMetric(QualityGate gate) {
		requireSubject(gate, QUALITY_GATE__METRIC, gate.getMetric(), Subject.DATA,
				"a preparation gate checks the data before training");
	}

	@Check
	public void checkPatternMetric(MetricPattern pattern) {
		Subject subject = MetricFacts.subjectOf(pattern);
		requireSubject(pattern, METRIC_PATTERN__METRIC, pattern.getMetric(), subject,
				MetricFacts.describe(pattern) + " evaluates the " + (subject == Subject.DATA ? "data" : "trained model"));
	}

	@Check
	public void checkCriterionMetric(AcceptanceCriterion criterion) {
		if (criterion.getPerturbation() != null || criterion.getBaseline() != null || criterion.isRelative()) {
			requireSubject(criterion, ACCEPTANCE_CRITERION__METRIC, criterion.getMetric(), Subject.MODEL,
					"perturbations and baselines are applied to a model");
		}
		checkGrouping(criterion, criterion.getMetric(), criterion.getGroupedBy(), ACCEPTANCE_CRITERION__GROUPED_BY,
				ACCEPTANCE_CRITERION__METRIC);
	}

	@Check
	public void checkFairnessTest(FairnessTest test) {
		checkGrouping(test, test.getMetric(), test.getGroupedBy(), FAIRNESS_TEST__GROUPED_BY, METRIC_PATTERN__METRIC);
	}

	private void checkGrouping(EObject owner, Metric metric, Feature grouping, EStructuralFeature groupingFeature,
			EStructuralFeature metricFeature) {
		boolean fairness = isResolved(metric) && metric.getKind() == MetricKind.FAIRNESS;
		if (fairness && grouping == null) {
			error("Fairness metric '" + metric.getName() + "' compares groups, so it needs a protected feature to group "
					+ "by: add 'by <feature>', for example 'by gender'.", owner, metricFeature,
					IssueCodes.FAIRNESS_METRIC_WITHOUT_GROUPING);
		}
		if (grouping != null && isResolved(metric) && !fairness) {
			error("'by " + (isResolved(grouping) ? grouping.getName() : "…") + "' groups a fairness metric, but '"
					+ metric.getName() + "' is a " + metric.getKind().getLiteral() + " metric. Use a fairness metric such as "
					+ "demographic_parity_difference, or remove 'by'.", owner, metricFeature,
					IssueCodes.GROUPING_WITHOUT_FAIRNESS_METRIC);
		}
		if (!isResolved(grouping)) {
			return;
		}
		if (!(grouping.getType() instanceof CategoricalType)) {
			error("Cannot group by '" + grouping.getName() + "': it is " + PipelineValidator.typeName(grouping)
					+ ", and groups need categories. Group by a categorical feature, or add a categorical bucket feature.",
					owner, groupingFeature, IssueCodes.FAIRNESS_GROUPING_NOT_CATEGORICAL);
		} else if (!grouping.isProtected()) {
			error("Feature '" + grouping.getName() + "' is not declared protected. Fairness is assessed over protected "
					+ "attributes only: mark it 'protected' in its dataset if it is one.", owner, groupingFeature,
					IssueCodes.FAIRNESS_GROUPING_NOT_PROTECTED, grouping.getName());
		}
	}

	private void requireSubject(EObject owner, EStructuralFeature feature, Metric metric, Subject subject, String why) {
		if (!isResolved(metric) || metric.isApplicableTo(subject)
				|| (subject == Subject.MODEL && metric.isApplicableTo(Subject.SYSTEM))) {
			return;
		}
		error("Metric '" + metric.getName() + "' applies to " + MetricFacts.subjectsText(metric) + ", not to "
				+ (subject == Subject.DATA ? "data" : "a model") + ": " + why + ". Choose a metric that applies to "
				+ (subject == Subject.DATA ? "data (for example completeness)" : "models (for example accuracy)") + ".",
				owner, feature, IssueCodes.METRIC_NOT_APPLICABLE);
	}

	private void outOfRange(EObject owner, EStructuralFeature feature, double value, Metric metric, String range) {
		error("Threshold " + AssayValueConverters.toDecimal(value) + " is outside the possible values: " + range
				+ ", so this condition is decided before anything is measured. Use a threshold within that range.", owner,
				feature, IssueCodes.THRESHOLD_OUT_OF_RANGE, metric.getMinimum() == null ? "" : metric.getMinimum().toString(),
				metric.getMaximum() == null ? "" : metric.getMaximum().toString());
	}
}
