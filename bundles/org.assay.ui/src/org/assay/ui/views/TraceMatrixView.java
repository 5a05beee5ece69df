package org.assay.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.assay.trace.ProjectTrace;
import org.assay.trace.TraceEdge;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceNode;
import org.assay.trace.TraceNode.Kind;

/** Requirements x tests: the verdict of each test in the row of each requirement it verifies. */
public class TraceMatrixView extends TableTraceView {

	public static final String ID = "org.assay.ui.traceMatrix";

	private List<String> columns = List.of("Requirement", "Status");

	@Override
	protected List<String> columns() {
		return columns;
	}

	@Override
	protected void update(ProjectTrace trace) {
		TraceGraph graph = trace.graph();
		List<TraceNode> tests = graph.nodes(Kind.TEST);
		List<String> titles = new ArrayList<>(List.of("Requirement", "Status"));
		tests.forEach(t -> titles.add(t.simpleName()));
		columns = titles;
		List<TraceNode> nodes = new ArrayList<>();
		List<List<String>> cells = new ArrayList<>();
		for (TraceNode requirement : graph.nodes(Kind.REQUIREMENT)) {
			List<String> row = new ArrayList<>(List.of(requirement.simpleName(), requirement.status()));
			for (TraceNode test : tests) {
				boolean verifies = graph.outgoing(test.id()).stream()
						.anyMatch(e -> e.kind() == TraceEdge.Kind.VERIFIES && e.to().equals(requirement.id()));
				row.add(verifies ? test.status() : "");
			}
			nodes.add(requirement);
			cells.add(row);
		}
		setContentDescription(graph.nodes(Kind.REQUIREMENT).size() + " requirement(s) x " + tests.size() + " test(s)");
		rows(nodes, cells);
	}
}
