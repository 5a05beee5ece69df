package org.assay.trace.score;

import java.util.List;

import org.assay.dsl.catalogue.MlTestItem;
import org.assay.dsl.catalogue.MlTestItem.Section;

/**
 * A project's ML Test Score: the four section sums and the final score, their minimum, with the paper's reading of it.
 *
 * @param sections Data, Model, ML Infrastructure, Monitoring, in the paper's order
 * @param lastRun the id of the run whose evidence counts as recent (null when nothing has run)
 */
public record MlTestScore(List<SectionScore> sections, String lastRun) {

	public MlTestScore {
		sections = List.copyOf(sections);
	}

	/** How an item earned its points. */
	public enum Basis {
		/** covered by an automated test with a recent result, or by a monitor: 1 point */
		AUTOMATED,
		/** a {@code review} records a manual check: half a point */
		REVIEW,
		/** covered by a test whose latest result is not recent (stale, missing, errored, or of an older run): 0 */
		STALE,
		/** nothing covers it: 0 */
		NONE
	}

	/**
	 * One of the 28 items.
	 *
	 * @param evidence what covers it: {@code test suite.test (VERDICT)}, {@code monitor name}, {@code review name}
	 * @param note why it scored what it did, for the stale case the reason
	 */
	public record ItemScore(MlTestItem item, double points, Basis basis, List<String> evidence, String note) {
		public ItemScore {
			evidence = List.copyOf(evidence);
		}

		/** The first {@code max} entries of {@link #evidence()}, joined with "; ", and how many more there are. */
		public String evidenceSummary(int max) {
			String shown = String.join("; ", evidence.subList(0, Math.min(max, evidence.size())));
			return evidence.size() > max ? shown + " and " + (evidence.size() - max) + " more" : shown;
		}
	}

	/**
	 * What to add to raise a section: its cheapest missing item.
	 *
	 * @param gain the points it adds (1, or 0.5 for a review)
	 * @param action the Assay construct to add, in words
	 */
	public record Suggestion(MlTestItem item, double gain, String action) {
	}

	/** A section: its seven items, their sum, and the cheapest way up (null when all seven score 1). */
	public record SectionScore(Section section, List<ItemScore> items, Suggestion raise) {
		public SectionScore {
			items = List.copyOf(items);
		}

		public double sum() {
			return items.stream().mapToDouble(ItemScore::points).sum();
		}
	}

	/** The final score: the minimum of the section sums. */
	public double score() {
		return sections.stream().mapToDouble(SectionScore::sum).min().orElse(0);
	}

	/** The paper's interpretation of the final score. */
	public String band() {
		return band(score());
	}

	/** The paper's interpretation of a final score (its table of score ranges). */
	public static String band(double score) {
		if (score <= 0) {
			return "More of a research project than a productionized system.";
		}
		if (score <= 1) {
			return "Not totally untested, but it is worth considering the possibility of serious holes in reliability.";
		}
		if (score <= 2) {
			return "There's been first pass at basic productionization, but additional investment may be needed.";
		}
		if (score <= 3) {
			return "Reasonably tested, but it's possible that more of those tests and procedures may be automated.";
		}
		if (score <= 5) {
			return "Strong levels of automated testing and monitoring, appropriate for mission-critical systems.";
		}
		return "Exceptional levels of automated testing and monitoring.";
	}

	/** A score as the paper writes it: {@code 0}, {@code 1.5}, {@code 2}. */
	public static String format(double points) {
		return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
	}
}
