package org.assay.trace.score;

import java.util.Locale;

import org.assay.trace.score.MlTestScore.ItemScore;
import org.assay.trace.score.MlTestScore.SectionScore;

/**
 * The ML Test Score as a table, what {@code assay score} prints and the Maven plugin's {@code score} goal writes: each
 * item with its points, basis and at most three of its covers (the JSON form lists them all), the section sums with
 * the cheapest way to raise each, and the final score with the paper's reading. Lines end with {@code \n}.
 */
public final class ScoreText {

	private ScoreText() {
	}

	public static String render(MlTestScore score) {
		StringBuilder out = new StringBuilder();
		out.append("ML Test Score (Breck et al. 2017)")
				.append(score.lastRun() == null ? "; nothing has run yet" : "; recent evidence: run " + score.lastRun())
				.append('\n');
		for (SectionScore section : score.sections()) {
			out.append('\n').append(section.section().title()).append(": ").append(MlTestScore.format(section.sum()))
					.append(" of 7\n");
			for (ItemScore item : section.items()) {
				out.append(String.format(Locale.ROOT, "  %-10s %-3s %-9s %s%s", item.item().label(),
						MlTestScore.format(item.points()), item.basis().name().toLowerCase(Locale.ROOT), item.item().title(),
						item.evidence().isEmpty() ? "" : " — " + item.evidenceSummary(3))).append('\n');
			}
			if (section.raise() != null) {
				out.append(String.format(Locale.ROOT, "  to raise it (+%s): %s %s: %s", MlTestScore.format(section.raise().gain()),
						section.raise().item().label(), section.raise().item().id(), section.raise().action())).append('\n');
			}
		}
		return out.append('\n').append("Final score (minimum of the sections): ").append(MlTestScore.format(score.score()))
				.append(" — ").append(score.band()).append('\n').toString();
	}
}
