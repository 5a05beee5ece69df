package org.assay.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assay.trace.ProjectTrace;
import org.assay.trace.TraceEdge;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceNode;
import org.assay.trace.TraceNode.Kind;
import org.assay.trace.results.ResultRecord;

/** The current results (each test's record in the latest run that measured it): per test, the requirements it verifies, its verdict, value and interval, criterion, why. */
public class ResultsView extends TableTraceView {

	public static final String ID = "org.assay.ui.results";

	@Override
	protected List<String> columns() {
		return List.of("Test", "Verifies", "Verdict", "Value [interval]", "Criterion", "Message");
	}

	@Override
	protected void update(ProjectTrace trace) {
		TraceGraph graph = trace.graph();
		List<TraceNode> nodes = new ArrayList<>();
		List<List<String>> cells = new ArrayList<>();
		for (TraceNode test : graph.nodes(Kind.TEST)) {
			ResultRecord result = graph.result(test.id());
			String verifies = String.join(", ", graph.outgoing(test.id()).stream().filter(e -> e.kind() == TraceEdge.Kind.VERIFIES)
					.map(e -> graph.node(e.to()).simpleName()).toList());
			String value = result == null || Double.isNaN(result.value()) ? ""
					: String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", result.value(), result.lower(), result.upper());
			nodes.add(test);
			cells.add(List.of(test.name(), verifies, test.status(), value,
					result == null || result.criterion() == null ? "" : (result.metric() == null ? "" : result.metric() + " ")
							+ result.criterion(),
					result == null ? "no result yet: run the suites (./assay run or mvn test)"
							: result.message() == null ? "" : result.message()));
		}
		setContentDescription(trace.results().isEmpty() ? "No results recorded in " + ProjectTrace.RESULTS + " yet"
				: cells.size() + " test(s); results from " + ProjectTrace.RESULTS + ", latest run "
						+ trace.results().get(trace.results().size() - 1).run());
		rows(nodes, cells);
	}
}
