package org.assay.trace.annex;

import static org.assay.trace.gsn.GsnJson.string;

import java.util.List;

import org.assay.trace.annex.AnnexDocument.Entry;
import org.assay.trace.annex.AnnexDocument.Fact;
import org.assay.trace.annex.AnnexDocument.Gap;
import org.assay.trace.annex.AnnexDocument.Section;
import org.assay.trace.annex.AnnexDocument.Table;

/**
 * The JSON form of the documentation ({@value AnnexDocument#SCHEMA}, schema in docs/annex-iv.schema.json): keys in a
 * fixed order, strings escaped by the safety case's JSON writer ({@link org.assay.trace.gsn.GsnJson#string}), so the
 * same document gives the same bytes.
 */
public final class AnnexJson {

	private AnnexJson() {
	}

	public static String render(AnnexDocument doc) {
		StringBuilder json = new StringBuilder("{\n");
		json.append("  \"schema\": ").append(string(AnnexDocument.SCHEMA)).append(",\n");
		json.append("  \"regulation\": ").append(string(AnnexDocument.REGULATION)).append(",\n");
		json.append("  \"title\": ").append(string(doc.title())).append(",\n");
		json.append("  \"project\": ").append(string(doc.project())).append(",\n");
		json.append("  \"generated\": ").append(string(doc.generated())).append(",\n");
		json.append("  \"evidence\": {\"run\": ").append(string(doc.run())).append(", \"started\": ")
				.append(string(doc.runStarted())).append("},\n");
		json.append("  \"sections\": [");
		for (int i = 0; i < doc.sections().size(); i++) {
			Section s = doc.sections().get(i);
			json.append(i == 0 ? "\n" : ",\n").append("    {\"point\": ").append(string(s.point())).append(", \"title\": ")
					.append(string(s.title())).append(", \"entries\": [");
			entries(json, s.entries(), "      ");
			json.append("]}");
		}
		json.append("\n  ],\n  \"instructionsForUse\": {\"title\": ")
				.append(string("Instructions for use: summary of Art. 13(3)")).append(", \"entries\": [");
		entries(json, doc.instructions(), "    ");
		json.append("]},\n  \"gaps\": [");
		for (int i = 0; i < doc.gaps().size(); i++) {
			Gap g = doc.gaps().get(i);
			json.append(i == 0 ? "\n" : ",\n").append("    {\"point\": ").append(string(g.point())).append(", \"code\": ")
					.append(string(g.code())).append(", \"kind\": ").append(string(g.kind())).append(", \"element\": ")
					.append(string(g.element())).append(", \"message\": ").append(string(g.message()))
					.append(", \"source\": ").append(string(g.source())).append('}');
		}
		return json.append(doc.gaps().isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
	}

	private static void entries(StringBuilder json, List<Entry> entries, String indent) {
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			json.append(i == 0 ? "\n" : ",\n").append(indent).append("{\"ref\": ").append(string(e.ref()))
					.append(", \"heading\": ").append(string(e.heading())).append(", \"status\": ").append(string(e.status()))
					.append(",\n").append(indent).append(" \"text\": ").append(strings(e.text())).append(", \"facts\": [");
			for (int f = 0; f < e.facts().size(); f++) {
				Fact fact = e.facts().get(f);
				json.append(f == 0 ? "" : ", ").append("{\"label\": ").append(string(fact.label())).append(", \"value\": ")
						.append(string(fact.value())).append(", \"source\": ").append(string(fact.source())).append('}');
			}
			json.append("],\n").append(indent).append(" \"tables\": [");
			for (int t = 0; t < e.tables().size(); t++) {
				Table table = e.tables().get(t);
				json.append(t == 0 ? "" : ", ").append("{\"caption\": ").append(string(table.caption()))
						.append(", \"columns\": ").append(strings(table.columns())).append(", \"rows\": [");
				for (int r = 0; r < table.rows().size(); r++) {
					json.append(r == 0 ? "\n" : ",\n").append(indent).append("   ").append(strings(table.rows().get(r)));
				}
				json.append("]}");
			}
			json.append("],\n").append(indent).append(" \"gaps\": ").append(strings(e.gaps())).append('}');
		}
		if (!entries.isEmpty()) {
			json.append('\n').append(indent, 0, indent.length() - 2);
		}
	}

	private static String strings(List<String> values) {
		StringBuilder out = new StringBuilder("[");
		for (int i = 0; i < values.size(); i++) {
			out.append(i == 0 ? "" : ", ").append(string(values.get(i)));
		}
		return out.append(']').toString();
	}
}
