package org.assay.dsl.ide.contentassist;

import java.util.EnumSet;
import java.util.Set;

import org.assay.dsl.semantics.StatisticFacts;
import org.assay.dsl.validation.MetricFacts;
import org.assay.model.AssayPackage;
import org.assay.model.Metric;
import org.assay.model.MetricKind;
import org.assay.model.Requirement;
import org.assay.model.Subject;
import org.assay.model.TestPattern;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.common.base.Predicate;
import com.google.common.base.Predicates;

/**
 * Content assist: keywords and references as usual, with metric proposals restricted to the metrics valid where the
 * cursor is — data metrics in preparation gates and data tests, drift statistics in drift checks, fairness metrics
 * in fairness tests, model metrics in model tests, and in acceptance criteria the metrics of the refined attribute.
 * Feature and category names come from the dataset in context (scoping).
 */
public class AssayContentProposalProvider extends IdeContentProposalProvider {

	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		Predicate<IEObjectDescription> base = super.getCrossrefFilter(reference, context);
		EReference eReference = GrammarUtil.getReference(reference);
		if (eReference == null || eReference.getEReferenceType() != AssayPackage.Literals.METRIC) {
			return base;
		}
		MetricFilter filter = metricFilter(GrammarUtil.containingRule(reference).getType().getClassifier(),
				context.getCurrentModel());
		if (filter == null) {
			return base;
		}
		EObject contextObject = context.getCurrentModel();
		return Predicates.and(base, description -> {
			EObject candidate = EcoreUtil.resolve(description.getEObjectOrProxy(), contextObject);
			return candidate instanceof Metric metric && !metric.eIsProxy() && filter.accepts(metric);
		});
	}

	/**
	 * Which metrics fit at the cursor, decided by the grammar rule that holds the metric reference (the model element
	 * may not exist yet while it is being typed); null when any metric does.
	 */
	static MetricFilter metricFilter(EClassifier ruleType, EObject current) {
		if (ruleType == AssayPackage.Literals.STATISTIC_CONSTRAINT) {
			return new MetricFilter(Subject.DATA, null, null, Boolean.TRUE);
		}
		if (ruleType == AssayPackage.Literals.QUALITY_GATE) {
			return new MetricFilter(Subject.DATA, EnumSet.of(MetricKind.DATA_QUALITY), null, Boolean.FALSE);
		}
		if (ruleType == AssayPackage.Literals.DRIFT_CHECK) {
			return new MetricFilter(Subject.DATA, EnumSet.of(MetricKind.DRIFT), null, null);
		}
		if (ruleType instanceof EClass eClass && AssayPackage.Literals.TEST_PATTERN.isSuperTypeOf(eClass)
				&& !eClass.isAbstract()) {
			TestPattern pattern = (TestPattern) EcoreUtil.create(eClass);
			return new MetricFilter(MetricFacts.subjectOf(pattern), kindsOfPattern(pattern), null, Boolean.FALSE);
		}
		if (ruleType == AssayPackage.Literals.ACCEPTANCE_CRITERION) {
			Requirement requirement = EcoreUtil2.getContainerOfType(current, Requirement.class);
			if (requirement != null && requirement.getRefines() != null && !requirement.getRefines().eIsProxy()
					&& !requirement.getRefines().allMetrics().isEmpty()) {
				return new MetricFilter(null, null, Set.copyOf(requirement.getRefines().allMetrics()), Boolean.FALSE);
			}
		}
		return null;
	}

	private static Set<MetricKind> kindsOfPattern(TestPattern pattern) {
		Set<MetricKind> kinds = EnumSet.copyOf(MetricFacts.kindsMeasuredBy(pattern));
		if (kinds.contains(MetricKind.ROBUSTNESS)) {
			kinds.add(MetricKind.PERFORMANCE); // accuracy under noise is evidence of robustness
		}
		return kinds;
	}

	/**
	 * Metrics for a subject and kind, or exactly the listed metrics; {@code columnStatistic} TRUE keeps only the
	 * statistics a column constraint measures ('mean of …'), FALSE leaves out those that exist only there.
	 */
	record MetricFilter(Subject subject, Set<MetricKind> kinds, Set<Metric> only, Boolean columnStatistic) {
		boolean accepts(Metric metric) {
			if (columnStatistic != null && !fitsColumnUse(metric.getName())) {
				return false;
			}
			if (only != null) {
				return only.contains(metric);
			}
			boolean subjectFits = subject == null || metric.isApplicableTo(subject)
					|| subject == Subject.MODEL && metric.isApplicableTo(Subject.SYSTEM);
			return subjectFits && (kinds == null || kinds.isEmpty() || kinds.contains(metric.getKind()));
		}

		private boolean fitsColumnUse(String name) {
			return columnStatistic ? StatisticFacts.STATISTICS.containsKey(name)
					: !StatisticFacts.isColumnMetric(name) || StatisticFacts.isAlsoDatasetMetric(name);
		}
	}
}
