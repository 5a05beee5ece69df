package org.assay.trace.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.assay.dsl.ElementNames;
import org.assay.dsl.catalogue.MlTestItem;
import org.assay.dsl.catalogue.MlTestItem.Section;
import org.assay.model.Dataset;
import org.assay.model.Element;
import org.assay.model.Monitor;
import org.assay.model.MonitorCheck;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.assay.runtime.results.Run;
import org.assay.trace.ProjectTrace;
import org.assay.trace.Status;
import org.assay.trace.TraceGraphBuilder;
import org.assay.trace.TraceNode;
import org.assay.trace.TraceNode.Kind;
import org.assay.trace.results.ResultRecord;
import org.assay.trace.score.MlTestScore.Basis;
import org.assay.trace.score.MlTestScore.ItemScore;
import org.assay.trace.score.MlTestScore.SectionScore;
import org.assay.trace.score.MlTestScore.Suggestion;
import org.assay.trace.score.ScoreMapping.Cover;

/**
 * Scores a project against the ML Test Score from its models and its evidence: an item earns 1 point when a construct
 * of {@link ScoreMapping} covers it and, for a test, the test's latest result is recent; 0.5 when a {@code review}
 * covers it; 0 otherwise.
 * <p>
 * A result is <em>recent</em> when it was recorded by the project's last run (the newest run in
 * {@code target/assay/runs.jsonl}), the files it was computed from still have the hashes its lineage recorded (the
 * trace does not mark it STALE), and it is a verdict (PASS, WARN, FAIL or INCONCLUSIVE; not ERROR or NO_DATA). A
 * failing test still counts: the item is tested, and the failure shows in the report. Monitors record no evidence in
 * the runs file (they run in operation), so a monitor check counts when its monitor watches a pipeline of the model and
 * declares a reaction.
 */
public final class ScoreEvaluator {

	private static final Set<String> NOT_A_VERDICT = Set.of(Status.ERROR, Status.NO_DATA, Status.STALE, Status.MISSING);

	private final ProjectTrace trace;
	private final String lastRun;
	private final List<ReviewRecord> reviews;

	private ScoreEvaluator(ProjectTrace trace, List<ReviewRecord> reviews) {
		this.trace = trace;
		Run last = Run.last(trace.runs());
		this.lastRun = last == null ? null : last.info().id();
		this.reviews = reviews;
	}

	/** The score of a loaded project, with the reviews its models record. */
	public static MlTestScore evaluate(ProjectTrace trace) {
		return evaluate(trace, Reviews.of(trace.models()));
	}

	/** The score of a loaded project with the given reviews. */
	public static MlTestScore evaluate(ProjectTrace trace, List<ReviewRecord> reviews) {
		return new ScoreEvaluator(trace, reviews).score();
	}

	private MlTestScore score() {
		List<SectionScore> sections = new ArrayList<>();
		for (Section section : Section.values()) {
			List<ItemScore> items = new ArrayList<>();
			for (MlTestItem item : MlTestItem.values()) {
				if (item.section() == section) {
					items.add(item(item));
				}
			}
			sections.add(new SectionScore(section, items, cheapest(items)));
		}
		return new MlTestScore(sections, lastRun);
	}

	private ItemScore item(MlTestItem item) {
		Cover cover = ScoreMapping.of(item);
		List<String> recent = new ArrayList<>();
		List<String> stale = new ArrayList<>();
		for (Element element : elements()) {
			if (cover.tests() != null && element instanceof TestSuite suite) {
				suite.getTests().stream().filter(cover.tests())
						.forEach(t -> test(ElementNames.qualified(suite) + "." + t.getName(), recent, stale));
			} else if (cover.tests() != null && element instanceof Dataset dataset) {
				dataset.getChecks().stream().filter(cover.tests())
						.forEach(t -> test(ElementNames.dataSuite(dataset) + "." + t.getName(), recent, stale));
			} else if (cover.checks() != null && element instanceof Monitor monitor && watches(monitor)) {
				for (MonitorCheck check : monitor.getChecks()) {
					if (cover.checks().covers(monitor, check)) {
						recent.add("monitor " + ElementNames.qualified(monitor));
						break;
					}
				}
			}
		}
		if (!recent.isEmpty()) {
			return new ItemScore(item, 1, Basis.AUTOMATED, recent, null);
		}
		List<String> reviewed = reviews.stream().filter(r -> r.items().stream().anyMatch(
				id -> MlTestItem.of(id).orElse(null) == item)).map(r -> "review " + r.name() + " (" + r.author() + ", " + r.date()
						+ ")").toList();
		if (!reviewed.isEmpty()) {
			List<String> evidence = new ArrayList<>(reviewed);
			evidence.addAll(stale);
			return new ItemScore(item, 0.5, Basis.REVIEW, evidence, stale.isEmpty() ? null : "its tests have no recent result");
		}
		if (!stale.isEmpty()) {
			return new ItemScore(item, 0, Basis.STALE, stale, lastRun == null ? "nothing has run yet"
					: "no result recorded by the last run, " + lastRun + ", with unchanged inputs");
		}
		return new ItemScore(item, 0, Basis.NONE, List.of(), null);
	}

	/** Files a covering test as recent or stale, with its status. */
	private void test(String name, List<String> recent, List<String> stale) {
		String id = TraceGraphBuilder.id(Kind.TEST, name);
		TraceNode node = trace.graph().node(id);
		ResultRecord result = trace.graph().result(id);
		String status = node == null ? Status.MISSING : node.status();
		boolean isRecent = result != null && lastRun != null && lastRun.equals(result.run()) && !NOT_A_VERDICT.contains(status);
		String line = "test " + name + " (" + (isRecent || result == null || lastRun == null || lastRun.equals(result.run())
				? status
				: status + " in run " + result.run()) + ")";
		(isRecent ? recent : stale).add(line);
	}

	private List<Element> elements() {
		return trace.models().stream().flatMap(m -> m.getElements().stream()).toList();
	}

	private static boolean watches(Monitor monitor) {
		return monitor.getPipeline() != null && !monitor.getPipeline().eIsProxy() && !monitor.getReactions().isEmpty();
	}

	/** The cheapest way to raise a section: a re-run, then a one-line test, then a pipeline or monitor change, then a review. */
	private static Suggestion cheapest(List<ItemScore> items) {
		record Candidate(Suggestion suggestion, int effort) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (ItemScore score : items) {
			if (score.points() >= 1) {
				continue;
			}
			Cover cover = ScoreMapping.of(score.item());
			MlTestItem item = score.item();
			if (score.evidence().stream().anyMatch(e -> e.startsWith("test "))) {
				candidates.add(new Candidate(new Suggestion(item, 1 - score.points(),
						"run the tests again ('assay run'): its tests have no recent result"), 0));
			} else if (cover.automatable()) {
				candidates.add(new Candidate(new Suggestion(item, 1 - score.points(), "add " + cover.construct()),
						cover.effort()));
			} else if (score.points() == 0) {
				candidates.add(new Candidate(new Suggestion(item, 0.5, "no Assay construct automates it; record the manual "
						+ "check: review NAME \"title\" covers " + item.id() + " by \"AUTHOR\" on YYYY-MM-DD document \"PATH\""),
						ScoreMapping.REVIEW_EFFORT));
			}
		}
		return candidates.stream().min(Comparator.comparingInt(Candidate::effort)
				.thenComparing(c -> -c.suggestion().gain()).thenComparingInt(c -> c.suggestion().item().number()))
				.map(Candidate::suggestion).orElse(null);
	}
}
