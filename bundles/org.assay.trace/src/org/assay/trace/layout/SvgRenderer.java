package org.assay.trace.layout;

import java.util.Locale;

import org.assay.trace.Status;
import org.assay.trace.TraceNode;
import org.assay.trace.layout.TraceDiagram.Box;
import org.assay.trace.layout.TraceDiagram.Route;

/**
 * Draws a laid-out trace diagram as a self-contained SVG document: boxes filled by kind and outlined by status,
 * suspect links dashed red with the reason as a tooltip. Every element carries {@code data-*} attributes (id, kind,
 * status, link kind) so that tools and tests can read the drawing. Deterministic: the same diagram gives the same bytes.
 */
public final class SvgRenderer {

	private SvgRenderer() {
	}

	public static String render(TraceDiagram diagram) {
		double margin = 12;
		double top = margin + (diagram.note() == null ? 0 : 22);
		// the note is one line at about 6.6 px per character
		double width = Math.max(diagram.width(), diagram.note() == null ? 0 : 6.6 * diagram.note().length());
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"assay-trace\" width=\"%.0f\" "
				+ "height=\"%.0f\" viewBox=\"%.1f %.1f %.1f %.1f\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n",
				width + 2 * margin, diagram.height() + margin + top, -margin, -top, width + 2 * margin,
				diagram.height() + margin + top));
		if (diagram.note() != null) {
			svg.append(String.format(Locale.ROOT, "<text class=\"note\" x=\"0\" y=\"%.1f\" fill=\"#444\" font-style=\"italic\">",
					-top + 16)).append(xml(diagram.note())).append("</text>\n");
		}
		svg.append("<defs><marker id=\"assay-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
				+ "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
		svg.append("<g class=\"edges\">\n");
		for (Route route : diagram.edges()) {
			edge(svg, route);
		}
		svg.append("</g>\n<g class=\"nodes\">\n");
		for (Box box : diagram.nodes()) {
			node(svg, box);
		}
		svg.append("</g>\n</svg>\n");
		return svg.toString();
	}

	private static void edge(StringBuilder svg, Route route) {
		double[] p = route.points();
		if (p.length < 4) {
			return;
		}
		String d = pathData(p);
		boolean suspect = route.edge().isSuspect();
		svg.append("<path class=\"edge ").append(route.edge().kind().name().toLowerCase(Locale.ROOT))
				.append(suspect ? " suspect" : "").append("\" data-from=\"").append(xml(route.edge().from()))
				.append("\" data-to=\"").append(xml(route.edge().to())).append("\" data-kind=\"").append(route.edge().kind())
				.append("\" d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(suspect ? "#c62828" : "#777")
				.append("\" stroke-width=\"").append(suspect ? "2" : "1.2").append('"')
				.append(suspect ? " stroke-dasharray=\"6 4\"" : "").append(" marker-end=\"url(#assay-arrow)\"><title>")
				.append(xml(route.edge().kind().label() + (suspect ? " — suspect: " + route.edge().suspect() : "")))
				.append("</title></path>\n");
	}

	/** An SVG path's {@code d} through the points {@code x0, y0, x1, y1, …}: {@code M x0,y0 L x1,y1 …}, one decimal. */
	public static String pathData(double[] points) {
		StringBuilder d = new StringBuilder();
		for (int i = 0; i < points.length; i += 2) {
			d.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f", points[i], points[i + 1]));
		}
		return d.toString();
	}

	private static void node(StringBuilder svg, Box box) {
		TraceNode node = box.node();
		String status = node.status();
		svg.append(String.format(Locale.ROOT, "<g class=\"node %s%s\" data-id=\"%s\" data-kind=\"%s\"%s transform=\"translate(%.1f,%.1f)\">",
				node.kind().name().toLowerCase(Locale.ROOT), status == null ? "" : " " + status.toLowerCase(Locale.ROOT),
				xml(node.id()), node.kind(), status == null ? "" : " data-status=\"" + status + "\"", box.x(), box.y()));
		svg.append("<title>").append(xml(node.kind().label() + " " + node.name() + (node.title() == null ? "" : " — "
				+ node.title()) + (node.source() == null ? "" : " (" + node.source() + ")") + (status == null ? "" : ": "
						+ status))).append("</title>");
		svg.append(String.format(Locale.ROOT, "<rect width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"%s\" stroke=\"%s\" "
				+ "stroke-width=\"%s\"%s/>", box.width(), box.height(), fill(node.kind()), stroke(status),
				status == null ? "1" : "2.5", Status.UNVERIFIED.equals(status) || Status.MISSING.equals(status)
						? " stroke-dasharray=\"5 3\"" : ""));
		svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"17\" fill=\"#444\" font-size=\"10\">%s</text>",
				xml(node.kind().label() + (status == null ? "" : " · " + status))));
		svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"35\" fill=\"#111\" font-weight=\"bold\">%s</text>",
				xml(node.simpleName())));
		svg.append("</g>\n");
	}

	/** Fill colour of a kind (light, so the status outline and the text stay readable). */
	public static String fill(TraceNode.Kind kind) {
		return switch (kind) {
		case HAZARD -> "#fde0dc";
		case ATTRIBUTE -> "#ede7f6";
		case REQUIREMENT -> "#e3f2fd";
		case TEST -> "#fffde7";
		case PIPELINE -> "#e8f5e9";
		case DATASET -> "#f3e5f5";
		case MODEL -> "#e0f7fa";
		};
	}

	/** Outline colour of a status. */
	public static String stroke(String status) {
		if (status == null) {
			return "#78909c";
		}
		return switch (status) {
		case Status.PASS -> "#2e7d32";
		case Status.WARN -> "#f9a825";
		case Status.FAIL, Status.UNVERIFIED -> "#c62828";
		case Status.ERROR -> "#6a1b9a";
		case Status.INCONCLUSIVE -> "#1565c0";
		case Status.STALE, Status.CHANGED, Status.SUSPECT -> "#ef6c00";
		default -> "#757575";
		};
	}

	/** Escapes text for XML content and attribute values. */
	public static String xml(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> {
				if (c < 0x20 && c != '\n' && c != '\t') {
					out.append(' '); // not allowed in XML 1.0
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}
}
