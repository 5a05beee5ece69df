package org.assay.trace.report;

import static org.assay.trace.layout.SvgRenderer.xml;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assay.trace.ProjectTrace;
import org.assay.trace.annex.AnnexDocument;
import org.assay.trace.annex.AnnexIvBuilder;

/**
 * annex (#11): the report's view of the EU AI Act technical documentation (docs/annex-iv.md): per Annex IV point how
 * many sub-point entries the model fills, and the gaps that name a model element to add. The full documentation is
 * {@code assay export annex-iv}; the report carries no export timestamp, so it stays deterministic.
 */
final class AnnexSection {

	private AnnexSection() {
	}

	static void append(StringBuilder html, ProjectTrace trace) {
		AnnexDocument doc = AnnexIvBuilder.build(trace, null);
		html.append("<section id=\"annex-iv\"><h2>EU AI Act technical documentation (Annex IV)</h2><p class=\"legend\">"
				+ "How much of the documentation of Regulation (EU) 2024/1689, Annex IV, the model fills; "
				+ "<code>assay export annex-iv</code> writes it with the instructions for use (Art. 13(3)), and "
				+ "<code>assay validate --profile ai-act</code> locates the model gaps.</p>\n<table class=\"annex\"><thead><tr>"
				+ "<th>Point</th><th>Filled</th><th>Partial</th><th>Gap</th></tr></thead>\n<tbody>\n");
		for (AnnexDocument.Section section : doc.sections()) {
			Map<String, Integer> counts = new LinkedHashMap<>(Map.of("filled", 0, "partial", 0, "gap", 0));
			section.entries().forEach(e -> counts.merge(e.status(), 1, Integer::sum));
			html.append("<tr data-point=\"").append(xml(section.point())).append("\"><td>").append(xml(section.point()))
					.append(". ").append(xml(section.title())).append("</td><td class=\"num\">").append(counts.get("filled"))
					.append("</td><td class=\"num\">").append(counts.get("partial")).append("</td><td class=\"num\">")
					.append(counts.get("gap")).append("</td></tr>\n");
		}
		long outside = doc.gaps().stream().filter(g -> !g.kind().equals("model")).count();
		html.append("</tbody></table>\n<h3>What the model must add (")
				.append(doc.gaps().stream().filter(g -> g.kind().equals("model")).count()).append(")</h3>\n<ul class=\"gap\" id=\"annex-gaps\">");
		doc.gaps().stream().filter(g -> g.kind().equals("model")).forEach(g -> html.append("<li data-code=\"")
				.append(xml(g.code())).append("\"><code>").append(xml(g.element())).append("</code> (Annex IV ")
				.append(xml(g.point())).append(") <span class=\"source\">").append(xml(g.source() == null ? "" : g.source()))
				.append("</span></li>"));
		if (doc.gaps().stream().noneMatch(g -> g.kind().equals("model"))) {
			html.append("<li class=\"none\">none</li>");
		}
		html.append("</ul>\n<p class=\"none\">").append(outside).append(" further point(s) need documents from outside "
				+ "the model or a recorded run; the exported gap table lists them.</p>\n</section>\n");
	}
}
