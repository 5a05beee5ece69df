package org.assay.trace.report;

import static org.assay.trace.layout.SvgRenderer.xml;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.dsl.ElementNames;
import org.assay.dsl.semantics.RiskTable;
import org.assay.model.AssayModel;
import org.assay.model.Dataset;
import org.assay.model.Element;
import org.assay.model.LifecycleStage;
import org.assay.model.Monitor;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.assay.trace.ProjectTrace;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceNode;
import org.assay.trace.results.ResultRecord;

/**
 * The report's evidence grouped by the AI system life cycle stage it belongs to (ISO/IEC 22989, docs/risk-depth.md):
 * each test under its own stage ({@code phase …}) or its default (verification for a suite's test, development for a
 * dataset's check), and each monitor under its stage (operation unless it names one). Stages without tests or
 * monitors are left out.
 */
final class StageSection {

	private StageSection() {
	}

	/** One test or monitor of a stage, with its trace node (null for monitors, which record no evidence). */
	private record Entry(String name, TraceNode test, Monitor monitor) {
	}

	static void append(StringBuilder html, ProjectTrace trace) {
		Map<LifecycleStage, List<Entry>> stages = group(trace.models(), trace.graph());
		html.append("<section id=\"stages\"><h2>Evidence by life cycle stage</h2><p class=\"legend\">Stages of the AI system "
				+ "life cycle of ISO/IEC 22989 and ISO/IEC 5338. A test or monitor names its stage with <code>phase</code>; "
				+ "unnamed, a suite's test is verification, a dataset's check development and a monitor operation.</p>\n");
		if (stages.isEmpty()) {
			html.append("<p class=\"none\">The project has no tests or monitors.</p>\n");
		}
		stages.forEach((stage, entries) -> {
			html.append("<h3 data-stage=\"").append(stage.getLiteral()).append("\">").append(title(stage)).append(" (")
					.append(entries.size()).append(")</h3>\n<table class=\"evidence stage\" data-stage=\"")
					.append(stage.getLiteral()).append("\">\n<thead><tr><th>Test or monitor</th><th>Verdict</th>"
							+ "<th>Value [interval]</th><th>Confidence</th></tr></thead>\n<tbody>\n");
			for (Entry entry : entries) {
				row(html, trace.graph(), entry, stage);
			}
			html.append("</tbody></table>\n");
		});
		html.append("</section>\n");
	}

	/** Whether the result was recorded in another stage than the one the model names now. */
	private static boolean recordedElsewhere(ResultRecord result, LifecycleStage stage) {
		return result != null && result.phase() != null && !result.phase().equals(stage.getLiteral());
	}

	private static void row(StringBuilder html, TraceGraph graph, Entry entry, LifecycleStage stage) {
		if (entry.monitor() != null) {
			Monitor monitor = entry.monitor();
			html.append("<tr data-monitor=\"").append(xml(entry.name())).append("\"><td>monitor ").append(xml(monitor.getName()))
					.append(monitor.getPipeline() == null || monitor.getPipeline().eIsProxy() ? ""
							: " <span class=\"source\">watches " + xml(monitor.getPipeline().getName()) + "</span>")
					.append("</td><td colspan=\"3\" class=\"none\">").append(monitor.getChecks().size())
					.append(" check(s) on live data; a monitor records its alerts where it is deployed, not in the runs"
							+ "</td></tr>\n");
			return;
		}
		TraceNode test = entry.test();
		ResultRecord result = graph.result(test.id());
		html.append("<tr data-test=\"").append(xml(test.name())).append("\" data-verdict=\"").append(xml(test.status()))
				.append("\"><td>").append(xml(test.simpleName())).append(" <span class=\"source\">")
				.append(xml(test.source() == null ? "" : test.source())).append("</span></td><td>").append(badge(test.status()))
				.append("</td><td class=\"num\">").append(result == null || Double.isNaN(result.value()) ? "—"
						: String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", result.value(), result.lower(), result.upper()))
				.append("</td><td class=\"num\">").append(result == null || Double.isNaN(result.confidence()) ? "—"
						: RiskTable.percent(result.confidence()))
				.append(recordedElsewhere(result, stage) ? " <span class=\"suspect\">recorded in stage " + xml(result.phase())
						+ "</span>" : "")
				.append("</td></tr>\n");
	}

	/** Tests and monitors per stage, in life cycle order, each in model order. */
	private static Map<LifecycleStage, List<Entry>> group(List<AssayModel> models, TraceGraph graph) {
		Map<LifecycleStage, List<Entry>> stages = new EnumMap<>(LifecycleStage.class);
		for (AssayModel model : models) {
			for (Element element : model.getElements()) {
				if (element instanceof TestSuite suite) {
					suite.getTests().forEach(t -> add(stages, graph, ElementNames.qualified(suite) + "." + t.getName(), t));
				} else if (element instanceof Dataset dataset) {
					dataset.getChecks().forEach(t -> add(stages, graph, ElementNames.dataSuite(dataset) + "." + t.getName(), t));
				} else if (element instanceof Monitor monitor) {
					stages.computeIfAbsent(RiskTable.stage(monitor), s -> new ArrayList<>())
							.add(new Entry(ElementNames.qualified(monitor), null, monitor));
				}
			}
		}
		return stages;
	}

	private static void add(Map<LifecycleStage, List<Entry>> stages, TraceGraph graph, String name, TestCase test) {
		TraceNode node = graph.node(org.assay.trace.TraceGraphBuilder.id(TraceNode.Kind.TEST, name));
		if (node != null) {
			stages.computeIfAbsent(RiskTable.stage(test), s -> new ArrayList<>()).add(new Entry(name, node, null));
		}
	}

	/** The stage's name in ISO/IEC 22989's words. */
	static String title(LifecycleStage stage) {
		return switch (stage) {
		case DEVELOPMENT -> "Design and development";
		case VERIFICATION -> "Verification and validation";
		case DEPLOYMENT -> "Deployment";
		case OPERATION -> "Operation and monitoring";
		case REEVALUATION -> "Re-evaluation";
		};
	}

	private static String badge(String status) {
		String s = status == null ? "—" : status;
		return "<span class=\"badge " + xml(s.toLowerCase(Locale.ROOT)) + "\">" + xml(s) + "</span>";
	}
}
