package org.assay.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.trace.TraceNode.Kind;
import org.assay.trace.results.ResultRecord;

/**
 * The traceability graph of a project: hazards, quality attributes, requirements, tests, pipelines, datasets and
 * models, linked as the models declare, with each test's current result. Immutable; built by
 * {@link TraceGraphBuilder}. Node order is declaration order, so everything drawn from it is deterministic.
 */
public final class TraceGraph {

	private final Map<String, TraceNode> nodes;
	private final List<TraceEdge> edges;
	private final Map<String, ResultRecord> results;
	private final Map<String, List<TraceEdge>> outgoing = new LinkedHashMap<>();
	private final Map<String, List<TraceEdge>> incoming = new LinkedHashMap<>();

	TraceGraph(Map<String, TraceNode> nodes, List<TraceEdge> edges, Map<String, ResultRecord> results) {
		this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
		this.edges = List.copyOf(edges);
		this.results = Map.copyOf(results);
		for (TraceEdge edge : this.edges) {
			outgoing.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
			incoming.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge);
		}
	}

	public Collection<TraceNode> nodes() {
		return nodes.values();
	}

	public List<TraceNode> nodes(Kind kind) {
		return nodes.values().stream().filter(n -> n.kind() == kind).toList();
	}

	public List<TraceEdge> edges() {
		return edges;
	}

	public TraceNode node(String id) {
		return nodes.get(id);
	}

	public List<TraceEdge> outgoing(String id) {
		return outgoing.getOrDefault(id, List.of());
	}

	public List<TraceEdge> incoming(String id) {
		return incoming.getOrDefault(id, List.of());
	}

	/** The current result of a test node, or null when it has none. */
	public ResultRecord result(String testId) {
		return results.get(testId);
	}

	/**
	 * Impact query: every element whose evidence rests on the given one — what is affected if this dataset, pipeline or
	 * test changes. Evidence flows against the links (a pipeline prepares a dataset, a test tests a pipeline) except from
	 * a test to the requirements it verifies: dataset → pipelines → tests → requirements. Hazards and attributes are
	 * not affected by evidence, and a requirement does not pass the change on to its other tests.
	 */
	public Set<TraceNode> impactOf(String id) {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> work = new ArrayDeque<>(List.of(id));
		while (!work.isEmpty()) {
			String current = work.pop();
			List<String> next = new ArrayList<>();
			incoming(current).stream().filter(e -> e.kind() != TraceEdge.Kind.VERIFIES).forEach(e -> next.add(e.from()));
			outgoing(current).stream().filter(e -> e.kind() == TraceEdge.Kind.VERIFIES).forEach(e -> next.add(e.to()));
			for (String n : next) {
				if (seen.add(n)) {
					work.push(n);
				}
			}
		}
		seen.remove(id);
		Set<TraceNode> affected = new LinkedHashSet<>();
		nodes.keySet().stream().filter(seen::contains).forEach(n -> affected.add(nodes.get(n)));
		return affected;
	}

	/**
	 * The part of the graph that concerns the given elements: for a requirement its hazards, attribute, tests and what
	 * those tests rest on; for a hazard the requirements mitigating it and theirs; for a test what it verifies and
	 * rests on. Used to filter diagrams by requirement, hazard or suite.
	 */
	public TraceGraph around(Collection<String> ids) {
		Set<String> keep = new LinkedHashSet<>();
		Deque<String> requirements = new ArrayDeque<>();
		Deque<String> tests = new ArrayDeque<>();
		for (String id : ids) {
			TraceNode node = nodes.get(id);
			if (node == null) {
				continue;
			}
			keep.add(id);
			switch (node.kind()) {
			case HAZARD, ATTRIBUTE -> incoming(id).forEach(e -> requirements.add(e.from()));
			case REQUIREMENT -> requirements.add(id);
			case TEST -> tests.add(id);
			default -> downstream(id, keep);
			}
		}
		for (String requirement : requirements) {
			keep.add(requirement);
			outgoing(requirement).forEach(e -> keep.add(e.to()));
			incoming(requirement).stream().filter(e -> e.kind() == TraceEdge.Kind.VERIFIES).forEach(e -> tests.add(e.from()));
		}
		for (String test : tests) {
			keep.add(test);
			outgoing(test).stream().filter(e -> e.kind() == TraceEdge.Kind.VERIFIES).forEach(e -> keep.add(e.to()));
			downstream(test, keep);
		}
		Map<String, TraceNode> kept = new LinkedHashMap<>();
		nodes.forEach((id, node) -> {
			if (keep.contains(id)) {
				kept.put(id, node);
			}
		});
		Map<String, ResultRecord> keptResults = new LinkedHashMap<>();
		results.forEach((id, result) -> {
			if (keep.contains(id)) {
				keptResults.put(id, result);
			}
		});
		return new TraceGraph(kept, edges.stream().filter(e -> keep.contains(e.from()) && keep.contains(e.to())).toList(),
				keptResults);
	}

	/** What a test or pipeline rests on: pipelines, datasets, models (never back up to other tests). */
	private void downstream(String id, Set<String> keep) {
		for (TraceEdge edge : outgoing(id)) {
			if (edge.kind() != TraceEdge.Kind.VERIFIES && keep.add(edge.to())) {
				downstream(edge.to(), keep);
			}
		}
	}
}
