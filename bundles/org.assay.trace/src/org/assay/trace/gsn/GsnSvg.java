package org.assay.trace.gsn;

import static org.assay.trace.layout.SvgRenderer.xml;

import java.util.List;
import java.util.Locale;

import org.assay.trace.Status;
import org.assay.trace.gsn.GsnDiagram.Route;
import org.assay.trace.gsn.GsnDiagram.Shape;
import org.assay.trace.gsn.GsnElement.Type;
import org.assay.trace.layout.SvgRenderer;

/**
 * Draws a laid-out safety case as a self-contained SVG document in GSN's shapes: goal a rectangle, strategy a
 * parallelogram, solution a circle, context a rounded rectangle, assumption and justification ellipses marked A and J,
 * away goal a rectangle with its reference below a line, and a diamond under an undeveloped element. Supported-by
 * links end in a filled arrowhead, in-context-of links in a hollow one. Outlines show status in the colours of the
 * traceability diagram ({@link SvgRenderer#stroke}); stale evidence is dashed. Every element carries {@code data-*}
 * attributes (id, type, status, model element). Deterministic: the same diagram gives the same bytes.
 */
public final class GsnSvg {

	private GsnSvg() {
	}

	/** The safety case laid out ({@link GsnLayout}) and drawn: what {@code assay export gsn} and the Maven plugin write. */
	public static String render(SafetyCase safetyCase) {
		return render(GsnLayout.layout(safetyCase));
	}

	public static String render(GsnDiagram diagram) {
		double margin = 12;
		double top = margin + (diagram.note() == null ? 0 : 22);
		// the note is one line at about 6 px per character
		double width = Math.max(diagram.width(), diagram.note() == null ? 0 : 6.0 * diagram.note().length());
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"assay-gsn\" width=\"%.0f\" "
				+ "height=\"%.0f\" viewBox=\"%.1f %.1f %.1f %.1f\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n",
				width + 2 * margin, diagram.height() + margin + top, -margin, -top, width + 2 * margin,
				diagram.height() + margin + top));
		svg.append("<title>").append(xml("Safety case: " + diagram.safetyCase().title())).append("</title>\n");
		if (diagram.note() != null) {
			svg.append(String.format(Locale.ROOT, "<text class=\"note\" x=\"0\" y=\"%.1f\" fill=\"#444\" font-style=\"italic\">",
					-top + 16)).append(xml(diagram.note())).append("</text>\n");
		}
		svg.append("<defs><marker id=\"gsn-supported-by\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
				+ "markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker>"
				+ "<marker id=\"gsn-in-context-of\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
				+ "markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#fff\" stroke=\"#333\"/></marker>"
				+ "</defs>\n<g class=\"links\">\n");
		for (Route route : diagram.routes()) {
			link(svg, route);
		}
		svg.append("</g>\n<g class=\"elements\">\n");
		for (Shape shape : diagram.shapes()) {
			element(svg, shape);
		}
		svg.append("</g>\n</svg>\n");
		return svg.toString();
	}

	private static void link(StringBuilder svg, Route route) {
		double[] p = route.points();
		if (p.length < 4) {
			return;
		}
		String d = SvgRenderer.pathData(p);
		String kind = route.link().kind() == GsnLink.Kind.SUPPORTED_BY ? "supported-by" : "in-context-of";
		svg.append("<path class=\"link ").append(kind).append("\" data-from=\"").append(route.link().from())
				.append("\" data-to=\"").append(route.link().to()).append("\" d=\"").append(d)
				.append("\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.2\" marker-end=\"url(#gsn-").append(kind)
				.append(")\"/>\n");
	}

	private static void element(StringBuilder svg, Shape shape) {
		GsnElement element = shape.element();
		String status = element.status();
		String type = element.type().json();
		svg.append(String.format(Locale.ROOT, "<g class=\"gsn %s%s%s\" data-id=\"%s\" data-type=\"%s\"%s%s transform=\"translate(%.1f,%.1f)\">",
				type, status == null || GsnElement.UNDEVELOPED.equals(status) ? "" : " " + status.toLowerCase(Locale.ROOT),
				element.undeveloped() ? " undeveloped" : "",
				element.id(), type, status == null ? "" : " data-status=\"" + status + "\"",
				element.element() == null ? "" : " data-element=\"" + xml(element.element()) + "\"", shape.x(), shape.y()));
		svg.append("<title>").append(xml(tooltip(element))).append("</title>");
		double w = shape.width();
		double h = shape.height() - (element.undeveloped() ? GsnLayout.DIAMOND : 0);
		String stroke = stroke(status);
		String width = status == null || GsnElement.UNDEVELOPED.equals(status) ? "1.2" : "2.2";
		String dash = Status.STALE.equals(status) || Status.MISSING.equals(status) ? " stroke-dasharray=\"6 3\"" : "";
		String paint = String.format(Locale.ROOT, " fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s", fill(element.type()),
				stroke, width, dash);
		boolean centred = element.type() == Type.SOLUTION || element.type() == Type.ASSUMPTION
				|| element.type() == Type.JUSTIFICATION;
		switch (element.type()) {
		case GOAL, AWAY_GOAL -> svg.append(String.format(Locale.ROOT, "<rect width=\"%.1f\" height=\"%.1f\"%s/>", w, h, paint));
		case STRATEGY -> svg.append(String.format(Locale.ROOT, "<polygon points=\"12,0 %.1f,0 %.1f,%.1f 0,%.1f\"%s/>", w, w - 12,
				h, h, paint));
		case SOLUTION -> svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"%s/>", w / 2, h / 2,
				w / 2, paint));
		case CONTEXT -> svg.append(String.format(Locale.ROOT, "<rect width=\"%.1f\" height=\"%.1f\" rx=\"14\"%s/>", w, h, paint));
		case ASSUMPTION, JUSTIFICATION -> svg.append(String.format(Locale.ROOT, "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" "
				+ "ry=\"%.1f\"%s/><text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\" font-size=\"13\">%s</text>", w / 2, h / 2,
				w / 2, h / 2, paint, w - 10, h, element.type() == Type.ASSUMPTION ? "A" : "J"));
		}
		text(svg, shape, w, h, centred);
		if (element.type() == Type.AWAY_GOAL) {
			svg.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>"
					+ "<text x=\"8\" y=\"%.1f\" fill=\"#444\" font-size=\"10\">%s</text>", h - GsnLayout.LINE - 4, w,
					h - GsnLayout.LINE - 4, stroke, h - 6, xml("away goal: developed at " + element.ref())));
		}
		if (element.undeveloped()) {
			double cx = w / 2;
			svg.append(String.format(Locale.ROOT, "<polygon class=\"undeveloped-mark\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f "
					+ "%.1f,%.1f\" fill=\"#fff\" stroke=\"#333\"/>", cx, h, cx + 8, h + 8, cx, h + 16, cx - 8, h + 8));
		}
		svg.append("</g>\n");
	}

	/** The header (identifier and status) and the statement's lines: left-aligned in boxes, centred in round shapes. */
	private static void text(StringBuilder svg, Shape shape, double w, double h, boolean centred) {
		GsnElement element = shape.element();
		List<String> lines = shape.lines();
		double textHeight = GsnLayout.HEADER + GsnLayout.LINE * lines.size();
		double top = centred ? (h - textHeight) / 2 : 4;
		double x = centred ? w / 2 : element.type() == Type.STRATEGY ? 18 : 8;
		String anchor = centred ? " text-anchor=\"middle\"" : "";
		String header = element.id() + (element.status() == null ? "" : " · " + element.status());
		svg.append(String.format(Locale.ROOT, "<text class=\"header\" x=\"%.1f\" y=\"%.1f\"%s fill=\"#444\" font-size=\"10\" "
				+ "font-weight=\"bold\">%s</text>", x, top + 12, anchor, xml(header)));
		for (int i = 0; i < lines.size(); i++) {
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"%s fill=\"#111\">%s</text>", x,
					top + GsnLayout.HEADER + 10 + i * GsnLayout.LINE, anchor, xml(lines.get(i))));
		}
	}

	private static String tooltip(GsnElement element) {
		StringBuilder text = new StringBuilder(element.id()).append(' ').append(element.type().label()).append(": ")
				.append(element.text());
		if (element.source() != null) {
			text.append(" (").append(element.source()).append(')');
		}
		if (element.evidence() != null && element.evidence().stale() != null) {
			text.append(" — stale: ").append(element.evidence().stale());
		}
		if (element.undeveloped()) {
			text.append(" — undeveloped");
		}
		return text.toString();
	}

	/** Outline colour of a status (the trace's colours; undeveloped red). */
	public static String stroke(String status) {
		return GsnElement.UNDEVELOPED.equals(status) ? "#c62828" : SvgRenderer.stroke(status);
	}

	/** Fill colour of an element type. */
	public static String fill(Type type) {
		return switch (type) {
		case GOAL, AWAY_GOAL -> "#e3f2fd";
		case STRATEGY -> "#ede7f6";
		case SOLUTION -> "#fffde7";
		case CONTEXT -> "#f5f5f5";
		case ASSUMPTION, JUSTIFICATION -> "#e8f5e9";
		};
	}
}
