package org.assay.trace.report;

import static org.assay.trace.layout.SvgRenderer.xml;

import org.assay.trace.ProjectTrace;
import org.assay.trace.Status;
import org.assay.trace.gsn.GsnElement;
import org.assay.trace.gsn.GsnLayout;
import org.assay.trace.gsn.GsnSvg;
import org.assay.trace.gsn.SafetyCase;
import org.assay.trace.gsn.SafetyCaseBuilder;

/** The report's safety case: the GSN argument drawn, and what in it is undeveloped or rests on stale evidence. */
final class SafetyCaseSection {

	private SafetyCaseSection() {
	}

	static void append(StringBuilder html, ProjectTrace trace) {
		SafetyCase safetyCase = SafetyCaseBuilder.build(trace);
		html.append("<section id=\"safety-case\"><h2>Safety case (GSN)</h2><p class=\"legend\">The argument that the ML "
				+ "component is acceptably safe and fit for its purpose, derived from the model: goals (rectangles), strategies "
				+ "(parallelograms), the tests' current results as solutions (circles), context (rounded), assumptions and "
				+ "justifications (A, J); a diamond marks what is still undeveloped, dashed outlines stale or missing evidence "
				+ "(<code>assay export gsn</code> writes it as SVG and JSON).</p>\n<div class=\"diagram\">\n")
				.append(GsnSvg.render(GsnLayout.layout(safetyCase))).append("</div>\n");
		list(html, "gsn-undeveloped", "Undeveloped", safetyCase.undeveloped().stream().toList());
		list(html, "gsn-stale", "Solutions on stale evidence", safetyCase.elements(GsnElement.Type.SOLUTION).stream()
				.filter(e -> Status.STALE.equals(e.status())).toList());
		html.append("</section>\n");
	}

	private static void list(StringBuilder html, String id, String title, java.util.List<GsnElement> elements) {
		html.append("<h3>").append(title).append(" (").append(elements.size()).append(")</h3>\n<ul class=\"gap\" id=\"")
				.append(id).append("\">");
		if (elements.isEmpty()) {
			html.append("<li class=\"none\">none</li>");
		}
		for (GsnElement element : elements) {
			html.append("<li data-id=\"").append(element.id()).append("\"><b>").append(element.id()).append("</b> ")
					.append(xml(element.text()));
			if (element.evidence() != null && element.evidence().stale() != null) {
				html.append(" <span class=\"suspect\">").append(xml(element.evidence().stale())).append("</span>");
			}
			html.append("</li>");
		}
		html.append("</ul>\n");
	}
}
