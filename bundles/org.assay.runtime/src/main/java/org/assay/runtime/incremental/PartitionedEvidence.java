package org.assay.runtime.incremental;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.stats.Verdict;

/**
 * What a data suite of a partitioned dataset adds to its evidence: which partitions were read and which came from
 * the store, the anomaly and drift checks folded into their constraint's evidence, and the lineage (each partition file's hash).
 */
public final class PartitionedEvidence {

	/** The system property that makes data suites of partitioned datasets reuse stored states ({@code assay run --incremental}). */
	public static final String INCREMENTAL_PROPERTY = "assay.incremental";

	private PartitionedEvidence() {
	}

	/** Whether this run was asked to be incremental. */
	public static boolean incremental() {
		return Boolean.getBoolean(INCREMENTAL_PROPERTY);
	}

	/** {@code partitions: 10 (1 read: 2024-01-10 new partition; 9 from stored states)}. */
	public static String summary(PartitionedVerifier.Outcome outcome) {
		List<String> read = new ArrayList<>();
		for (PartitionedVerifier.PartitionStatus status : outcome.partitions()) {
			if (status.scanned()) {
				read.add(status.partition().name() + " " + status.why());
			}
		}
		int total = outcome.partitions().size();
		String text = "partitions: " + total + " (" + read.size() + " read" + (read.isEmpty() ? "" : ": "
				+ String.join("; ", read.subList(0, Math.min(5, read.size()))) + (read.size() > 5 ? "; …" : "")) + "; "
				+ (total - read.size()) + " from stored states)";
		return outcome.dropped().isEmpty() ? text : text + "; dropped from the store: " + String.join(", ", outcome.dropped());
	}

	/**
	 * The constraint's evidence with its anomaly check folded in: the verdict is the worse of the two, the message says
	 * both, the details hold the recent series.
	 */
	public static Evidence withAnomaly(Evidence evidence, AnomalyCheck check, MetricHistory history) {
		MetricHistory.Series series = history.of(check.constraint());
		AnomalyCheck.Outcome outcome = series == null
				? new AnomalyCheck.Outcome(Verdict.NO_DATA, "anomaly check: no per-partition values", Double.NaN, Double.NaN,
						Double.NaN)
				: check.decide(history.partitions(), series.values());
		List<String> details = new ArrayList<>(evidence.details());
		if (series != null) {
			int from = Math.max(0, history.partitions().size() - check.window() - 1);
			StringBuilder recent = new StringBuilder("per partition:");
			for (int p = from; p < history.partitions().size(); p++) {
				recent.append(p == from ? " " : ", ").append(history.partitions().get(p)).append('=')
						.append(String.format(Locale.ROOT, "%.6g", series.values().get(p)));
			}
			details.add(recent.toString());
		}
		return new Evidence(evidence.suite(), evidence.test(), evidence.requirements(), evidence.source(), evidence.metric(),
				evidence.value(), evidence.lower(), evidence.upper(), evidence.confidence(), evidence.criterion() + String.format(
						Locale.ROOT, " and within %s sd of last %d", strip(check.sigmas()), check.window()),
				Verdict.worse(evidence.verdict(), outcome.verdict()), evidence.message() + "; " + outcome.message(),
				evidence.lineage(), details, evidence.phase());
	}

	/**
	 * The constraint's evidence with its drift check folded in (as an anomaly check is): the verdict is the worse of
	 * the two, the criterion and the message say both, the details name the reference partitions.
	 */
	public static Evidence withDrift(Evidence evidence, PartitionDrift check, PartitionDrift.Outcome outcome) {
		PartitionDrift.Outcome judged = outcome != null ? outcome
				: new PartitionDrift.Outcome(Verdict.NO_DATA, "drift check: not computed", Double.NaN, List.of());
		List<String> details = new ArrayList<>(evidence.details());
		if (!judged.reference().isEmpty()) {
			details.add("drift reference: " + String.join(", ", judged.reference()));
		}
		return new Evidence(evidence.suite(), evidence.test(), evidence.requirements(), evidence.source(), evidence.metric(),
				evidence.value(), evidence.lower(), evidence.upper(), evidence.confidence(), evidence.criterion() + String.format(
						Locale.ROOT, " and drift %s of last %d %s %s", check.statistic(), check.window(),
						check.criterion().operator().symbol(), strip(check.criterion().threshold())),
				Verdict.worse(evidence.verdict(), judged.verdict()), evidence.message() + "; " + judged.message(),
				evidence.lineage(), details);
	}

	/** The dataset's lineage: the hash of each partition file, as one input named by the dataset's path. */
	public static Lineage lineage(DatasetSpec dataset, PartitionedVerifier.Outcome outcome, String engine) {
		StringBuilder text = new StringBuilder();
		for (PartitionedVerifier.PartitionStatus status : outcome.partitions()) {
			text.append(status.partition().file()).append(' ').append(status.dataHash()).append('\n');
		}
		return Lineage.builder().inputText(dataset.path(), text.toString()).version("assay.engine", engine).build();
	}

	private static String strip(double number) {
		return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
	}
}
