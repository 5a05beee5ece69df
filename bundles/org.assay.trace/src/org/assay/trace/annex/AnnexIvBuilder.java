package org.assay.trace.annex;

import static org.assay.trace.annex.EntryBuilder.orEmpty;
import static org.assay.trace.annex.EntryBuilder.source;
import static org.assay.trace.annex.EntryBuilder.written;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assay.dsl.ElementNames;
import org.assay.dsl.validation.IssueCodes;
import org.assay.model.AssayModel;
import org.assay.model.Dataset;
import org.assay.model.Hazard;
import org.assay.model.Monitor;
import org.assay.model.Pipeline;
import org.assay.model.Project;
import org.assay.model.Requirement;
import org.assay.model.TestSuite;
import org.assay.runtime.results.Run;
import org.assay.trace.ProjectTrace;
import org.assay.trace.TraceGraphBuilder;
import org.assay.trace.TraceNode;
import org.assay.trace.annex.AnnexDocument.Entry;
import org.assay.trace.annex.AnnexDocument.Section;

/**
 * Builds a project's Annex IV documentation from its models and runs (docs/annex-iv.md): one section per point of
 * Annex IV, each sub-point filled from the model elements that say it, the gaps listed. Deterministic: the only value
 * not derived from the models and runs is the {@code generated} timestamp the caller passes.
 */
public final class AnnexIvBuilder {

	private final ProjectTrace trace;
	private final List<AssayModel> models;
	private final Project project;
	private final GapList gaps;
	private final TestEvidence evidence;

	private AnnexIvBuilder(ProjectTrace trace) {
		this.trace = trace;
		this.models = trace.models();
		this.project = elements(Project.class).stream().findFirst().orElse(null);
		this.gaps = new GapList(models);
		this.evidence = new TestEvidence(trace);
	}

	/** The documentation of a project; {@code generated} is the export's timestamp (ISO 8601). */
	public static AnnexDocument build(ProjectTrace trace, String generated) {
		return new AnnexIvBuilder(trace).document(generated);
	}

	private AnnexDocument document(String generated) {
		outsideGaps();
		if (!evidence.anyResult()) {
			gaps.evidenceMissing(trace.project().toString());
		}
		List<Section> sections = new ArrayList<>();
		sections.add(section("1", "General description of the AI system", general()));
		sections.add(section("2", "Detailed description of the elements of the AI system and of its development", development()));
		sections.add(section("3", "Monitoring, functioning and control of the AI system", functioning()));
		sections.add(section("4", "Appropriateness of the performance metrics", List.of(PointEntries.metrics(models))));
		sections.add(section("5", "Risk management system (Art. 9)", List.of(PointEntries.risks(elements(Hazard.class),
				elements(Requirement.class), trace, gaps))));
		sections.add(section("6", "Relevant changes through the lifecycle", List.of(PointEntries.lifecycle(project, trace.runs()))));
		sections.add(section("7", "Standards and specifications applied", List.of(PointEntries.standards(models, gaps))));
		sections.add(section("8", "EU declaration of conformity (Art. 47)", List.of(new EntryBuilder("8",
				"Copy of the EU declaration of conformity").gaps(gaps, AnnexDocument.OUTSIDE_DECLARATION))));
		sections.add(section("9", "Post-market monitoring (Art. 72) and logging (Art. 12)", List.of(
				PointEntries.postMarket(project, elements(Monitor.class), trace.runs(), gaps))));
		Run last = trace.runs().isEmpty() ? null : trace.runs().get(trace.runs().size() - 1);
		return new AnnexDocument(trace.title(), project == null ? null : ElementNames.qualified(project), generated,
				last == null ? null : last.info().id(), last == null ? null : last.info().started(), sections,
				InstructionsForUse.entries(project, elements(Requirement.class), elements(Hazard.class),
						elements(Dataset.class), elements(Pipeline.class), elements(Monitor.class), evidence, gaps),
				gaps.all());
	}

	private void outsideGaps() {
		gaps.outside(AnnexDocument.OUTSIDE_FORMS, "1(d)", "a description of the forms the system is placed on the market in",
				"Software packages, downloads, APIs or embedded hardware: no Assay element says how the system is distributed.");
		gaps.outside(AnnexDocument.OUTSIDE_HARDWARE, "1(e)", "a description of the hardware the system runs on",
				"Assay records the software versions of each run (1(c)), not the target hardware.");
		gaps.outside(AnnexDocument.OUTSIDE_PRODUCT, "1(f)", "photographs or illustrations of the product, where the "
				+ "system is a component of one", "Product markings and layout are outside the model.");
		gaps.outside(AnnexDocument.OUTSIDE_USER_INTERFACE, "1(g)", "a basic description of the user interface provided "
				+ "to the deployer", "The model describes the ML component, not its user interface.");
		gaps.outside(AnnexDocument.OUTSIDE_COMPUTE, "2(c)", "the computational resources used to develop, train, test "
				+ "and validate the system", "Runs record software versions and seeds, not hardware or compute time.");
		if (DevelopmentEntries.changes(elements(Monitor.class), gaps).isEmpty()) {
			gaps.outside(AnnexDocument.OUTSIDE_CHANGES, "2(f)", "a description of pre-determined changes, or a monitor "
					+ "reaction 'on fail retrain' or 'fallback'", "No monitor reacts by retraining or falling back.");
		}
		gaps.outside(AnnexDocument.OUTSIDE_SECURITY, "2(h)", "the cybersecurity measures (Art. 15(5)) beyond adversarial "
				+ "robustness tests", "Assay tests evasion by adversarial examples; data poisoning, model extraction and "
						+ "access control are outside the model.");
		gaps.outside(AnnexDocument.OUTSIDE_HARMONISED, "7", "the references of harmonised standards applied, as published "
				+ "in the Official Journal", "The catalogues name the quality standards the model uses (listed); "
						+ "whether a standard is harmonised is not recorded in the model.");
		gaps.outside(AnnexDocument.OUTSIDE_DECLARATION, "8", "a copy of the EU declaration of conformity (Art. 47)",
				"The declaration is signed by the provider after the conformity assessment.");
	}

	private List<EntryBuilder> general() {
		List<EntryBuilder> entries = new ArrayList<>();
		EntryBuilder a = new EntryBuilder("1(a)", "Intended purpose, provider, version");
		a.fact("AI system", trace.title(), project);
		if (project != null) {
			a.fact("Intended purpose", project.getPurpose(), project);
			a.fact("Provider", project.getProvider(), project);
			a.fact("Version", project.getVersion(), project);
			a.fact("Description", project.getDescription(), project);
			a.fact("Lifecycle phase", project.isSetPhase() ? project.getPhase().getLiteral() : null, project);
		}
		entries.add(a.gaps(gaps, IssueCodes.AI_ACT_PROJECT_MISSING, IssueCodes.PROJECT_WITHOUT_PURPOSE,
				IssueCodes.AI_ACT_PROVIDER_MISSING, IssueCodes.AI_ACT_VERSION_MISSING));
		EntryBuilder b = new EntryBuilder("1(b)", "Interaction with hardware or software that is not part of the system");
		if (project != null) {
			b.fact("Operating context", project.getContext(), project);
		}
		List<List<String>> io = new ArrayList<>();
		for (Dataset d : elements(Dataset.class)) {
			io.add(List.of("data in", d.getName(), d.getSource() == null ? "" : written(d.getSource()), source(d)));
		}
		for (Pipeline p : elements(Pipeline.class)) {
			io.add(List.of("model", p.getName(), p.getModel() == null ? "" : written(p.getModel()), source(p)));
		}
		entries.add(b.table("Inputs and components, as written", List.of("Kind", "Element", "As written", "Source"), io)
				.gaps(gaps, IssueCodes.PROJECT_WITHOUT_CONTEXT));
		EntryBuilder c = new EntryBuilder("1(c)", "Versions of relevant software, requirements related to version updates");
		if (project != null) {
			c.fact("Version of the AI system", project.getVersion(), project);
		}
		List<List<String>> versions = new ArrayList<>();
		evidence.versions().forEach((name, version) -> versions.add(List.of(name, version)));
		entries.add(c.table("Software versions recorded by the latest results", List.of("Software", "Version"), versions)
				.gaps(gaps, IssueCodes.AI_ACT_VERSION_MISSING, GapList.EVIDENCE_MISSING));
		entries.add(new EntryBuilder("1(d)", "Forms in which the system is placed on the market").gaps(gaps,
				AnnexDocument.OUTSIDE_FORMS));
		entries.add(new EntryBuilder("1(e)", "Hardware the system is intended to run on").gaps(gaps,
				AnnexDocument.OUTSIDE_HARDWARE));
		entries.add(new EntryBuilder("1(f)", "Photographs or illustrations of products the system is part of").gaps(gaps,
				AnnexDocument.OUTSIDE_PRODUCT));
		entries.add(new EntryBuilder("1(g)", "User interface provided to the deployer").gaps(gaps,
				AnnexDocument.OUTSIDE_USER_INTERFACE));
		EntryBuilder h = new EntryBuilder("1(h)", "Instructions for use for the deployer");
		h.text("The instructions-for-use summary of Art. 13(3) is part of this bundle: instructions-for-use.html, and "
				+ "\"instructionsForUse\" in annex-iv.json.");
		entries.add(h);
		return entries;
	}

	private List<EntryBuilder> development() {
		List<EntryBuilder> entries = new ArrayList<>();
		List<Pipeline> pipelines = elements(Pipeline.class);
		entries.add(DevelopmentEntries.methods(pipelines));
		entries.add(DevelopmentEntries.design(project, pipelines, gaps));
		entries.add(DevelopmentEntries.architecture(pipelines, elements(TestSuite.class), elements(Monitor.class), gaps));
		entries.addAll(DataSheets.datasheets(elements(Dataset.class), pipelines, evidence.inputs(), gaps));
		entries.add(DevelopmentEntries.oversight("2(e)", project, gaps));
		entries.add(DevelopmentEntries.changes(elements(Monitor.class), gaps));
		EntryBuilder g = new EntryBuilder("2(g)", "Validation and testing: data, metrics, per-group results (potentially "
				+ "discriminatory impacts), dated test logs with lineage");
		g.text(evidence.anyResult() ? "Latest run " + orEmpty(lastRunId()) + ", started " + orEmpty(lastRunStart())
				+ "; each result's lineage hash is the SHA-256 of its inputs' hashes (data files, model files, pipeline "
				+ "parameters), as in the safety case." : "");
		g.table("Tests and their current results", TestEvidence.RESULT_COLUMNS, evidence.resultTable());
		g.table("Results per group and slice", TestEvidence.GROUP_COLUMNS, evidence.groupTable());
		g.table("Test log: recorded runs", TestEvidence.RUN_COLUMNS, evidence.runLog());
		entries.add(g.gaps(gaps, GapList.EVIDENCE_MISSING, IssueCodes.AI_ACT_PROTECTED_UNTESTED,
				IssueCodes.AI_ACT_ROBUSTNESS_UNTESTED));
		entries.add(DevelopmentEntries.cybersecurity(evidence, gaps));
		return entries;
	}

	private List<EntryBuilder> functioning() {
		List<EntryBuilder> entries = new ArrayList<>();
		EntryBuilder capabilities = new EntryBuilder("3", "Capabilities and limitations in performance: declared and "
				+ "measured levels, overall and per group");
		capabilities.table("Declared levels (Art. 15) and measured values", DeclaredLevels.COLUMNS,
				DeclaredLevels.table(elements(Requirement.class), evidence));
		capabilities.table("Results per group and slice", TestEvidence.GROUP_COLUMNS, evidence.groupTable());
		if (project != null) {
			project.getLimitations().forEach(l -> capabilities.fact("Known limitation " + l.getName(), l.getStatement(), l));
		}
		entries.add(capabilities.gaps(gaps, IssueCodes.AI_ACT_LIMITATIONS_MISSING, GapList.EVIDENCE_MISSING));
		EntryBuilder outcomes = new EntryBuilder("3", "Foreseeable unintended outcomes and sources of risk");
		for (Hazard hazard : elements(Hazard.class)) {
			outcomes.fact("Hazard " + hazard.getName(), orEmpty(hazard.getTitle()) + " (severity "
					+ hazard.getSeverity().getLiteral() + ", likelihood " + hazard.getLikelihood().getLiteral() + ")", hazard);
		}
		entries.add(outcomes.gaps(gaps, IssueCodes.AI_ACT_HAZARD_MISSING));
		entries.add(DevelopmentEntries.oversight("3", project, gaps));
		entries.add(DataSheets.inputSpecification("3", elements(Dataset.class), elements(Pipeline.class)));
		return entries;
	}

	private String lastRunId() {
		return trace.runs().isEmpty() ? null : trace.runs().get(trace.runs().size() - 1).info().id();
	}

	private String lastRunStart() {
		return trace.runs().isEmpty() ? null : trace.runs().get(trace.runs().size() - 1).info().started();
	}

	private static Section section(String point, String title, List<EntryBuilder> entries) {
		List<Entry> built = entries.stream().map(EntryBuilder::build).toList();
		return new Section(point, title, built);
	}

	/** The project's top-level elements of a type, in file and declaration order. */
	private <T> List<T> elements(Class<T> type) {
		List<T> found = new ArrayList<>();
		models.forEach(m -> m.getElements().stream().filter(type::isInstance).map(type::cast).forEach(found::add));
		return found;
	}

	/** A requirement's current status in the trace graph (UNVERIFIED when no test verifies it). */
	static String status(ProjectTrace trace, Requirement requirement) {
		TraceNode node = trace.graph().node(TraceGraphBuilder.id(TraceNode.Kind.REQUIREMENT, ElementNames.qualified(requirement)));
		return node == null || node.status() == null ? "UNVERIFIED" : node.status().toUpperCase(Locale.ROOT);
	}

}
