package org.assay.trace.gsn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.assay.dsl.ElementNames;
import org.assay.dsl.SourceLocation;
import org.assay.model.AcceptanceCriterion;
import org.assay.model.Catalogue;
import org.assay.model.Dataset;
import org.assay.model.Element;
import org.assay.model.Hazard;
import org.assay.model.NamedElement;
import org.assay.model.Project;
import org.assay.model.QualityAttribute;
import org.assay.model.Requirement;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.assay.runtime.lineage.Sha256;
import org.assay.runtime.results.Run;
import org.assay.trace.ProjectTrace;
import org.assay.trace.Status;
import org.assay.trace.TraceEdge;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceGraphBuilder;
import org.assay.trace.TraceNode;
import org.assay.trace.gsn.GsnElement.Type;
import org.assay.trace.results.ResultRecord;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Derives a project's safety case from its models and current evidence (docs/safety-case.md):
 * <ul>
 * <li>top goal: the project's ML component is acceptably safe and fit for its purpose in its operating context, stated
 * in the context of the purpose, the context, the evidence, and the project's assumptions and justifications;</li>
 * <li>hazards: one goal per hazard ("acceptably mitigated", its risk as context), developed by one strategy over the
 * requirements that mitigate it; a hazard nothing mitigates is undeveloped;</li>
 * <li>quality: one goal per quality characteristic the requirements refine, developed by one strategy over them;</li>
 * <li>requirements: sub-goals with their criteria, supported by one solution per test that verifies them (its current
 * verdict, value, interval and lineage hash; failing and stale evidence marked); an unverified requirement is
 * undeveloped. A requirement argued under a hazard appears under its characteristic as an away goal.</li>
 * </ul>
 */
public final class SafetyCaseBuilder {

	/** Goal statuses from worst to best: a goal is as good as its worst support. */
	private static final List<String> ORDER = List.of(Status.FAIL, Status.ERROR, GsnElement.UNDEVELOPED, Status.UNVERIFIED,
			Status.INCONCLUSIVE, Status.NO_DATA, Status.STALE, Status.MISSING, Status.WARN, Status.PASS);

	private final ProjectTrace trace;
	private final TraceGraph graph;
	private final List<GsnElement> elements = new ArrayList<>();
	private final List<GsnLink> links = new ArrayList<>();
	private final Map<String, Integer> numbers = new HashMap<>();
	/** Requirement node id → the goal that develops it; test node id → its solution. */
	private final Map<String, String> developed = new HashMap<>();
	private final Map<String, String> solutions = new HashMap<>();
	private final Map<String, TestCase> tests = new HashMap<>();
	private final Map<String, Requirement> requirements = new HashMap<>();

	private SafetyCaseBuilder(ProjectTrace trace) {
		this.trace = trace;
		this.graph = trace.graph();
	}

	/** The safety case of a project as loaded (models validated, runs read). */
	public static SafetyCase build(ProjectTrace trace) {
		return new SafetyCaseBuilder(trace).build();
	}

	private SafetyCase build() {
		List<Element> all = trace.models().stream().flatMap(m -> m.getElements().stream()).toList();
		for (Element element : all) {
			if (element instanceof TestSuite suite) {
				suite.getTests().forEach(t -> tests.put(TraceGraphBuilder.id(TraceNode.Kind.TEST,
						ElementNames.qualified(suite) + "." + t.getName()), t));
			} else if (element instanceof Dataset dataset) {
				dataset.getChecks().forEach(t -> tests.put(TraceGraphBuilder.id(TraceNode.Kind.TEST,
						ElementNames.dataSuite(dataset) + "." + t.getName()), t));
			}
		}
		Project project = all.stream().filter(Project.class::isInstance).map(Project.class::cast).findFirst().orElse(null);
		List<Hazard> hazards = all.stream().filter(Hazard.class::isInstance).map(Hazard.class::cast).toList();
		List<Requirement> requirements = all.stream().filter(Requirement.class::isInstance).map(Requirement.class::cast)
				.toList();
		requirements.forEach(r -> this.requirements.putIfAbsent(nodeId(TraceNode.Kind.REQUIREMENT, r), r));
		Run last = Run.last(trace.runs());

		String top = add(Type.GOAL, (project == null ? trace.title() : label(project)) + ": the ML component is acceptably "
				+ "safe and fit for its intended purpose in its operating context", false, null, project);
		context(top, Type.CONTEXT, project == null || blank(project.getPurpose()) ? "Intended purpose: not stated in the "
				+ "model (add 'purpose \"…\"' to the project)" : "Intended purpose: " + project.getPurpose(), project);
		context(top, Type.CONTEXT, project == null || blank(project.getContext()) ? "Operating context: not stated in the "
				+ "model (add 'context \"…\"' to the project)" : "Operating context: " + project.getContext(), project);
		context(top, Type.CONTEXT, "Evidence: the current result of each test in " + ProjectTrace.RESULTS
				+ (last == null ? " (no run recorded yet)" : ", latest run " + last.info().id()), null);
		if (project != null) {
			project.getAssumptions().forEach(a -> context(top, Type.ASSUMPTION, a.getName() + ": " + a.getStatement(), a));
			project.getJustifications().forEach(j -> context(top, Type.JUSTIFICATION, j.getName() + ": " + j.getStatement(), j));
		}
		if (!hazards.isEmpty()) {
			hazards(top, hazards);
		}
		Map<String, List<Requirement>> byCharacteristic = new LinkedHashMap<>();
		Map<String, NamedElement> characteristics = new HashMap<>();
		List<Requirement> others = new ArrayList<>();
		for (Requirement requirement : requirements) {
			NamedElement characteristic = characteristic(requirement);
			if (characteristic == null) {
				if (requirement.getMitigates().stream().noneMatch(h -> !h.eIsProxy())) {
					others.add(requirement);
				}
				continue;
			}
			String key = ElementNames.qualified(characteristic);
			characteristics.putIfAbsent(key, characteristic);
			byCharacteristic.computeIfAbsent(key, k -> new ArrayList<>()).add(requirement);
		}
		if (!byCharacteristic.isEmpty()) {
			quality(top, byCharacteristic, characteristics);
		}
		if (!others.isEmpty()) {
			String strategy = add(Type.STRATEGY, "Argument over the requirements that neither mitigate a hazard nor refine "
					+ "a quality attribute", false, null, null);
			supported(top, strategy);
			others.forEach(r -> requirement(strategy, r));
		}
		if (links.stream().noneMatch(l -> l.from().equals(top) && l.kind() == GsnLink.Kind.SUPPORTED_BY)) {
			// nothing argues for the top goal yet: no hazard, no requirement
			GsnElement goal = elements.get(0);
			elements.set(0, new GsnElement(goal.id(), goal.type(), goal.text(), true, null, goal.element(), goal.source(),
					null, null));
		}
		return new SafetyCase(project == null ? trace.title() : label(project), last == null ? null : last.info().id(),
				withStatuses(), links);
	}

	private void hazards(String top, List<Hazard> hazards) {
		String strategy = add(Type.STRATEGY, "Argument over each identified hazard", false, null, null);
		supported(top, strategy);
		context(strategy, Type.CONTEXT, "Hazards identified in the model: " + hazards.size(), null);
		for (Hazard hazard : hazards) {
			List<Requirement> mitigations = graph.incoming(nodeId(TraceNode.Kind.HAZARD, hazard)).stream()
					.filter(e -> e.kind() == TraceEdge.Kind.MITIGATES).map(e -> requirementOf(e.from()))
					.filter(java.util.Objects::nonNull).toList();
			String goal = add(Type.GOAL, "Hazard " + hazard.getName() + (hazard.getTitle() == null ? "" : " (" + hazard.getTitle()
					+ ")") + " is acceptably mitigated", mitigations.isEmpty(), null, hazard);
			supported(strategy, goal);
			context(goal, Type.CONTEXT, "Risk of " + hazard.getName() + ": severity " + hazard.getSeverity().getLiteral()
					+ ", likelihood " + hazard.getLikelihood().getLiteral(), hazard);
			if (!mitigations.isEmpty()) {
				String over = add(Type.STRATEGY, "Argument over the requirements that mitigate " + hazard.getName(), false,
						null, hazard);
				supported(goal, over);
				mitigations.forEach(r -> requirement(over, r));
			}
		}
	}

	private void quality(String top, Map<String, List<Requirement>> byCharacteristic,
			Map<String, NamedElement> characteristics) {
		String strategy = add(Type.STRATEGY, "Argument over the quality characteristics the requirements refine", false,
				null, null);
		supported(top, strategy);
		Set<String> standards = new LinkedHashSet<>();
		characteristics.values().forEach(c -> standards.add(standard(c)));
		context(strategy, Type.CONTEXT, "Quality model: " + String.join(", ", standards), null);
		byCharacteristic.forEach((key, requirements) -> {
			NamedElement characteristic = characteristics.get(key);
			String name = characteristic.getTitle() == null ? characteristic.getName() : characteristic.getTitle();
			String goal = add(Type.GOAL, name + " is achieved to the extent the requirements demand", false, null,
					characteristic);
			supported(strategy, goal);
			String over = add(Type.STRATEGY, "Argument over the requirements that refine " + name, false, null,
					characteristic);
			supported(goal, over);
			requirements.forEach(r -> requirement(over, r));
		});
	}

	/** A requirement's goal under a strategy: developed the first time, an away goal after. */
	private void requirement(String parent, Requirement requirement) {
		String node = nodeId(TraceNode.Kind.REQUIREMENT, requirement);
		TraceNode trace = graph.node(node);
		String status = trace == null ? null : trace.status();
		String text = requirement.getName() + (requirement.getTitle() == null ? "" : ": " + requirement.getTitle())
				+ criteria(requirement);
		String earlier = developed.get(node);
		if (earlier != null) {
			String away = add(Type.AWAY_GOAL, text, false, status, requirement, earlier, null);
			supported(parent, away);
			return;
		}
		List<TraceNode> verifying = graph.incoming(node).stream().filter(e -> e.kind() == TraceEdge.Kind.VERIFIES)
				.map(e -> graph.node(e.from())).toList();
		String goal = add(Type.GOAL, text, verifying.isEmpty(), verifying.isEmpty() ? Status.UNVERIFIED : status,
				requirement);
		developed.put(node, goal);
		supported(parent, goal);
		for (TraceNode test : verifying) {
			String solution = solutions.get(test.id());
			if (solution == null) {
				solution = solution(test);
				solutions.put(test.id(), solution);
			}
			supported(goal, solution);
		}
	}

	private String solution(TraceNode test) {
		ResultRecord result = graph.result(test.id());
		TestCase model = tests.get(test.id());
		String stale = Staleness.of(graph, test, model, result);
		String status = stale != null ? Status.STALE : test.status();
		SolutionEvidence evidence = result == null
				? new SolutionEvidence(test.name(), null, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, null,
						null, Map.of(), null)
				: new SolutionEvidence(test.name(), result.run(), result.metric(), result.value(), result.lower(),
						result.upper(), result.confidence(), result.criterion(), result.verdict(), lineage(result.inputs()),
						result.inputs(), stale);
		String text = "Test " + shortName(test.name()) + ": " + GsnText.measurement(evidence);
		String id = next(Type.SOLUTION);
		elements.add(new GsnElement(id, Type.SOLUTION, text, false, status, test.name(), test.source(), null, evidence));
		return id;
	}

	/** SHA-256 over the lineage's inputs ({@code name=hash} lines, in name order): one hash names the whole lineage. */
	public static String lineage(Map<String, String> inputs) {
		if (inputs.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		new TreeMap<>(inputs).forEach((name, hash) -> text.append(name).append('=').append(hash).append('\n'));
		return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String shortName(String test) {
		int last = test.lastIndexOf('.');
		int before = last <= 0 ? -1 : test.lastIndexOf('.', last - 1);
		return test.substring(before + 1);
	}

	/** {@code — accept accuracy >= 0.93 on Cells.test; …} as written in the model. */
	private static String criteria(Requirement requirement) {
		List<String> texts = new ArrayList<>();
		for (AcceptanceCriterion criterion : requirement.getCriteria()) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(criterion);
			if (node != null) {
				texts.add(NodeModelUtils.getTokenText(node));
			}
		}
		return texts.isEmpty() ? "" : " — " + String.join("; ", texts);
	}

	/** The characteristic of the attribute a requirement refines (the attribute itself outside a characteristic). */
	private static NamedElement characteristic(Requirement requirement) {
		QualityAttribute attribute = requirement.getRefines();
		if (attribute == null || attribute.eIsProxy()) {
			return null;
		}
		return attribute.getCharacteristic() != null ? attribute.getCharacteristic() : attribute;
	}

	private static String standard(NamedElement characteristic) {
		for (EObject c = characteristic; c != null; c = c.eContainer()) {
			if (c instanceof Catalogue catalogue) {
				return catalogue.getStandard() != null ? catalogue.getStandard()
						: catalogue.getTitle() != null ? catalogue.getTitle() : catalogue.getName();
			}
		}
		return "the project's own attributes";
	}

	private Requirement requirementOf(String nodeId) {
		return requirements.get(nodeId);
	}

	private static String nodeId(TraceNode.Kind kind, NamedElement element) {
		return TraceGraphBuilder.id(kind, ElementNames.qualified(element));
	}

	private static String label(Project project) {
		return project.getTitle() != null ? project.getTitle() : project.getName();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private String add(Type type, String text, boolean undeveloped, String status, NamedElement element) {
		return add(type, text, undeveloped, status, element, null, null);
	}

	private String add(Type type, String text, boolean undeveloped, String status, NamedElement element, String ref,
			SolutionEvidence evidence) {
		String id = next(type);
		elements.add(new GsnElement(id, type, text, undeveloped, status, element == null ? null
				: ElementNames.qualified(element), element == null || element.eResource() == null ? null
						: SourceLocation.of(element), ref, evidence));
		return id;
	}

	private void context(String of, Type type, String text, NamedElement element) {
		String missing = text.contains("not stated in the model") ? Status.MISSING : null;
		links.add(new GsnLink(of, add(type, text, false, missing, element), GsnLink.Kind.IN_CONTEXT_OF));
	}

	private void supported(String from, String to) {
		links.add(new GsnLink(from, to, GsnLink.Kind.SUPPORTED_BY));
	}

	private String next(Type type) {
		return type.prefix() + numbers.merge(type.prefix(), 1, Integer::sum);
	}

	/**
	 * The elements with the statuses of goals and strategies that the requirements do not set: the worst of what
	 * supports them, {@link GsnStatus#UNDEVELOPED} for undeveloped ones, in a pass from the leaves up.
	 */
	private List<GsnElement> withStatuses() {
		Map<String, GsnElement> byId = new LinkedHashMap<>();
		elements.forEach(e -> byId.put(e.id(), e));
		Map<String, List<String>> supporters = new HashMap<>();
		links.stream().filter(l -> l.kind() == GsnLink.Kind.SUPPORTED_BY)
				.forEach(l -> supporters.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to()));
		for (int i = elements.size() - 1; i >= 0; i--) {
			GsnElement element = byId.get(elements.get(i).id());
			if (element.status() != null || element.type().isContextual() || element.type() == Type.SOLUTION) {
				continue;
			}
			String status = element.undeveloped() ? GsnElement.UNDEVELOPED : null;
			for (String supporter : supporters.getOrDefault(element.id(), List.of())) {
				status = worse(status, byId.get(supporter).status());
			}
			byId.put(element.id(), new GsnElement(element.id(), element.type(), element.text(), element.undeveloped(),
					status, element.element(), element.source(), element.ref(), element.evidence()));
		}
		return List.copyOf(byId.values());
	}

	private static String worse(String a, String b) {
		if (a == null || b == null) {
			return a == null ? b : a;
		}
		int ra = ORDER.indexOf(a);
		int rb = ORDER.indexOf(b);
		return (ra < 0 ? ORDER.size() : ra) <= (rb < 0 ? ORDER.size() : rb) ? a : b;
	}
}
