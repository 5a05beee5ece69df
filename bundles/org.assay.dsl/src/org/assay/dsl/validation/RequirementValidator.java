package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.dsl.index.AssayResourceDescriptionStrategy;
import org.assay.dsl.index.ReverseReferenceIndex;
import org.assay.dsl.semantics.ConstraintSemantics;
import org.assay.model.AcceptanceCriterion;
import org.assay.model.Hazard;
import org.assay.model.Metric;
import org.assay.model.QualityAttribute;
import org.assay.model.Requirement;
import org.assay.model.Severity;
import org.assay.model.TestCase;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * Requirements are measurable (a refined attribute and acceptance criteria), verified by tests, and hazards are
 * mitigated by requirements — across all files of the workspace.
 */
public class RequirementValidator extends AssayCheckBase {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private ReverseReferenceIndex reverseIndex;

	@Inject
	private IResourceScopeCache cache;

	@Check
	public void checkMeasurable(Requirement requirement) {
		// a requirement imported from a requirements tool starts as prose: criteria and attribute are added in Assay,
		// so their absence is a warning there (docs/reqif.md), an error for a requirement written in Assay
		boolean imported = requirement.getOrigin() != null;
		if (requirement.getCriteria().isEmpty()) {
			String message = "Requirement '" + requirement.getName() + "' has no acceptance criterion, so no test can show "
					+ "that it is met. Add one, for example 'accept accuracy >= 0.9 on Applicants.test'.";
			if (imported) {
				warning(message + " (It was imported from ReqIF; a re-import keeps what you add.)", requirement,
						NAMED_ELEMENT__NAME, IssueCodes.REQUIREMENT_WITHOUT_CRITERION);
			} else {
				error(message, requirement, NAMED_ELEMENT__NAME, IssueCodes.REQUIREMENT_WITHOUT_CRITERION);
			}
		}
		if (requirement.getRefines() == null) {
			String message = "Requirement '" + requirement.getName() + "' refines no quality attribute. Name the attribute it "
					+ "makes measurable, for example 'refines FunctionalCorrectness' (import assay.iso25059.*).";
			if (imported) {
				warning(message + " (It was imported from ReqIF; a re-import keeps what you add.)", requirement,
						NAMED_ELEMENT__NAME, IssueCodes.REQUIREMENT_WITHOUT_ATTRIBUTE);
			} else {
				error(message, requirement, NAMED_ELEMENT__NAME, IssueCodes.REQUIREMENT_WITHOUT_ATTRIBUTE);
			}
		}
	}

	@Check
	public void checkCriterionMeasuresAttribute(AcceptanceCriterion criterion) {
		Requirement requirement = (Requirement) criterion.eContainer();
		QualityAttribute attribute = requirement.getRefines();
		if (criterion.getConstraint() != null) {
			String name = ConstraintSemantics.metricName(criterion.getConstraint());
			if (isResolved(attribute) && name != null && !attribute.allMetrics().isEmpty()
					&& attribute.allMetrics().stream().noneMatch(m -> name.equals(m.getName()))) {
				warning("Statistic '" + name + "' is not a measure of " + attribute.getName() + " (measured by "
						+ attribute.allMetrics().stream().map(Metric::getName).collect(Collectors.joining(", "))
						+ "). Check that the requirement refines the right attribute, or use one of its metrics.", criterion,
						ACCEPTANCE_CRITERION__CONSTRAINT, IssueCodes.CRITERION_METRIC_NOT_OF_ATTRIBUTE);
			}
			return;
		}
		Metric metric = criterion.getMetric();
		if (!isResolved(attribute) || !isResolved(metric) || attribute.allMetrics().isEmpty()
				|| attribute.allMetrics().contains(metric)) {
			return;
		}
		warning("Metric '" + metric.getName() + "' is not a measure of " + attribute.getName() + " (measured by "
				+ attribute.allMetrics().stream().map(Metric::getName).collect(Collectors.joining(", "))
				+ "). Check that the requirement refines the right attribute, or use one of its metrics.", criterion,
				ACCEPTANCE_CRITERION__METRIC, IssueCodes.CRITERION_METRIC_NOT_OF_ATTRIBUTE);
	}

	@Check
	public void checkBaseline(AcceptanceCriterion criterion) {
		if (criterion.isRelative() && criterion.getBaseline() == null) {
			error("'change' compares with a baseline model, but none is named. Add 'versus baseline \"models/<name>\"'.",
					criterion, ACCEPTANCE_CRITERION__RELATIVE, IssueCodes.BASELINE_MISSING);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkVerified(Requirement requirement) {
		if (isReferenced(requirement, TEST_CASE, AssayResourceDescriptionStrategy.VERIFIES, "verifiedHere", TEST_CASE__VERIFIES)) {
			return;
		}
		warning("Requirement '" + requirement.getName() + "' is verified by no test, so there will be no evidence that it "
				+ "is met. Add a test with 'verifies " + requirement.getName() + "' to a suite.", requirement,
				NAMED_ELEMENT__NAME, IssueCodes.REQUIREMENT_NOT_VERIFIED);
	}

	@Check(CheckType.NORMAL)
	public void checkMitigated(Hazard hazard) {
		if (isReferenced(hazard, REQUIREMENT, AssayResourceDescriptionStrategy.MITIGATES, "mitigatedHere",
				REQUIREMENT__MITIGATES)) {
			return;
		}
		String message = "Hazard '" + hazard.getName() + "' (severity " + hazard.getSeverity().getLiteral()
				+ ") is mitigated by no requirement. Add a requirement with 'mitigates " + hazard.getName() + "'.";
		if (hazard.getSeverity() == Severity.CATASTROPHIC) {
			error(message + " Catastrophic hazards must be mitigated.", hazard, NAMED_ELEMENT__NAME,
					IssueCodes.HAZARD_NOT_MITIGATED);
		} else {
			warning(message, hazard, NAMED_ELEMENT__NAME, IssueCodes.HAZARD_NOT_MITIGATED);
		}
	}

	/** Referred to from this file (linked) or from any other file (through the index's recorded names). */
	private boolean isReferenced(EObject target, EClass sourceType, String key, String cacheKey,
			org.eclipse.emf.ecore.EReference reference) {
		Resource resource = target.eResource();
		Set<EObject> local = cache.get(cacheKey, resource, () -> {
			Set<EObject> targets = new HashSet<>();
			for (EObject source : EcoreUtil2.eAllOfType(resource.getContents().get(0), sourceType.getInstanceClass()
					.asSubclass(EObject.class))) {
				@SuppressWarnings("unchecked")
				java.util.List<EObject> referenced = (java.util.List<EObject>) source.eGet(reference);
				targets.addAll(referenced);
			}
			return targets;
		});
		if (local.contains(target)) {
			return true;
		}
		QualifiedName name = names.getFullyQualifiedName(target);
		return name != null && reverseIndex.isReferenced(indexProvider.getResourceDescriptions(resource), sourceType, key, name);
	}

	static boolean verifies(TestCase test, Requirement requirement) {
		return test.getVerifies().contains(requirement);
	}
}
