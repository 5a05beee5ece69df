package org.assay.trace.report;

import static org.assay.trace.layout.SvgRenderer.xml;

import java.util.Locale;

import org.assay.trace.ProjectTrace;
import org.assay.trace.score.MlTestScore;
import org.assay.trace.score.MlTestScore.ItemScore;
import org.assay.trace.score.MlTestScore.SectionScore;
import org.assay.trace.score.ScoreEvaluator;

/**
 * The report's ML Test Score section: the four section sums, the final score with the paper's reading, one table row
 * per item (points, basis, what covers it) and the cheapest way to raise each section. The figures are
 * {@link ScoreEvaluator}'s, the same as {@code assay score} prints.
 */
public final class ScoreSection {

	/** Its own styles, appended to the report's. */
	static final String CSS = """
			.mltest td.points { text-align: right; } .mltest tr.automated td.points { color: #1b5e20; font-weight: bold; }
			.mltest tr.review td.points { color: #8d6e00; } .mltest tr.stale td.points, .mltest tr.none td.points { color: #b71c1c; }
			.mltest .sums { list-style: none; padding: 0; display: flex; gap: 1.5em; }
			""";

	private ScoreSection() {
	}

	/** Appends the section. */
	public static void render(StringBuilder html, ProjectTrace trace) {
		render(html, ScoreEvaluator.evaluate(trace));
	}

	static void render(StringBuilder html, MlTestScore score) {
		html.append("<section id=\"ml-test-score\" class=\"mltest\"><h2>ML Test Score</h2>\n<p>The 28 tests of Breck et al., "
				+ "<em>The ML Test Score: A Rubric for ML Production Readiness and Technical Debt Reduction</em> (IEEE BigData "
				+ "2017): 1 point for an automated Assay test with a result from the last run (or a monitor), 0.5 for a "
				+ "recorded manual review; the final score is the minimum of the four sections.</p>\n");
		html.append("<p class=\"verdict ").append(score.score() > 2 ? "good" : "bad").append("\" data-score=\"")
				.append(MlTestScore.format(score.score())).append("\">Final score ").append(MlTestScore.format(score.score()))
				.append(": ").append(xml(score.band())).append("</p>\n<ul class=\"sums\">");
		for (SectionScore section : score.sections()) {
			html.append("<li data-section=\"").append(section.section().key()).append("\">").append(xml(section.section()
					.title())).append(": <strong>").append(MlTestScore.format(section.sum())).append("</strong> of 7</li>");
		}
		html.append("</ul>\n<table class=\"evidence\">\n<thead><tr><th>Test</th><th>Points</th><th>Basis</th><th>Covered by"
				+ "</th></tr></thead>\n<tbody>\n");
		for (SectionScore section : score.sections()) {
			for (ItemScore item : section.items()) {
				String basis = item.basis().name().toLowerCase(Locale.ROOT);
				html.append("<tr class=\"").append(basis).append("\" data-item=\"").append(item.item().id()).append("\"><td>")
						.append(item.item().label()).append(" <span class=\"title\">").append(xml(item.item().title()))
						.append("</span></td><td class=\"points num\">").append(MlTestScore.format(item.points())).append("</td><td>")
						.append(basis).append("</td><td>").append(item.evidence().isEmpty() ? "<span class=\"none\">nothing</span>"
								: xml(item.evidenceSummary(3)));
				if (item.note() != null) {
					html.append(" <span class=\"title\">(").append(xml(item.note())).append(")</span>");
				}
				html.append("</td></tr>\n");
			}
		}
		html.append("</tbody></table>\n<h3>To raise each section</h3>\n<ul>\n");
		for (SectionScore section : score.sections()) {
			html.append("<li>").append(xml(section.section().title())).append(": ");
			if (section.raise() == null) {
				html.append("every item scores 1.");
			} else {
				html.append("+").append(MlTestScore.format(section.raise().gain())).append(" with ")
						.append(section.raise().item().label()).append(" (").append(xml(section.raise().item().title()))
						.append("): ").append(xml(section.raise().action()));
			}
			html.append("</li>\n");
		}
		html.append("</ul>\n</section>\n");
	}
}
