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
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * The current results (each test's record in the latest run that measured it): per test, the requirements it verifies,
 * its verdict, value and interval, criterion, why. Double-clicking a row opens the test in the editor; selecting one
 * shows its details (interval, slices, failing rows, lineage) below the table.
 */
public class ResultsView extends TableTraceView {

	public static final String ID = "org.assay.ui.results";

	private final java.util.Map<TraceNode, ResultRecord> results = new java.util.HashMap<>();
	private Text details;

	@Override
	protected void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		super.createControls(new Composite(sash, SWT.NONE));
		details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		details.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		details.setText("Select a test to see its details.");
		sash.setWeights(3, 2);
	}

	@Override
	protected void selected(TraceNode test) {
		details.setText(test == null ? "Select a test to see its details." : TestDetails.describe(test, results.get(test)));
	}

	/** The details on display (of the selected test). */
	public String details() {
		return details.getText();
	}

	@Override
	protected List<String> columns() {
		return List.of("Test", "Verifies", "Verdict", "Value [interval]", "Criterion", "Message");
	}

	@Override
	protected void update(ProjectTrace trace) {
		TraceGraph graph = trace.graph();
		List<TraceNode> nodes = new ArrayList<>();
		List<List<String>> cells = new ArrayList<>();
		results.clear();
		for (TraceNode test : graph.nodes(Kind.TEST)) {
			ResultRecord result = graph.result(test.id());
			String verifies = String.join(", ", graph.outgoing(test.id()).stream().filter(e -> e.kind() == TraceEdge.Kind.VERIFIES)
					.map(e -> graph.node(e.to()).simpleName()).toList());
			String value = result == null || Double.isNaN(result.value()) ? ""
					: String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", result.value(), result.lower(), result.upper());
			nodes.add(test);
			if (result != null) {
				results.put(test, result);
			}
			cells.add(List.of(test.name(), verifies, test.status(), value,
					result == null || result.criterion() == null ? "" : (result.metric() == null ? "" : result.metric() + " ")
							+ result.criterion(),
					result == null ? "no result yet: run the suites (Run As > Assay Suites, ./assay run or mvn test)"
							: result.message() == null ? "" : result.message()));
		}
		setContentDescription(trace.results().isEmpty() ? "No results recorded in " + ProjectTrace.RESULTS + " yet"
				: cells.size() + " test(s); results from " + ProjectTrace.RESULTS + ", latest run "
						+ trace.results().get(trace.results().size() - 1).run());
		rows(nodes, cells);
		details.setText("Select a test to see its details.");
	}
}
