package org.assay.dsl.reqif;

import java.util.Locale;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The plain text of a ReqIF XHTML value, as a reader would write it down: paragraphs, headings and block quotes
 * separated by a blank line, {@code <div>}s and {@code <br/>} by a line break, list items on their own lines as
 * {@code - item} or {@code 1. item} (nested lists indented by two spaces per level), table rows on their own lines with
 * cells separated by {@code " | "}, whitespace inside text collapsed as a browser does (except in {@code <pre>}), a
 * no-break space written as a space. Entities and non-ASCII characters arrive resolved from the XML parser and are kept
 * as they are. An {@code <object>} (a DOORS OLE object, an image) without fallback content becomes
 * {@code [object: DATA]}, an {@code <img>} {@code [image: ALT]}.
 */
public final class XhtmlText {

	private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
			"table", "address", "hr", "dl");
	private static final Set<String> LINES = Set.of("div", "ul", "ol", "li", "tr", "dt", "dd", "caption");

	private final StringBuilder out = new StringBuilder();
	private int pendingBreak;
	private int listDepth;
	private boolean preformatted;

	private XhtmlText() {
	}

	/** The text of the XHTML content below {@code value} (a ReqIF THE-VALUE element). */
	public static String of(Element value) {
		XhtmlText text = new XhtmlText();
		text.children(value);
		return text.result();
	}

	private void children(Node parent) {
		int index = 0;
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text(child.getNodeValue());
			} else if (child instanceof Element element) {
				element(element, parent, index++);
			}
		}
	}

	private void element(Element element, Node parent, int index) {
		String tag = ReqifReader.local(element).toLowerCase(Locale.ROOT);
		switch (tag) {
		case "br" -> lineBreak();
		case "img" -> inline("[image: " + (element.getAttribute("alt").isEmpty() ? element.getAttribute("src")
				: element.getAttribute("alt")) + "]");
		case "object" -> {
			if (element.getTextContent().isBlank() && !hasElements(element)) {
				inline("[object: " + element.getAttribute("data") + "]");
			} else {
				children(element);
			}
		}
		case "ul", "ol" -> {
			request(1);
			listDepth++;
			children(element);
			listDepth--;
			request(1);
		}
		case "li" -> {
			request(1);
			String marker = "ol".equals(ReqifReader.local(parent).toLowerCase(Locale.ROOT)) ? (index + 1) + ". " : "- ";
			inline("  ".repeat(Math.max(0, listDepth - 1)) + marker);
			children(element);
			request(1);
		}
		case "td", "th" -> {
			if (index > 0) {
				inline(" | ");
			}
			children(element);
		}
		case "pre" -> {
			request(2);
			preformatted = true;
			children(element);
			preformatted = false;
			request(2);
		}
		default -> {
			int around = PARAGRAPHS.contains(tag) ? 2 : LINES.contains(tag) ? 1 : 0;
			request(around);
			children(element);
			request(around);
		}
		}
	}

	private static boolean hasElements(Element element) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element) {
				return true;
			}
		}
		return false;
	}

	private void text(String raw) {
		if (preformatted) {
			flushBreak();
			out.append(raw.replace('\u00a0', ' ').replace("\r\n", "\n"));
			return;
		}
		// XML whitespace collapses as in a browser; a no-break space does not (it keeps indentation and runs of spaces)
		String collapsed = raw.replaceAll("[ \\t\\r\\n]+", " ");
		if (collapsed.isEmpty()) {
			return;
		}
		if (collapsed.equals(" ")) {
			if (!out.isEmpty() && !atLineStart() && pendingBreak == 0) {
				out.append(' ');
			}
			return;
		}
		flushBreak();
		if (atLineStart() || out.isEmpty() || out.charAt(out.length() - 1) == ' ') {
			collapsed = collapsed.stripLeading();
		}
		out.append(collapsed.replace('\u00a0', ' '));
	}

	private void inline(String text) {
		flushBreak();
		out.append(text);
	}

	private void lineBreak() {
		flushBreak();
		trimLineEnd();
		out.append('\n');
	}

	private void request(int lines) {
		pendingBreak = Math.max(pendingBreak, lines);
	}

	private void flushBreak() {
		if (pendingBreak > 0 && !out.isEmpty()) {
			trimLineEnd();
			int have = 0;
			for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
				have++;
			}
			out.append("\n".repeat(Math.max(0, pendingBreak - have)));
		}
		pendingBreak = 0;
	}

	private boolean atLineStart() {
		return !out.isEmpty() && out.charAt(out.length() - 1) == '\n';
	}

	private void trimLineEnd() {
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == ' ') {
			end--;
		}
		out.setLength(end);
	}

	private String result() {
		String text = out.toString().replaceAll("[ \\t]+\n", "\n");
		return text.strip().replaceAll("\n{3,}", "\n\n");
	}
}
