package org.assay.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assay.dsl.semantics.ConstraintSemantics;
import org.assay.model.AcceptanceCriterion;
import org.assay.model.DataQualityTest;
import org.assay.model.MetricPattern;
import org.assay.model.QualityAttribute;
import org.assay.model.Requirement;
import org.assay.model.TestCase;
import org.assay.trace.TraceNode.Kind;

/**
 * What the evidence does not cover yet.
 *
 * @param unverifiedRequirements requirements no test verifies
 * @param unmeasuredAttributes quality attributes that requirements refine but no test measures with one of their metrics
 * @param unmitigatedHazards hazards no requirement mitigates
 * @param testsWithoutCurrentResult tests whose last result is missing, stale (its inputs changed since) or
 *            suspect (older than a change of a requirement it verifies)
 * @param requirements how many requirements there are
 * @param passingRequirements how many of them all their tests show met now (PASS or WARN)
 */
public record Coverage(List<TraceNode> unverifiedRequirements, List<TraceNode> unmeasuredAttributes,
		List<TraceNode> unmitigatedHazards, List<TraceNode> testsWithoutCurrentResult, int requirements, int passingRequirements) {

	/**
	 * Computes the coverage of a graph; {@code tests} are the model's test cases, whose metrics (the pattern's, else
	 * those of the criteria of the requirements they verify) decide which attributes are measured.
	 */
	public static Coverage of(TraceGraph graph, List<TestCase> tests) {
		List<TraceNode> unverified = new ArrayList<>();
		int passing = 0;
		for (TraceNode requirement : graph.nodes(Kind.REQUIREMENT)) {
			if (Status.UNVERIFIED.equals(requirement.status())) {
				unverified.add(requirement);
			} else if (Status.isGood(requirement.status())) {
				passing++;
			}
		}
		Set<String> measured = new HashSet<>();
		for (TestCase test : tests) {
			String metric = measuredMetric(test);
			if (metric != null) {
				measured.add(metric);
			} else {
				for (Requirement requirement : test.getVerifies()) {
					for (AcceptanceCriterion criterion : requirement.getCriteria()) {
						String name = criterion.getConstraint() != null ? ConstraintSemantics.metricName(criterion.getConstraint())
								: criterion.getMetric() == null ? null : criterion.getMetric().getName();
						if (name != null) {
							measured.add(name);
						}
					}
				}
			}
		}
		List<TraceNode> unmeasured = new ArrayList<>();
		for (TraceNode attribute : graph.nodes(Kind.ATTRIBUTE)) {
			QualityAttribute model = attributeOf(attribute, tests);
			if (model == null || model.allMetrics().stream().noneMatch(m -> measured.contains(m.getName()))) {
				unmeasured.add(attribute);
			}
		}
		List<TraceNode> unmitigated = graph.nodes(Kind.HAZARD).stream()
				.filter(h -> graph.incoming(h.id()).stream().noneMatch(e -> e.kind() == TraceEdge.Kind.MITIGATES)).toList();
		List<TraceNode> withoutResult = graph.nodes(Kind.TEST).stream()
				.filter(t -> Status.MISSING.equals(t.status()) || Status.STALE.equals(t.status())
						|| Status.SUSPECT.equals(t.status())).toList();
		return new Coverage(unverified, unmeasured, unmitigated, withoutResult, graph.nodes(Kind.REQUIREMENT).size(), passing);
	}

	/**
	 * The name of the catalogue metric a test measures: its pattern's, or its column constraint's (a dataset's check, a
	 * suite's {@code data} test: the statistic, {@code satisfaction} or {@code row_count}); null when it names none.
	 */
	private static String measuredMetric(TestCase test) {
		if (!(test.getPattern() instanceof MetricPattern pattern)) {
			return null;
		}
		if (pattern instanceof DataQualityTest data && data.getConstraint() != null) {
			return ConstraintSemantics.metricName(data.getConstraint());
		}
		return pattern.getMetric() == null ? null : pattern.getMetric().getName();
	}

	/**
	 * The catalogue attribute behind an attribute node, found through a tested requirement that refines it (none: no
	 * test can measure it).
	 */
	private static QualityAttribute attributeOf(TraceNode attribute, List<TestCase> tests) {
		for (TestCase test : tests) {
			for (Requirement requirement : test.getVerifies()) {
				QualityAttribute refined = requirement.getRefines();
				if (refined != null && attribute.name().equals(org.assay.dsl.ElementNames.qualified(refined))) {
					return refined;
				}
			}
		}
		return null;
	}

	/** Share of requirements shown met now, 0..1 (NaN without requirements). */
	public double passingShare() {
		return requirements == 0 ? Double.NaN : (double) passingRequirements / requirements;
	}
}
