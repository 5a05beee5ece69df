package org.assay.trace.report;

import static org.assay.trace.layout.SvgRenderer.xml;

import java.util.Map;
import java.util.TreeMap;

import org.assay.trace.ProjectTrace;
import org.assay.trace.annex.AnnexDocument;
import org.assay.trace.annex.AnnexDocument.Entry;
import org.assay.trace.annex.AnnexDocument.Gap;
import org.assay.trace.annex.AnnexDocument.Section;
import org.assay.trace.annex.AnnexIvBuilder;

/**
 * The report's EU AI Act section (area deliver, #11): how far the models fill the technical documentation of Annex IV
 * — one row per sub-point with its status — and the gap list, each gap with the model element to add and where; the
 * documentation itself is {@code assay export annex-iv}'s (docs/annex-iv.md). Built by {@link AnnexIvBuilder} like the
 * export, without its timestamp, so the report stays a pure function of the models and runs.
 */
final class AnnexSection {

	/** Not shown: the export's one timestamp field. */
	private static final String NO_TIMESTAMP = "1970-01-01T00:00:00Z";

	private AnnexSection() {
	}

	static void append(StringBuilder html, ProjectTrace trace) {
		AnnexDocument doc = AnnexIvBuilder.build(trace, NO_TIMESTAMP);
		Map<String, Integer> statuses = new TreeMap<>();
		doc.sections().forEach(s -> s.entries().forEach(e -> statuses.merge(e.status(), 1, Integer::sum)));
		Map<String, Integer> kinds = new TreeMap<>();
		doc.gaps().forEach(g -> kinds.merge(g.kind(), 1, Integer::sum));
		html.append("<section id=\"annex-iv\"><h2>EU AI Act technical documentation (Annex IV)</h2>\n<p class=\"legend\">")
				.append(text(AnnexDocument.REGULATION)).append(": the sub-points the models fill (")
				.append(statuses.getOrDefault("filled", 0)).append(" filled, ").append(statuses.getOrDefault("partial", 0))
				.append(" partial, ").append(statuses.getOrDefault("gap", 0)).append(" gaps) and the ").append(doc.gaps().size())
				.append(" gap(s) to close (").append(text(kinds.toString())).append("; <code>model</code>: an element to add, "
						+ "<code>outside</code>: a document no Assay element holds). <code>assay export annex-iv</code> writes the "
						+ "documentation, the instructions for use and their manifest.</p>\n");
		html.append("<table class=\"evidence annex\">\n<thead><tr><th>Point</th><th>Sub-point</th><th>Status</th></tr></thead>\n"
				+ "<tbody>\n");
		for (Section section : doc.sections()) {
			for (Entry entry : section.entries()) {
				html.append("<tr data-ref=\"").append(text(entry.ref())).append("\" data-status=\"").append(text(entry.status()))
						.append("\"><td>").append(text(entry.ref())).append("</td><td>").append(text(entry.heading()))
						.append("</td><td class=\"").append(entry.status().equals("filled") ? "good" : "bad").append("\">")
						.append(text(entry.status())).append("</td></tr>\n");
			}
		}
		html.append("</tbody></table>\n<h3>Gaps</h3>\n<table class=\"evidence annex-gaps\">\n<thead><tr><th>Point</th><th>Kind"
				+ "</th><th>Add</th><th>Why</th><th>Where</th></tr></thead>\n<tbody>\n");
		for (Gap gap : doc.gaps()) {
			html.append("<tr data-gap=\"").append(text(gap.code())).append("\" data-kind=\"").append(text(gap.kind()))
					.append("\"><td>").append(text(gap.point())).append("</td><td>").append(text(gap.kind())).append("</td><td>")
					.append(text(gap.element())).append("</td><td>").append(text(gap.message())).append("</td><td>")
					.append(gap.source() == null ? "" : "<code>" + text(gap.source()) + "</code>").append("</td></tr>\n");
		}
		html.append("</tbody></table></section>\n");
	}

	/** Escaped for HTML; nothing for a missing value. */
	private static String text(String value) {
		return value == null ? "" : xml(value);
	}
}
