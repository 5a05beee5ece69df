package org.assay.trace.score;

import static org.assay.trace.gsn.GsnJson.number;
import static org.assay.trace.gsn.GsnJson.string;

import java.util.Locale;

import org.assay.trace.score.MlTestScore.ItemScore;
import org.assay.trace.score.MlTestScore.SectionScore;

/**
 * The JSON form of the ML Test Score, what {@code assay score --json} prints and the Maven plugin's {@code score} goal
 * writes: the rubric, the run whose evidence counts as recent, the final score and its reading, then per section its
 * sum, its seven items (points, basis, every cover, the note) and the cheapest way to raise it. Keys in a fixed order,
 * so the same score gives the same bytes.
 */
public final class ScoreJson {

	private ScoreJson() {
	}

	public static String render(MlTestScore score) {
		StringBuilder json = new StringBuilder("{\n");
		json.append("  \"rubric\": ").append(string("ML Test Score (Breck et al., IEEE BigData 2017)")).append(",\n");
		json.append("  \"lastRun\": ").append(string(score.lastRun())).append(",\n");
		json.append("  \"score\": ").append(number(score.score())).append(",\n");
		json.append("  \"band\": ").append(string(score.band())).append(",\n");
		json.append("  \"sections\": [");
		for (int s = 0; s < score.sections().size(); s++) {
			SectionScore section = score.sections().get(s);
			json.append(s == 0 ? "\n" : ",\n").append("    {\"section\": ").append(string(section.section().key()))
					.append(", \"title\": ").append(string(section.section().title())).append(", \"sum\": ")
					.append(number(section.sum())).append(",\n      \"items\": [");
			for (int i = 0; i < section.items().size(); i++) {
				json.append(i == 0 ? "\n" : ",\n");
				item(json, section.items().get(i));
			}
			json.append("\n      ]");
			if (section.raise() != null) {
				json.append(",\n      \"raise\": {\"id\": ").append(string(section.raise().item().id())).append(", \"gain\": ")
						.append(number(section.raise().gain())).append(", \"action\": ")
						.append(string(section.raise().action())).append('}');
			}
			json.append('}');
		}
		return json.append("\n  ]\n}\n").toString();
	}

	private static void item(StringBuilder json, ItemScore item) {
		json.append("        {\"id\": ").append(string(item.item().id())).append(", \"title\": ")
				.append(string(item.item().title())).append(", \"points\": ").append(number(item.points()))
				.append(", \"basis\": ").append(string(item.basis().name().toLowerCase(Locale.ROOT)))
				.append(", \"evidence\": [");
		for (int e = 0; e < item.evidence().size(); e++) {
			json.append(e == 0 ? "" : ", ").append(string(item.evidence().get(e)));
		}
		json.append(']');
		if (item.note() != null) {
			json.append(", \"note\": ").append(string(item.note()));
		}
		json.append('}');
	}
}
