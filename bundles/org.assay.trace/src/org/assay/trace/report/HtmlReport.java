package org.assay.trace.report;

import static org.assay.trace.layout.SvgRenderer.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.assay.trace.Coverage;
import org.assay.trace.ProjectTrace;
import org.assay.trace.Status;
import org.assay.trace.TraceEdge;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceNode;
import org.assay.trace.TraceNode.Kind;
import org.assay.trace.layout.SvgRenderer;
import org.assay.trace.layout.TraceLayout;
import org.assay.trace.results.ResultRecord;

/**
 * The assurance report of a project as one self-contained HTML file (inline CSS and SVG, no script, no link to
 * anything outside): verdict summary, requirement → test → verdict table with values and intervals, what the data held
 * outside its declaration, the traceability diagram, the safety case (GSN), the EU AI Act documentation's state, coverage gaps, the details of everything that did not pass, each
 * test's verdict history and lineage. Deterministic: it contains no clock time other than the recorded runs' start, so
 * the same models and runs give the same bytes.
 */
public final class HtmlReport {

	private HtmlReport() {
	}

	public static String render(ProjectTrace trace, String title) {
		TraceGraph graph = trace.graph();
		Coverage coverage = trace.coverage();
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
				.append(xml(title)).append("</title>\n<style>\n").append(CSS).append(ScoreSection.CSS).append("</style>\n</head>\n<body>\n");
		html.append("<header><h1>").append(xml(title)).append("</h1><p class=\"sub\">Assay assurance report · ")
				.append(graph.nodes(Kind.REQUIREMENT).size()).append(" requirements · ").append(graph.nodes(Kind.TEST).size())
				.append(" tests · ").append(trace.results().size()).append(" recorded results")
				.append(RunSections.latestRun(trace.runs())).append(trace.errors() > 0
						? " · <strong class=\"bad\">" + trace.errors() + " validation error(s) in the models</strong>" : "")
				.append("</p></header>\n");
		summary(html, graph, coverage);
		requirementTable(html, graph);
		RunSections.data(html, trace.runs());
		StageSection.append(html, trace); // evidence by life cycle stage (issue 11 section 6)
		html.append("<section id=\"diagram\"><h2>Traceability</h2><p class=\"legend\">Hazards and quality attributes, "
				+ "requirements, tests, pipelines and data, left to right; outlines show status, dashed red links are suspect "
				+ "(a recorded hash no longer matches).</p>\n<div class=\"diagram\">\n")
				.append(SvgRenderer.render(TraceLayout.layout(graph))).append("</div></section>\n");
		SafetyCaseSection.append(html, trace);
		AnnexSection.append(html, trace); // annex (#11)
		coverage(html, coverage);
		ScoreSection.render(html, trace);
		failures(html, graph);
		RunSections.history(html, trace.runs());
		PartitionSections.render(html, trace.project());
		lineage(html, graph);
		html.append("</body>\n</html>\n");
		return html.toString();
	}

	private static void summary(StringBuilder html, TraceGraph graph, Coverage coverage) {
		Map<String, Integer> counts = new TreeMap<>();
		graph.nodes(Kind.TEST).forEach(t -> counts.merge(t.status(), 1, Integer::sum));
		int failing = (int) graph.nodes(Kind.REQUIREMENT).stream()
				.filter(r -> !Status.isGood(r.status())).count();
		boolean none = graph.nodes(Kind.REQUIREMENT).isEmpty();
		// no requirement: nothing is shown to be met, so the summary claims nothing
		html.append("<section id=\"summary\"><h2>Summary</h2>\n<p class=\"verdict ")
				.append(none ? "none" : failing == 0 ? "good" : "bad").append("\">")
				.append(none ? "No requirement is modelled yet, so nothing is shown to be met: add requirements with "
						+ "acceptance criteria and tests that verify them."
						: failing == 0 ? "Every requirement is shown to be met by current evidence."
						: failing + " of " + coverage.requirements() + " requirement(s) are not shown to be met: see below.")
				.append("</p>\n<ul class=\"counts\">");
		counts.forEach((status, count) -> html.append("<li class=\"status ").append(status.toLowerCase(Locale.ROOT))
				.append("\" data-status=\"").append(status).append("\"><b>").append(count).append("</b> ").append(status)
				.append("</li>"));
		html.append("</ul>\n</section>\n");
	}

	private static void requirementTable(StringBuilder html, TraceGraph graph) {
		html.append("<section id=\"requirements\"><h2>Requirements and their evidence</h2>\n<table class=\"evidence\">\n"
				+ "<thead><tr><th>Requirement</th><th>Status</th><th>Test</th><th>Verdict</th><th>Value [interval]</th>"
				+ "<th>Criterion</th></tr></thead>\n<tbody>\n");
		for (TraceNode requirement : graph.nodes(Kind.REQUIREMENT)) {
			List<TraceNode> tests = graph.incoming(requirement.id()).stream().filter(e -> e.kind() == TraceEdge.Kind.VERIFIES)
					.map(e -> graph.node(e.from())).toList();
			String head = "<td rowspan=\"" + Math.max(1, tests.size()) + "\"><b>" + xml(requirement.simpleName()) + "</b>"
					+ (requirement.title() == null ? "" : "<br><span class=\"title\">" + xml(requirement.title()) + "</span>")
					+ "</td><td rowspan=\"" + Math.max(1, tests.size()) + "\">" + badge(requirement.status()) + "</td>";
			if (tests.isEmpty()) {
				html.append("<tr data-requirement=\"").append(xml(requirement.name())).append("\">").append(head)
						.append("<td colspan=\"4\" class=\"none\">no test verifies this requirement</td></tr>\n");
				continue;
			}
			for (int i = 0; i < tests.size(); i++) {
				TraceNode test = tests.get(i);
				ResultRecord result = graph.result(test.id());
				html.append("<tr data-requirement=\"").append(xml(requirement.name())).append("\" data-test=\"")
						.append(xml(test.name())).append("\" data-verdict=\"").append(xml(test.status())).append("\">");
				if (i == 0) {
					html.append(head);
				}
				html.append("<td>").append(xml(test.simpleName())).append("<br><span class=\"source\">")
						.append(xml(test.source() == null ? "" : test.source())).append("</span></td><td>").append(badge(test.status()))
						.append("</td><td class=\"num\">").append(result == null ? "—" : value(result)).append("</td><td>")
						.append(result == null || result.criterion() == null ? "" : xml((result.metric() == null ? ""
								: result.metric() + " ") + result.criterion())).append("</td></tr>\n");
			}
		}
		html.append("</tbody></table></section>\n");
	}

	private static String value(ResultRecord result) {
		if (Double.isNaN(result.value())) {
			return "—";
		}
		return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", result.value(), result.lower(), result.upper());
	}

	private static String badge(String status) {
		String s = status == null ? "—" : status;
		return "<span class=\"badge " + xml(s.toLowerCase(Locale.ROOT)) + "\">" + xml(s) + "</span>";
	}

	private static void coverage(StringBuilder html, Coverage coverage) {
		html.append("<section id=\"coverage\"><h2>Coverage</h2>\n<p>").append(coverage.passingRequirements()).append(" of ")
				.append(coverage.requirements()).append(" requirements shown met now.</p>\n");
		gap(html, "unverified", "Requirements no test verifies", coverage.unverifiedRequirements());
		gap(html, "unmeasured", "Quality attributes no test measures", coverage.unmeasuredAttributes());
		gap(html, "unmitigated", "Hazards no requirement mitigates", coverage.unmitigatedHazards());
		gap(html, "without-result", "Tests whose last result is missing, stale or suspect", coverage.testsWithoutCurrentResult());
		html.append("</section>\n");
	}

	private static void gap(StringBuilder html, String id, String title, List<TraceNode> nodes) {
		html.append("<h3>").append(xml(title)).append(" (").append(nodes.size()).append(")</h3>\n<ul class=\"gap\" id=\"")
				.append(id).append("\">");
		if (nodes.isEmpty()) {
			html.append("<li class=\"none\">none</li>");
		}
		for (TraceNode node : nodes) {
			html.append("<li data-id=\"").append(xml(node.id())).append("\">").append(xml(node.name()))
					.append(node.source() == null ? "" : " <span class=\"source\">" + xml(node.source()) + "</span>")
					.append(node.status() == null || node.kind() != Kind.TEST ? "" : " " + badge(node.status())).append("</li>");
		}
		html.append("</ul>\n");
	}

	private static void failures(StringBuilder html, TraceGraph graph) {
		List<TraceNode> notPassing = graph.nodes(Kind.TEST).stream().filter(t -> !Status.PASS.equals(t.status())).toList();
		html.append("<section id=\"details\"><h2>What did not pass, and why</h2>\n");
		if (notPassing.isEmpty()) {
			html.append("<p class=\"none\">Every test passed.</p>\n");
		}
		for (TraceNode test : notPassing) {
			ResultRecord result = graph.result(test.id());
			html.append("<div class=\"detail\" data-test=\"").append(xml(test.name())).append("\"><h3>")
					.append(xml(test.name())).append(' ').append(badge(test.status())).append("</h3>\n");
			String suspect = graph.outgoing(test.id()).stream().filter(TraceEdge::isSuspect).map(TraceEdge::suspect).findFirst()
					.orElse(null);
			if (suspect != null) {
				html.append("<p class=\"suspect\">Suspect: ").append(xml(suspect)).append(". Run the suite again.</p>\n");
			}
			if (result == null) {
				html.append("<p>No result recorded yet: run the project's suites (<code>./assay run</code> or <code>mvn test"
						+ "</code>).</p>\n");
			} else {
				html.append("<p>").append(xml(result.message() == null ? "" : result.message())).append("</p>\n");
				if (!result.details().isEmpty()) {
					html.append("<ul>");
					result.details().forEach(d -> html.append("<li>").append(xml(d)).append("</li>"));
					html.append("</ul>\n");
				}
			}
			html.append("</div>\n");
		}
		html.append("</section>\n");
	}

	private static void lineage(StringBuilder html, TraceGraph graph) {
		Map<String, ResultRecord> bySuite = new LinkedHashMap<>();
		for (TraceNode test : graph.nodes(Kind.TEST)) {
			ResultRecord result = graph.result(test.id());
			if (result != null) {
				bySuite.putIfAbsent(result.suite(), result);
			}
		}
		html.append("<section id=\"lineage\"><h2>Lineage</h2>\n<p>Inputs hashed (SHA-256) before each run, seeds and "
				+ "versions, per suite's latest run.</p>\n");
		for (ResultRecord result : bySuite.values()) {
			html.append("<h3>").append(xml(result.suite())).append("</h3>\n<table class=\"lineage\"><tbody>\n");
			List<String[]> rows = new ArrayList<>();
			result.inputs().forEach((k, v) -> rows.add(new String[] { "input", k, v }));
			result.seeds().forEach((k, v) -> rows.add(new String[] { "seed", k, String.valueOf(v) }));
			result.versions().forEach((k, v) -> rows.add(new String[] { "version", k, v }));
			for (String[] row : rows) {
				html.append("<tr><td>").append(row[0]).append("</td><td>").append(xml(row[1])).append("</td><td class=\"hash\">")
						.append(xml(row[2])).append("</td></tr>\n");
			}
			html.append("</tbody></table>\n");
		}
		if (bySuite.isEmpty()) {
			html.append("<p class=\"none\">No results recorded yet.</p>\n");
		}
		html.append("</section>\n");
	}

	private static final String CSS = """
			body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0 2em 3em; color: #222; }
			header { border-bottom: 3px solid #1565c0; margin-bottom: 1em; }
			h1 { margin-bottom: 0.2em; } .sub { color: #555; margin-top: 0; }
			h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.6em; }
			table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: 4px 8px; vertical-align: top; }
			th { background: #f5f5f5; text-align: left; } .num { font-variant-numeric: tabular-nums; white-space: nowrap; }
			.title, .source { color: #666; font-size: 85%; } .none { color: #777; font-style: italic; }
			.badge { display: inline-block; padding: 1px 6px; border-radius: 4px; font-size: 85%; font-weight: bold; color: #fff; background: #757575; }
			.badge.pass { background: #2e7d32; } .badge.warn { background: #f9a825; color: #222; } .badge.fail, .badge.unverified { background: #c62828; }
			.badge.error { background: #6a1b9a; } .badge.inconclusive { background: #1565c0; } .badge.stale, .badge.changed, .badge.suspect { background: #ef6c00; }
			.verdict { font-size: 120%; font-weight: bold; padding: 0.5em 0.8em; border-radius: 6px; }
			.verdict.good { background: #e8f5e9; color: #1b5e20; } .verdict.bad { background: #ffebee; color: #b71c1c; }
			.verdict.none { background: #f5f5f5; color: #424242; }
			.counts { list-style: none; padding: 0; display: flex; gap: 1.5em; } .bad { color: #b71c1c; }
			.diagram { overflow: auto; border: 1px solid #ddd; background: #fcfcfc; max-height: 80vh; }
			.suspect { color: #b71c1c; font-weight: bold; } .hash { font-family: monospace; font-size: 85%; }
			.detail { border-left: 4px solid #c62828; padding-left: 1em; margin-bottom: 1em; }
			.findings li.info { color: #555; } .history .badge { margin-right: 2px; }
			""";
}
