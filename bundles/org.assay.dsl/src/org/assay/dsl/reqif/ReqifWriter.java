package org.assay.dsl.reqif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.assay.dsl.reqif.ReqifExport.Item;
import org.assay.dsl.reqif.ReqifExport.Link;
import org.assay.dsl.reqif.ReqifExport.LinkKind;

/**
 * Writes a {@link ReqifExport} as a ReqIF 1.2 file (docs/reqif.md): one spec object type each for requirements,
 * hazards and tests; the standard attributes ReqIF.ForeignID, ReqIF.Name and ReqIF.Text (XHTML) that every
 * requirements tool maps; Assay.Name, Assay.Status (an enumeration of {@link #STATUSES}) and Assay.Details; a string
 * attribute per attribute kept from an import; spec relations "mitigates" and "verified by"; three specifications
 * (requirements, hazards, tests). Identifiers are derived from names, everything is sorted, and the one timestamp is
 * the export's declared one, so the same project state gives the same bytes. A pure function: no I/O.
 */
public final class ReqifWriter {

	/** The values of the Assay.Status enumeration: the verdicts, and what the trace adds. */
	public static final List<String> STATUSES = List.of("PASS", "WARN", "FAIL", "INCONCLUSIVE", "ERROR", "NO_DATA",
			"STALE", "SUSPECT", "MISSING", "UNVERIFIED");

	private static final String XHTML = "http://www.w3.org/1999/xhtml";
	private static final int MAX_LENGTH = 1_000_000;

	private final ReqifExport export;
	private final StringBuilder out = new StringBuilder();
	private final String time;

	private ReqifWriter(ReqifExport export) {
		this.export = export;
		this.time = export.timestamp();
	}

	public static String write(ReqifExport export) {
		return new ReqifWriter(export).document();
	}

	/** Whether a text can be a ReqIF IDENTIFIER (an XML NCName; Assay writes only ASCII ones). */
	public static boolean isIdentifier(String text) {
		return text != null && text.matches("[A-Za-z_][A-Za-z0-9._-]*");
	}

	private String document() {
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<REQ-IF xmlns=\"").append(ReqifReader.NAMESPACE).append("\" xmlns:xhtml=\"").append(XHTML).append("\">\n");
		line(1, "<THE-HEADER>");
		line(2, "<REQ-IF-HEADER IDENTIFIER=\"assay.header\">");
		line(3, "<COMMENT>Written by assay export reqif: requirements with their status, hazards, tests and trace links</COMMENT>");
		line(3, "<CREATION-TIME>" + time + "</CREATION-TIME>");
		line(3, "<REQ-IF-TOOL-ID>Assay</REQ-IF-TOOL-ID>");
		line(3, "<REQ-IF-VERSION>1.0</REQ-IF-VERSION>");
		line(3, "<SOURCE-TOOL-ID>Assay</SOURCE-TOOL-ID>");
		line(3, "<TITLE>" + text(export.title()) + "</TITLE>");
		line(2, "</REQ-IF-HEADER>");
		line(1, "</THE-HEADER>");
		line(1, "<CORE-CONTENT>");
		line(2, "<REQ-IF-CONTENT>");
		datatypes();
		List<String> kept = keptAttributes();
		line(3, "<SPEC-TYPES>");
		objectType("requirement", "Assay requirement", kept);
		objectType("hazard", "Assay hazard", List.of());
		objectType("test", "Assay test", List.of());
		for (LinkKind kind : List.of(LinkKind.MITIGATES, LinkKind.VERIFIED_BY)) {
			line(4, "<SPEC-RELATION-TYPE IDENTIFIER=\"" + relationType(kind.label()) + "\" LAST-CHANGE=\"" + time
					+ "\" LONG-NAME=\"" + kind.label() + "\"/>");
		}
		// one relation type per name the requirement links use ('derives from', a tool's 'parent'), sorted
		for (String label : new java.util.TreeSet<>(export.links().stream().filter(l -> l.kind() == LinkKind.REQUIREMENT)
				.map(Link::label).toList())) {
			line(4, "<SPEC-RELATION-TYPE IDENTIFIER=\"" + relationType(label) + "\" LAST-CHANGE=\"" + time
					+ "\" LONG-NAME=\"" + attr(label) + "\"/>");
		}
		line(4, "<SPECIFICATION-TYPE IDENTIFIER=\"assay.type.specification\" LAST-CHANGE=\"" + time
				+ "\" LONG-NAME=\"Assay specification\"/>");
		line(3, "</SPEC-TYPES>");
		line(3, "<SPEC-OBJECTS>");
		export.requirements().forEach(item -> object("requirement", item, kept));
		export.hazards().forEach(item -> object("hazard", item, List.of()));
		export.tests().forEach(item -> object("test", item, List.of()));
		line(3, "</SPEC-OBJECTS>");
		line(3, "<SPEC-RELATIONS>");
		for (Link link : export.links()) {
			String kind = link.kind() == LinkKind.REQUIREMENT ? slug(link.label())
					: link.kind().name().toLowerCase(java.util.Locale.ROOT);
			line(4, "<SPEC-RELATION IDENTIFIER=\"" + attr("assay.link." + kind + "." + link.source() + "." + link.target())
					+ "\" LAST-CHANGE=\"" + time + "\">");
			line(5, "<SOURCE><SPEC-OBJECT-REF>" + text(link.source()) + "</SPEC-OBJECT-REF></SOURCE>");
			line(5, "<TARGET><SPEC-OBJECT-REF>" + text(link.target()) + "</SPEC-OBJECT-REF></TARGET>");
			line(5, "<TYPE><SPEC-RELATION-TYPE-REF>" + relationType(link.label()) + "</SPEC-RELATION-TYPE-REF></TYPE>");
			line(4, "</SPEC-RELATION>");
		}
		line(3, "</SPEC-RELATIONS>");
		line(3, "<SPECIFICATIONS>");
		specification("requirements", "Requirements", export.requirements());
		specification("hazards", "Hazards", export.hazards());
		specification("tests", "Tests", export.tests());
		line(3, "</SPECIFICATIONS>");
		line(2, "</REQ-IF-CONTENT>");
		line(1, "</CORE-CONTENT>");
		out.append("</REQ-IF>\n");
		return out.toString();
	}

	private void datatypes() {
		line(3, "<DATATYPES>");
		line(4, "<DATATYPE-DEFINITION-STRING IDENTIFIER=\"assay.datatype.string\" LAST-CHANGE=\"" + time
				+ "\" LONG-NAME=\"Text\" MAX-LENGTH=\"" + MAX_LENGTH + "\"/>");
		line(4, "<DATATYPE-DEFINITION-XHTML IDENTIFIER=\"assay.datatype.xhtml\" LAST-CHANGE=\"" + time
				+ "\" LONG-NAME=\"Formatted text\"/>");
		line(4, "<DATATYPE-DEFINITION-ENUMERATION IDENTIFIER=\"assay.datatype.status\" LAST-CHANGE=\"" + time
				+ "\" LONG-NAME=\"Assay status\">");
		line(5, "<SPECIFIED-VALUES>");
		for (int i = 0; i < STATUSES.size(); i++) {
			String status = STATUSES.get(i);
			line(6, "<ENUM-VALUE IDENTIFIER=\"" + statusId(status) + "\" LAST-CHANGE=\"" + time + "\" LONG-NAME=\"" + status
					+ "\">");
			line(7, "<PROPERTIES><EMBEDDED-VALUE KEY=\"" + i + "\" OTHER-CONTENT=\"" + status + "\"/></PROPERTIES>");
			line(6, "</ENUM-VALUE>");
		}
		line(5, "</SPECIFIED-VALUES>");
		line(4, "</DATATYPE-DEFINITION-ENUMERATION>");
		line(3, "</DATATYPES>");
	}

	/** The names of the attributes kept from imports, sorted: each gets a string attribute definition. */
	private List<String> keptAttributes() {
		TreeSet<String> names = new TreeSet<>();
		export.requirements().forEach(r -> r.attributes().forEach(a -> names.add(a.getKey())));
		names.remove("ReqIF.ForeignID");
		return new ArrayList<>(names);
	}

	private void objectType(String kind, String label, List<String> kept) {
		line(4, "<SPEC-OBJECT-TYPE IDENTIFIER=\"assay.type." + kind + "\" LAST-CHANGE=\"" + time + "\" LONG-NAME=\"" + label
				+ "\">");
		line(5, "<SPEC-ATTRIBUTES>");
		definition(kind, "foreignId", "ReqIF.ForeignID", "STRING", "assay.datatype.string");
		definition(kind, "name", "ReqIF.Name", "STRING", "assay.datatype.string");
		definition(kind, "text", "ReqIF.Text", "XHTML", "assay.datatype.xhtml");
		definition(kind, "assayName", "Assay.Name", "STRING", "assay.datatype.string");
		definition(kind, "status", "Assay.Status", "ENUMERATION", "assay.datatype.status");
		definition(kind, "details", "Assay.Details", "STRING", "assay.datatype.string");
		for (int i = 0; i < kept.size(); i++) {
			definition(kind, "kept" + (i + 1), kept.get(i), "STRING", "assay.datatype.string");
		}
		line(5, "</SPEC-ATTRIBUTES>");
		line(4, "</SPEC-OBJECT-TYPE>");
	}

	private void definition(String kind, String key, String name, String type, String datatype) {
		String multi = "ENUMERATION".equals(type) ? " MULTI-VALUED=\"false\"" : "";
		line(6, "<ATTRIBUTE-DEFINITION-" + type + " IDENTIFIER=\"" + definitionId(kind, key) + "\" LAST-CHANGE=\"" + time
				+ "\" LONG-NAME=\"" + attr(name) + "\"" + multi + ">");
		line(7, "<TYPE><DATATYPE-DEFINITION-" + type + "-REF>" + datatype + "</DATATYPE-DEFINITION-" + type + "-REF></TYPE>");
		line(6, "</ATTRIBUTE-DEFINITION-" + type + ">");
	}

	private void object(String kind, Item item, List<String> kept) {
		line(4, "<SPEC-OBJECT IDENTIFIER=\"" + attr(item.identifier()) + "\" LAST-CHANGE=\"" + time + "\">");
		line(5, "<TYPE><SPEC-OBJECT-TYPE-REF>assay.type." + kind + "</SPEC-OBJECT-TYPE-REF></TYPE>");
		line(5, "<VALUES>");
		string(kind, "foreignId", item.foreignId());
		string(kind, "name", item.title());
		if (item.text() != null) {
			line(6, "<ATTRIBUTE-VALUE-XHTML>");
			line(7, "<DEFINITION><ATTRIBUTE-DEFINITION-XHTML-REF>" + definitionId(kind, "text")
					+ "</ATTRIBUTE-DEFINITION-XHTML-REF></DEFINITION>");
			line(7, "<THE-VALUE>" + xhtml(item.text()) + "</THE-VALUE>");
			line(6, "</ATTRIBUTE-VALUE-XHTML>");
		}
		string(kind, "assayName", item.name());
		if (item.status() != null) {
			line(6, "<ATTRIBUTE-VALUE-ENUMERATION>");
			line(7, "<DEFINITION><ATTRIBUTE-DEFINITION-ENUMERATION-REF>" + definitionId(kind, "status")
					+ "</ATTRIBUTE-DEFINITION-ENUMERATION-REF></DEFINITION>");
			line(7, "<VALUES><ENUM-VALUE-REF>" + statusId(item.status()) + "</ENUM-VALUE-REF></VALUES>");
			line(6, "</ATTRIBUTE-VALUE-ENUMERATION>");
		}
		string(kind, "details", item.details());
		for (Map.Entry<String, String> attribute : item.attributes()) {
			int index = kept.indexOf(attribute.getKey());
			if (index >= 0) {
				string(kind, "kept" + (index + 1), attribute.getValue());
			}
		}
		line(5, "</VALUES>");
		line(4, "</SPEC-OBJECT>");
	}

	private void string(String kind, String key, String value) {
		if (value == null) {
			return;
		}
		line(6, "<ATTRIBUTE-VALUE-STRING THE-VALUE=\"" + attr(value) + "\">");
		line(7, "<DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>" + definitionId(kind, key)
				+ "</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION>");
		line(6, "</ATTRIBUTE-VALUE-STRING>");
	}

	private void specification(String key, String label, List<Item> items) {
		line(4, "<SPECIFICATION IDENTIFIER=\"assay.specification." + key + "\" LAST-CHANGE=\"" + time + "\" LONG-NAME=\""
				+ label + "\">");
		line(5, "<TYPE><SPECIFICATION-TYPE-REF>assay.type.specification</SPECIFICATION-TYPE-REF></TYPE>");
		if (!items.isEmpty()) {
			line(5, "<CHILDREN>");
			for (Item item : items) {
				line(6, "<SPEC-HIERARCHY IDENTIFIER=\"" + attr("assay.hierarchy." + item.identifier()) + "\" LAST-CHANGE=\""
						+ time + "\">");
				line(7, "<OBJECT><SPEC-OBJECT-REF>" + text(item.identifier()) + "</SPEC-OBJECT-REF></OBJECT>");
				line(6, "</SPEC-HIERARCHY>");
			}
			line(5, "</CHILDREN>");
		}
		line(4, "</SPECIFICATION>");
	}

	/**
	 * Plain text as XHTML: a paragraph per blank-line-separated block, {@code <br/>} for the line breaks inside, and a
	 * space that XHTML would collapse (at a line's start, or after another space) as a no-break space, so that
	 * indentation survives a round trip ({@link XhtmlText} reads a no-break space as a space).
	 */
	private static String xhtml(String plain) {
		StringBuilder html = new StringBuilder("<xhtml:div>");
		for (String paragraph : plain.split("\n{2,}", -1)) {
			StringBuilder lines = new StringBuilder();
			for (String line : paragraph.split("\n", -1)) {
				lines.append(lines.isEmpty() ? "" : "<xhtml:br/>").append(text(keepSpaces(line)));
			}
			html.append("<xhtml:p>").append(lines).append("</xhtml:p>");
		}
		return html.append("</xhtml:div>").toString();
	}

	private static String keepSpaces(String line) {
		StringBuilder kept = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			kept.append(c == ' ' && (i == 0 || line.charAt(i - 1) == ' ') ? '\u00a0' : c);
		}
		return kept.toString();
	}

	private static String definitionId(String kind, String key) {
		return "assay." + kind + "." + key;
	}

	/** {@code assay.relation.verified-by}: the type's name in lower case, every other run of characters a '-'. */
	private static String relationType(String label) {
		return "assay.relation." + slug(label);
	}

	private static String slug(String label) {
		String slug = label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "link" : slug;
	}

	private static String statusId(String status) {
		return "assay.status." + status;
	}

	private void line(int indent, String text) {
		out.append("  ".repeat(indent)).append(text).append('\n');
	}

	/** Character data: markup escaped, characters XML 1.0 cannot hold dropped. */
	static String text(String value) {
		StringBuilder escaped = new StringBuilder();
		value.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			default -> {
				if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
					escaped.appendCodePoint(c);
				}
			}
			}
		});
		return escaped.toString();
	}

	/** An attribute value: as {@link #text} and quotes, line breaks and tabs as character references (kept exactly). */
	static String attr(String value) {
		return text(value).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
	}
}
