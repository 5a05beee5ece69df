package org.assay.dsl.validation;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.dsl.conversion.AssayValueConverters;
import org.assay.model.AdversarialTest;
import org.assay.model.BaselineComparisonTest;
import org.assay.model.DataQualityTest;
import org.assay.model.DirectionalTest;
import org.assay.model.DriftTest;
import org.assay.model.FairnessTest;
import org.assay.model.InvarianceTest;
import org.assay.model.Metric;
import org.assay.model.MetricKind;
import org.assay.model.NoiseRobustnessTest;
import org.assay.model.QualityAttribute;
import org.assay.model.SliceTest;
import org.assay.model.Subject;
import org.assay.model.TestPattern;
import org.assay.model.ThresholdTest;

/**
 * What metrics and test patterns can measure: shared by validation and content assist.
 */
public final class MetricFacts {

	private MetricFacts() {
	}

	/** What a test pattern evaluates: the data or the (trained) model. */
	public static Subject subjectOf(TestPattern pattern) {
		return pattern instanceof DataQualityTest || pattern instanceof DriftTest ? Subject.DATA : Subject.MODEL;
	}

	/** The kinds of metric a test pattern produces evidence for. */
	public static Set<MetricKind> kindsMeasuredBy(TestPattern pattern) {
		if (pattern instanceof ThresholdTest || pattern instanceof SliceTest || pattern instanceof BaselineComparisonTest) {
			return EnumSet.of(MetricKind.PERFORMANCE, MetricKind.CALIBRATION);
		}
		if (pattern instanceof FairnessTest) {
			return EnumSet.of(MetricKind.FAIRNESS);
		}
		if (pattern instanceof NoiseRobustnessTest || pattern instanceof AdversarialTest) {
			return EnumSet.of(MetricKind.ROBUSTNESS);
		}
		if (pattern instanceof InvarianceTest) {
			return EnumSet.of(MetricKind.ROBUSTNESS, MetricKind.FAIRNESS);
		}
		if (pattern instanceof DirectionalTest) {
			return EnumSet.of(MetricKind.ROBUSTNESS, MetricKind.PERFORMANCE);
		}
		if (pattern instanceof DataQualityTest) {
			return EnumSet.of(MetricKind.DATA_QUALITY);
		}
		if (pattern instanceof DriftTest) {
			return EnumSet.of(MetricKind.DRIFT);
		}
		return EnumSet.noneOf(MetricKind.class);
	}

	/** The kinds of the metrics that measure an attribute (and its sub-attributes). */
	public static Set<MetricKind> kindsOf(QualityAttribute attribute) {
		Set<MetricKind> kinds = EnumSet.noneOf(MetricKind.class);
		for (Metric metric : attribute.allMetrics()) {
			if (!metric.eIsProxy()) {
				kinds.add(metric.getKind());
			}
		}
		return kinds;
	}

	/** A pattern's name as a safety engineer reads it, e.g. "a fairness test". */
	public static String describe(TestPattern pattern) {
		String name = pattern.eClass().getName().replace("Test", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
		return (name.matches("^[aeiou].*") ? "an " : "a ") + name + " test";
	}

	/** "[0, 1]", "[0, ∞)" … */
	public static String rangeText(Metric metric) {
		return (metric.getMinimum() == null ? "(-∞" : "[" + AssayValueConverters.toDecimal(metric.getMinimum())) + ", "
				+ (metric.getMaximum() == null ? "∞)" : AssayValueConverters.toDecimal(metric.getMaximum()) + "]");
	}

	/** "data", "model or system" … */
	public static String subjectsText(Metric metric) {
		return metric.getAppliesTo().stream().map(s -> s.getLiteral()).collect(Collectors.joining(" or "));
	}

	/** "performance", "data-quality" … */
	public static String kindsText(Set<MetricKind> kinds) {
		return kinds.stream().map(MetricKind::getLiteral).collect(Collectors.joining(" or "));
	}
}
