package org.assay.trace.gsn;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON form of a safety case ({@code assay-gsn/1}): its title, the run its evidence comes from, the elements in
 * the argument's order with their GSN type, statement, status, undeveloped flag, model element and source, and for
 * solutions the evidence they cite; then the links. Keys in a fixed order, numbers as Java prints them (non-finite ones
 * as {@code null}), so the same safety case gives the same bytes.
 */
public final class GsnJson {

	/** The format's name and version, written as {@code schema}. */
	public static final String SCHEMA = "assay-gsn/1";

	private GsnJson() {
	}

	public static String render(SafetyCase safetyCase) {
		StringBuilder json = new StringBuilder("{\n");
		json.append("  \"schema\": ").append(string(SCHEMA)).append(",\n");
		json.append("  \"title\": ").append(string(safetyCase.title())).append(",\n");
		json.append("  \"run\": ").append(string(safetyCase.run())).append(",\n");
		json.append("  \"elements\": [");
		for (int i = 0; i < safetyCase.elements().size(); i++) {
			json.append(i == 0 ? "\n" : ",\n");
			element(json, safetyCase.elements().get(i));
		}
		json.append("\n  ],\n  \"links\": [");
		for (int i = 0; i < safetyCase.links().size(); i++) {
			GsnLink link = safetyCase.links().get(i);
			json.append(i == 0 ? "\n" : ",\n").append("    {\"from\": ").append(string(link.from())).append(", \"to\": ")
					.append(string(link.to())).append(", \"kind\": ").append(string(link.kind().json())).append('}');
		}
		return json.append("\n  ]\n}\n").toString();
	}

	private static void element(StringBuilder json, GsnElement element) {
		json.append("    {\"id\": ").append(string(element.id())).append(", \"type\": ")
				.append(string(element.type().json())).append(", \"text\": ").append(string(element.text()))
				.append(", \"status\": ").append(string(element.status())).append(", \"undeveloped\": ")
				.append(element.undeveloped()).append(", \"element\": ").append(string(element.element()))
				.append(", \"source\": ").append(string(element.source()));
		if (element.ref() != null) {
			json.append(", \"ref\": ").append(string(element.ref()));
		}
		SolutionEvidence e = element.evidence();
		if (e != null) {
			json.append(",\n      \"evidence\": {\"test\": ").append(string(e.test())).append(", \"run\": ")
					.append(string(e.run())).append(", \"metric\": ").append(string(e.metric())).append(", \"value\": ")
					.append(number(e.value())).append(", \"lower\": ").append(number(e.lower())).append(", \"upper\": ")
					.append(number(e.upper())).append(", \"confidence\": ").append(number(e.confidence()))
					.append(", \"criterion\": ").append(string(e.criterion())).append(", \"verdict\": ")
					.append(string(e.verdict())).append(", \"stale\": ").append(string(e.stale()))
					.append(",\n        \"lineage\": ").append(string(e.lineage())).append(", \"inputs\": {");
			Map<String, String> inputs = new TreeMap<>(e.inputs());
			boolean first = true;
			for (Map.Entry<String, String> input : inputs.entrySet()) {
				json.append(first ? "" : ", ").append(string(input.getKey())).append(": ").append(string(input.getValue()));
				first = false;
			}
			json.append("}}");
		}
		json.append('}');
	}

	/** A JSON number as Java prints it, {@code null} for NaN and infinities. */
	public static String number(double value) {
		return Double.isFinite(value) ? String.valueOf(value) : "null";
	}

	/** A JSON string (or {@code null}), escaped per RFC 8259; also the ML Test Score's JSON form uses it. */
	public static String string(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
