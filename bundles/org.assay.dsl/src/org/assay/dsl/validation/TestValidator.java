package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.util.List;
import java.util.Set;

import org.assay.model.AcceptanceCriterion;
import org.assay.model.DataQualityTest;
import org.assay.model.Dataset;
import org.assay.model.MetricKind;
import org.assay.model.MetricPattern;
import org.assay.model.QualityAttribute;
import org.assay.model.Requirement;
import org.assay.model.TestCase;
import org.assay.model.TestPattern;
import org.eclipse.xtext.validation.Check;

/** Tests measure what the requirements they verify are about, and have what they need to decide a verdict. */
public class TestValidator extends AssayCheckBase {

	@Check
	public void checkPatternMeasuresAttributes(TestCase test) {
		TestPattern pattern = test.getPattern();
		if (pattern == null) {
			return;
		}
		Set<MetricKind> measured = MetricFacts.kindsMeasuredBy(pattern);
		List<Requirement> verified = test.getVerifies();
		for (int i = 0; i < verified.size(); i++) {
			Requirement requirement = verified.get(i);
			if (!isResolved(requirement) || !isResolved(requirement.getRefines())) {
				continue;
			}
			QualityAttribute attribute = requirement.getRefines();
			Set<MetricKind> needed = MetricFacts.kindsOf(attribute);
			if (!needed.isEmpty() && needed.stream().noneMatch(measured::contains)) {
				error("Test '" + test.getName() + "' is " + MetricFacts.describe(pattern) + ", which measures "
						+ MetricFacts.kindsText(measured) + ", but requirement " + requirement.getName() + " refines "
						+ attribute.getName() + ", which is measured by " + MetricFacts.kindsText(needed) + " metrics. "
						+ "Verify " + requirement.getName() + " with a test of a matching pattern, or remove it from 'verifies'.",
						test, TEST_CASE__VERIFIES, i, IssueCodes.PATTERN_CANNOT_MEASURE_ATTRIBUTE);
			}
		}
	}

	@Check
	public void checkMetricAndThreshold(MetricPattern pattern) {
		if (pattern instanceof DataQualityTest data && data.getConstraint() != null) {
			return; // a column constraint has its statistic and bound
		}
		TestCase test = (TestCase) pattern.eContainer();
		List<AcceptanceCriterion> criteria = test.getVerifies().stream().filter(AssayCheckBase::isResolved)
				.flatMap(r -> r.getCriteria().stream()).toList();
		if (pattern.getMetric() == null && criteria.isEmpty()) {
			error("Test '" + test.getName() + "' names no metric, and no requirement it verifies has an acceptance "
					+ "criterion to take it from. Name the metric, for example 'threshold accuracy on Applicants.test'.",
					test, NAMED_ELEMENT__NAME, IssueCodes.TEST_WITHOUT_METRIC);
			return;
		}
		if (pattern.getCondition() == null && criteria.stream().noneMatch(c -> pattern.getMetric() == null
				|| c.getMetric() == pattern.getMetric())) {
			error("Test '" + test.getName() + "' has no threshold, and no requirement it verifies has a criterion on '"
					+ (isResolved(pattern.getMetric()) ? pattern.getMetric().getName() : "this metric")
					+ "' to take it from. Add a condition, for example '>= 0.9'.", test, NAMED_ELEMENT__NAME,
					IssueCodes.TEST_WITHOUT_THRESHOLD);
		}
	}

	@Check
	public void checkVerifiesSomething(TestCase test) {
		if (test.getVerifies().isEmpty() && !(test.eContainer() instanceof Dataset)) { // a dataset's check is traced to it
			warning("Test '" + test.getName() + "' verifies no requirement, so its verdict is traced to nothing. Add "
					+ "'verifies <requirement>'.", test, NAMED_ELEMENT__NAME, IssueCodes.TEST_VERIFIES_NOTHING);
		}
	}

	@Check
	public void checkRepetition(TestCase test) {
		if (test.eIsSet(TEST_CASE__REPEATS) && test.getRepeats() < 1) {
			error("'repeat' must be at least 1 (it is " + test.getRepeats() + "): a test runs at least once, and a "
					+ "randomized test needs several runs for a confidence interval. Write 'repeat 1' or more.", test, TEST_CASE__REPEATS,
					IssueCodes.REPEATS_INVALID);
		}
		Double confidence = test.getConfidence();
		if (confidence != null && (confidence <= 0 || confidence >= 1)) {
			error("A confidence level lies strictly between 0 and 100 %; use for example 'confidence 95 %'.", test,
					TEST_CASE__CONFIDENCE, IssueCodes.CONFIDENCE_OUT_OF_RANGE);
		}
	}
}
