package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.NAMED_ELEMENT__NAME;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.assay.model.AcceptanceCriterion;
import org.assay.model.AdversarialTest;
import org.assay.model.AssayModel;
import org.assay.model.AssayPackage;
import org.assay.model.Dataset;
import org.assay.model.FairnessTest;
import org.assay.model.Feature;
import org.assay.model.Hazard;
import org.assay.model.InvarianceTest;
import org.assay.model.Monitor;
import org.assay.model.NoiseRobustnessTest;
import org.assay.model.Project;
import org.assay.model.Requirement;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The EU AI Act profile (docs/annex-iv.md): what the models must say for the technical documentation of Annex IV and
 * the instructions for use of Art. 13(3), and do not. One list of {@link Gap}s serves both the warnings of
 * {@code assay validate --profile ai-act} ({@link org.assay.dsl.headless.AiActIssues}) and the gap list of {@code assay export annex-iv}.
 * Default validation does not run it: a model without a provider is complete for testing, not for the regulation.
 */
public final class AiActProfile {

	/**
	 * A model element the regulation needs and the models lack.
	 *
	 * @param code the issue code ({@link IssueCodes}), with its help line in {@link IssueHelp}
	 * @param point the Annex IV points (and articles) it leaves unfilled, e.g. {@code 1(a)}
	 * @param element the model element to add, as it is written
	 * @param message what is missing and how to add it, in Assay's words
	 * @param object where the warning is shown (the project, dataset, feature or hazard); null: the models' first file
	 * @param feature the part of {@code object} that is marked, or null for the whole element
	 */
	public record Gap(String code, String point, String element, String message, EObject object,
			EStructuralFeature feature) {
	}

	private AiActProfile() {
	}

	/** The gaps of a project's models (catalogues are not the project's and are skipped), in a fixed order. */
	public static List<Gap> gaps(Collection<AssayModel> models) {
		List<Gap> gaps = new ArrayList<>();
		List<Project> projects = elements(models, Project.class);
		Project project = projects.isEmpty() ? null : projects.get(0);
		if (project == null) {
			gaps.add(new Gap(IssueCodes.AI_ACT_PROJECT_MISSING, "1(a)", "project NAME \"title\" { purpose \"…\" … }",
					"The models declare no project: the EU AI Act's technical documentation describes one AI system. Add "
							+ "'project NAME \"title\" { purpose \"…\" context \"…\" provider \"…\" }' to one .assay file.",
					null, null));
		} else {
			projectGaps(project, gaps);
		}
		EObject anchor = project;
		if (elements(models, Hazard.class).isEmpty()) {
			gaps.add(new Gap(IssueCodes.AI_ACT_HAZARD_MISSING, "5", "hazard NAME \"title\" severity … likelihood …",
					"The models identify no hazard, so the risk management system of Art. 9 (Annex IV 5) has nothing to "
							+ "document: add 'hazard NAME \"title\" severity … likelihood …' and requirements that mitigate it.",
					anchor, anchor == null ? null : NAMED_ELEMENT__NAME));
		}
		List<Hazard> mitigated = elements(models, Requirement.class).stream().flatMap(r -> r.getMitigates().stream()).toList();
		for (Hazard hazard : elements(models, Hazard.class)) {
			if (!mitigated.contains(hazard)) {
				gaps.add(new Gap(IssueCodes.AI_ACT_HAZARD_UNMITIGATED, "5", "mitigates " + hazard.getName(),
						"Hazard '" + hazard.getName() + "' is not mitigated by any requirement (Art. 9(2)(d), Annex IV 5): "
								+ "add 'mitigates " + hazard.getName() + "' to the requirements that reduce it.",
						hazard, NAMED_ELEMENT__NAME));
			}
		}
		if (elements(models, Monitor.class).isEmpty()) {
			gaps.add(new Gap(IssueCodes.AI_ACT_MONITOR_MISSING, "9", "monitor NAME watches PIPELINE { … }",
					"No monitor watches the system in operation (logging of Art. 12, post-market monitoring of Art. 72, "
							+ "Annex IV 9): add 'monitor NAME watches PIPELINE { drift … warn … fail … on fail alert }'.",
					anchor, anchor == null ? null : NAMED_ELEMENT__NAME));
		}
		datasetGaps(models, gaps);
		testGaps(models, anchor, gaps);
		return gaps;
	}

	private static void projectGaps(Project project, List<Gap> gaps) {
		String name = project.getName();
		if (blank(project.getPurpose())) {
			gaps.add(new Gap(IssueCodes.PROJECT_WITHOUT_PURPOSE, "1(a)", "purpose \"…\"", "Project '" + name
					+ "' states no intended purpose (Annex IV 1(a)): add 'purpose \"…\"' inside its braces.", project,
					NAMED_ELEMENT__NAME));
		}
		if (blank(project.getContext())) {
			gaps.add(new Gap(IssueCodes.PROJECT_WITHOUT_CONTEXT, "1(b), 3", "context \"…\"", "Project '" + name
					+ "' states no operating context: add 'context \"…\"' after its purpose.", project, NAMED_ELEMENT__NAME));
		}
		missing(project, project.getProvider(), IssueCodes.AI_ACT_PROVIDER_MISSING, "1(a), Art. 13(3)(a)",
				"provider \"…\"", "names no provider of the AI system (Annex IV 1(a); the instructions for use start with "
						+ "the provider's identity and contact details, Art. 13(3)(a)): add 'provider \"name, address, "
						+ "contact\"' after its purpose, context and assumptions.", gaps);
		missing(project, project.getVersion(), IssueCodes.AI_ACT_VERSION_MISSING, "1(a)", "version \"…\"",
				"states no version of the AI system (Annex IV 1(a): the version and its relation to previous versions): "
						+ "add 'version \"…\"' after its provider.", gaps);
		missing(project, project.getUsers(), IssueCodes.AI_ACT_USERS_MISSING, "2(b), Art. 13(3)(b)", "users \"…\"",
				"names no intended deployers and users, nor the persons it is used on (Annex IV 2(b)): add "
						+ "'users \"…\"' after its version.", gaps);
		if (project.getOversight().isEmpty()) {
			gaps.add(new Gap(IssueCodes.AI_ACT_OVERSIGHT_MISSING, "2(e), 3, Art. 13(3)(d)", "oversight NAME \"…\"",
					"Project '" + name + "' states no human oversight measure (Art. 14; Annex IV 2(e) and 3): add "
							+ "'oversight NAME \"who can check, overrule or stop the output, and how\"'.",
					project, NAMED_ELEMENT__NAME));
		}
		if (project.getLimitations().isEmpty()) {
			gaps.add(new Gap(IssueCodes.AI_ACT_LIMITATIONS_MISSING, "3, Art. 13(3)(b)(iii)", "limitation NAME \"…\"",
					"Project '" + name + "' states no known limitation (Annex IV 3; Art. 13(3)(b)(iii)): add "
							+ "'limitation NAME \"where the system is known not to work well\"'.",
					project, NAMED_ELEMENT__NAME));
		}
		missing(project, project.getPostMarket(), IssueCodes.AI_ACT_POST_MARKET_MISSING, "9", "post-market \"…\"",
				"has no post-market monitoring plan (Art. 72(3), Annex IV 9): add 'post-market \"what is collected "
						+ "after release, how often, and who acts on it\"' as its last line (before 'engine').", gaps);
	}

	private static void missing(Project project, String value, String code, String point, String element, String what,
			List<Gap> gaps) {
		if (blank(value)) {
			gaps.add(new Gap(code, point, element, "Project '" + project.getName() + "' " + what, project,
					NAMED_ELEMENT__NAME));
		}
	}

	private static void datasetGaps(Collection<AssayModel> models, List<Gap> gaps) {
		for (Dataset dataset : elements(models, Dataset.class)) {
			if (blank(dataset.getDescription())) {
				gaps.add(new Gap(IssueCodes.AI_ACT_DATASET_UNDOCUMENTED, "2(d)", "doc \"…\" in dataset " + dataset.getName(),
						"Dataset '" + dataset.getName() + "' does not describe its provenance, scope and collection (the "
								+ "datasheet of Annex IV 2(d)): add 'doc \"where the data comes from, when and how it was "
								+ "collected and labelled\"'.",
						dataset, NAMED_ELEMENT__NAME));
			}
			if (dataset.getSource() != null && !dataset.getSource().isPartitioned() && blank(dataset.getSource().getSha256())) {
				gaps.add(new Gap(IssueCodes.AI_ACT_DATASET_UNHASHED, "2(d)", "sha256 \"…\" on the source of " + dataset.getName(),
						"The source of dataset '" + dataset.getName() + "' records no SHA-256, so the documentation cannot "
								+ "name the exact data (Annex IV 2(d)): add 'sha256 \"…\"' after its path (the hash the "
								+ "run's lineage records).",
						dataset.getSource(), AssayPackage.Literals.DATA_SOURCE__PATH));
			}
		}
	}

	private static void testGaps(Collection<AssayModel> models, EObject anchor, List<Gap> gaps) {
		List<Feature> grouped = new ArrayList<>();
		boolean robustness = false;
		for (TestSuite suite : elements(models, TestSuite.class)) {
			for (TestCase test : suite.getTests()) {
				if (test.getPattern() instanceof FairnessTest fairness) {
					grouped.add(fairness.getGroupedBy());
				}
				robustness |= test.getPattern() instanceof NoiseRobustnessTest || test.getPattern() instanceof AdversarialTest
						|| test.getPattern() instanceof InvarianceTest;
			}
		}
		for (Requirement requirement : elements(models, Requirement.class)) {
			for (AcceptanceCriterion criterion : requirement.getCriteria()) {
				if (criterion.getGroupedBy() != null) {
					grouped.add(criterion.getGroupedBy());
				}
			}
		}
		for (Dataset dataset : elements(models, Dataset.class)) {
			for (Feature feature : dataset.getFeatures()) {
				if (feature.isProtected() && !grouped.contains(feature)) {
					gaps.add(new Gap(IssueCodes.AI_ACT_PROTECTED_UNTESTED, "2(g)", "fairness METRIC by " + feature.getName(),
							"Protected feature '" + feature.getName() + "' of dataset '" + dataset.getName() + "' is not "
									+ "examined for discriminatory impacts (Annex IV 2(g)): add a test 'fairness METRIC by "
									+ feature.getName() + "' or a criterion 'accept METRIC by " + feature.getName() + " …'.",
							feature, NAMED_ELEMENT__NAME));
				}
			}
		}
		if (!robustness && !elements(models, TestSuite.class).isEmpty()) {
			gaps.add(new Gap(IssueCodes.AI_ACT_ROBUSTNESS_UNTESTED, "2(g), Art. 15", "robustness … test",
					"No test measures robustness (Art. 15 accuracy, robustness and cybersecurity; Annex IV 2(g)): add a "
							+ "'robustness', 'adversarial' or 'invariance' test to a suite.",
					anchor, anchor == null ? null : NAMED_ELEMENT__NAME));
		}
	}

	/** The elements of a type in the models, catalogues' excluded, in model and declaration order. */
	static <T extends EObject> List<T> elements(Collection<AssayModel> models, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (AssayModel model : models) {
			for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
				EObject object = it.next();
				if (object instanceof org.assay.model.Catalogue) {
					it.prune();
				} else if (type.isInstance(object)) {
					found.add(type.cast(object));
				}
			}
		}
		return found;
	}

	/** The resource a gap is shown in: its element's, else the first of the models'. */
	public static Resource resourceOf(Gap gap, Collection<AssayModel> models) {
		if (gap.object() != null && gap.object().eResource() != null) {
			return gap.object().eResource();
		}
		return models.stream().map(EObject::eResource).filter(r -> r != null).findFirst().orElse(null);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
