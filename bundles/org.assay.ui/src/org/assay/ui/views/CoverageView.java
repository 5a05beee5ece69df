package org.assay.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.assay.trace.Coverage;
import org.assay.trace.ProjectTrace;
import org.assay.trace.TraceNode;

/** What the evidence does not cover yet: unverified requirements, unmeasured attributes, unmitigated hazards, tests without a current result. */
public class CoverageView extends TableTraceView {

	public static final String ID = "org.assay.ui.coverage";

	@Override
	protected List<String> columns() {
		return List.of("Gap", "Element", "Declared at", "Status");
	}

	@Override
	protected void update(ProjectTrace trace) {
		Coverage coverage = trace.coverage();
		List<TraceNode> nodes = new ArrayList<>();
		List<List<String>> cells = new ArrayList<>();
		add("No test verifies it", coverage.unverifiedRequirements(), nodes, cells);
		add("No test measures it", coverage.unmeasuredAttributes(), nodes, cells);
		add("No requirement mitigates it", coverage.unmitigatedHazards(), nodes, cells);
		add("No current result", coverage.testsWithoutCurrentResult(), nodes, cells);
		setContentDescription(coverage.passingRequirements() + " of " + coverage.requirements()
				+ " requirement(s) shown met now; " + cells.size() + " gap(s)");
		rows(nodes, cells);
	}

	private static void add(String gap, List<TraceNode> gaps, List<TraceNode> nodes, List<List<String>> cells) {
		for (TraceNode node : gaps) {
			nodes.add(node);
			cells.add(List.of(gap, node.kind().label() + " " + node.name(), node.source() == null ? "" : node.source(),
					node.status() == null ? "" : node.status()));
		}
	}
}
