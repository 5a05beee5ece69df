package org.assay.trace.report;

import static org.assay.trace.layout.SvgRenderer.xml;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.runtime.data.DataFindings;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.Run;
import org.assay.runtime.results.RunsFile;

/**
 * The report's sections about runs: which run the report shows, what its data held outside the declaration (said every
 * time, whatever the verdicts), and each test's verdicts over the last runs.
 */
final class RunSections {

	/** How many runs the history shows per test. */
	static final int HISTORY = 10;

	private RunSections() {
	}

	/** {@code latest run <id> · started … · commit …}, or nothing before the first run. */
	static String latestRun(List<Run> runs) {
		Run last = Run.last(runs);
		if (last == null) {
			return "";
		}
		StringBuilder text = new StringBuilder(" · latest run <code>").append(xml(last.info().id())).append("</code>");
		if (last.info().started() != null) {
			text.append(" started ").append(xml(last.info().started()));
		}
		if (last.info().commit() != null) {
			text.append(" at commit <code>").append(xml(last.info().commit().substring(0, 12))).append("</code>");
		}
		return text.append(" · ").append(runs.size()).append(" run(s) recorded").toString();
	}

	/** What loading each dataset found in the latest run that loaded data. */
	static void data(StringBuilder html, List<Run> runs) {
		html.append("<section id=\"data\"><h2>Data findings</h2>\n");
		Run run = null;
		for (int i = runs.size() - 1; i >= 0 && run == null; i--) {
			run = runs.get(i).data().isEmpty() ? null : runs.get(i);
		}
		if (run == null) {
			html.append("<p class=\"none\">No data findings recorded").append(runs.isEmpty() ? " yet" : " (runs of an "
					+ "earlier Assay, or suites without a pipeline)").append(".</p>\n</section>\n");
			return;
		}
		html.append("<p>Values outside the declaration are read as missing and counted by the data-quality gates; they are "
				+ "listed here on every run, whether the gates passed or not (run <code>").append(xml(run.info().id()))
				.append("</code>).</p>\n");
		for (DataFindings findings : run.data()) {
			html.append("<h3 data-dataset=\"").append(xml(findings.dataset())).append("\">").append(xml(findings.headline()))
					.append("</h3>\n");
			if (findings.nothingFound()) {
				continue;
			}
			html.append("<ul class=\"findings\">");
			for (DataFindings.Finding finding : findings.findings()) {
				html.append("<li class=\"bad\" data-column=\"").append(xml(finding.column())).append("\" data-kind=\"")
						.append(finding.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\">")
						.append(xml(finding.describe())).append("</li>");
			}
			if (!findings.undeclaredColumns().isEmpty()) {
				html.append("<li class=\"info\">Information: column(s) of the file the dataset does not declare, not read: ")
						.append(xml(String.join(", ", findings.undeclaredColumns()))).append("</li>");
			}
			html.append("</ul>\n");
		}
		html.append("</section>\n");
	}

	/** One row per test: its verdicts in the last {@value #HISTORY} runs that measured it, oldest first. */
	static void history(StringBuilder html, List<Run> runs) {
		Map<String, List<Evidence>> history = Run.history(runs, HISTORY);
		html.append("<section id=\"history\"><h2>History</h2>\n");
		if (history.isEmpty()) {
			html.append("<p class=\"none\">No runs recorded yet.</p>\n</section>\n");
			return;
		}
		html.append("<p>Each test's verdict in the last ").append(HISTORY).append(" runs that measured it, oldest first ("
				+ "from <code>").append(RunsFile.PATH).append("</code>).</p>\n<table class=\"history\">\n<thead><tr><th>Test</th>"
						+ "<th>Verdicts</th></tr></thead>\n<tbody>\n");
		Map<Evidence, String> runOf = new java.util.IdentityHashMap<>();
		runs.forEach(r -> r.evidence().forEach(e -> runOf.put(e, r.info().id())));
		history.forEach((test, evidence) -> {
			html.append("<tr data-test=\"").append(xml(test)).append("\"><td>").append(xml(test)).append("</td><td>");
			for (Evidence e : evidence) {
				String verdict = e.verdict() == null ? "—" : e.verdict().name();
				String value = Double.isNaN(e.value()) ? "" : String.format(Locale.ROOT, " %.4f", e.value());
				html.append("<span class=\"badge ").append(verdict.toLowerCase(Locale.ROOT)).append("\" title=\"run ")
						.append(xml(String.valueOf(runOf.get(e)))).append(xml(value)).append("\">").append(verdict)
						.append("</span> ");
			}
			html.append("</td></tr>\n");
		});
		html.append("</tbody></table></section>\n");
	}
}
