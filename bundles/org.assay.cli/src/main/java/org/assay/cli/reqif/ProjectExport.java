package org.assay.cli.reqif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assay.dsl.ElementNames;
import org.assay.dsl.reqif.ImportedRequirement;
import org.assay.dsl.reqif.RequirementLinks;
import org.assay.dsl.reqif.ReqifExport;
import org.assay.dsl.reqif.ReqifExport.Item;
import org.assay.dsl.reqif.ReqifExport.Link;
import org.assay.dsl.reqif.ReqifExport.LinkKind;
import org.assay.dsl.reqif.ReqifWriter;
import org.assay.model.Hazard;
import org.assay.model.Requirement;
import org.assay.model.RequirementAttribute;
import org.assay.model.RequirementLink;
import org.assay.runtime.results.Run;
import org.assay.trace.ProjectTrace;
import org.assay.trace.TraceEdge;
import org.assay.trace.TraceGraphBuilder;
import org.assay.trace.TraceNode;
import org.assay.trace.TraceNode.Kind;
import org.assay.trace.results.ResultRecord;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A project's requirements, hazards and tests with their statuses and trace links, as {@link ReqifExport} for the
 * {@link ReqifWriter}: requirement statuses are the trace's (the worst of their tests' current verdicts, UNVERIFIED
 * without a test), test statuses their current verdicts (or STALE, SUSPECT, MISSING).
 */
final class ProjectExport {

	/** The timestamp written when no timestamp is declared and nothing has run yet. */
	static final String EPOCH = "1970-01-01T00:00:00Z";

	private ProjectExport() {
	}

	/**
	 * @param timestamp the declared timestamp, or null for the start of the project's last run ({@link #EPOCH} when
	 *            none)
	 */
	static ReqifExport of(ProjectTrace trace, String timestamp) {
		Map<String, String> ids = new HashMap<>();
		List<Item> requirements = new ArrayList<>();
		List<Item> hazards = new ArrayList<>();
		trace.models().stream().flatMap(m -> m.getElements().stream()).forEach(element -> {
			if (element instanceof Requirement requirement) {
				requirements.add(requirement(requirement, trace, ids));
			} else if (element instanceof Hazard hazard) {
				String name = ElementNames.qualified(hazard);
				String id = "assay.hazard." + name;
				ids.put(TraceGraphBuilder.id(Kind.HAZARD, name), id);
				hazards.add(new Item(id, name, hazard.getName(), hazard.getTitle(), hazard.getDescription(), null,
						"severity " + hazard.getSeverity().getLiteral() + ", likelihood " + hazard.getLikelihood().getLiteral(),
						List.of()));
			}
		});
		List<Item> tests = new ArrayList<>();
		for (TraceNode test : trace.graph().nodes(Kind.TEST)) {
			String id = "assay.test." + test.name();
			ids.put(test.id(), id);
			tests.add(new Item(id, test.name(), test.simpleName(), test.title(), null, test.status(),
					evidence(trace.graph().result(test.id())), List.of()));
		}
		List<Link> links = new ArrayList<>();
		for (TraceEdge edge : trace.graph().edges()) {
			if (edge.kind() == TraceEdge.Kind.MITIGATES && ids.containsKey(edge.from()) && ids.containsKey(edge.to())) {
				links.add(new Link(LinkKind.MITIGATES, ids.get(edge.from()), ids.get(edge.to())));
			} else if (edge.kind() == TraceEdge.Kind.VERIFIES && ids.containsKey(edge.from()) && ids.containsKey(edge.to())) {
				links.add(new Link(LinkKind.VERIFIED_BY, ids.get(edge.to()), ids.get(edge.from())));
			}
		}
		// requirement links ('link derives SRS_3'), as relations named by the tool's type or the link kind
		for (Requirement requirement : trace.models().stream().flatMap(m -> m.getElements().stream())
				.filter(Requirement.class::isInstance).map(Requirement.class::cast).toList()) {
			for (RequirementLink link : requirement.getLinks()) {
				String from = ids.get(TraceGraphBuilder.id(Kind.REQUIREMENT, ElementNames.qualified(requirement)));
				String to = link.getTarget() == null || link.getTarget().eIsProxy() ? null
						: ids.get(TraceGraphBuilder.id(Kind.REQUIREMENT, ElementNames.qualified(link.getTarget())));
				if (from != null && to != null) {
					links.add(new Link(LinkKind.REQUIREMENT, RequirementLinks.label(link), from, to));
				}
			}
		}
		Comparator<Item> byName = Comparator.comparing(Item::name);
		requirements.sort(byName);
		hazards.sort(byName);
		tests.sort(byName);
		links = links.stream().distinct().sorted(Comparator.comparing(Link::kind).thenComparing(Link::source)
				.thenComparing(Link::target).thenComparing(Link::label)).toList();
		Run last = Run.last(trace.runs());
		String time = timestamp != null ? timestamp : last != null ? last.info().started() : EPOCH;
		return new ReqifExport(trace.title(), time, requirements, hazards, tests, links);
	}

	private static Item requirement(Requirement requirement, ProjectTrace trace, Map<String, String> ids) {
		String name = ElementNames.qualified(requirement);
		String recorded = requirement.getOrigin() == null ? null : requirement.getOrigin().getIdentifier();
		// an imported requirement keeps its IDENTIFIER, so the requirements tool recognises it
		String id = ReqifWriter.isIdentifier(recorded) ? recorded : "assay.requirement." + name;
		String traceId = TraceGraphBuilder.id(Kind.REQUIREMENT, name);
		ids.put(traceId, id);
		TraceNode node = trace.graph().node(traceId);
		List<Map.Entry<String, String>> attributes = new ArrayList<>();
		String foreignId = requirement.getName();
		for (RequirementAttribute attribute : requirement.getAttributes()) {
			if ("ReqIF.ForeignID".equals(attribute.getKey())) {
				foreignId = attribute.getValue();
			} else if (!attribute.getKey().startsWith(ImportedRequirement.ASSAY_PREFIX)) {
				attributes.add(Map.entry(attribute.getKey(), attribute.getValue()));
			}
		}
		String criteria = requirement.getCriteria().stream()
				.map(c -> NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(c))).collect(Collectors.joining("; "));
		return new Item(id, name, foreignId, requirement.getTitle(), requirement.getDescription(),
				node == null ? null : node.status(), criteria.isEmpty() ? null : criteria, attributes);
	}

	/** {@code accuracy = 0.95 [0.93, 0.97], accept accuracy >= 0.9 (run 2026…)}, or null without a result. */
	private static String evidence(ResultRecord result) {
		if (result == null) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		if (result.metric() != null) {
			text.append(result.metric()).append(" = ").append(result.value());
			if (!Double.isNaN(result.lower()) && !Double.isNaN(result.upper())) {
				text.append(" [").append(result.lower()).append(", ").append(result.upper()).append(']');
			}
		}
		if (result.criterion() != null) {
			text.append(text.isEmpty() ? "" : ", ").append(result.criterion());
		}
		return text.append(text.isEmpty() ? "" : " ").append("(run ").append(result.run()).append(')').toString();
	}
}
