package org.assay.trace.results;

import java.util.List;
import java.util.Map;

import org.assay.runtime.results.Evidence;

/**
 * One test's evidence as the trace graph, views and report show it: the runtime's {@link Evidence} (read by the
 * runtime's {@code RunsFile}, the one reader and writer of the results format) with the run it belongs to. {@code phase}
 * is the life cycle stage the evidence was recorded in, or null where the writer did not know it.
 */
public record ResultRecord(String run, String suite, String test, List<String> requirements, String source, String metric,
		double value, double lower, double upper, double confidence, String criterion, String verdict, String message,
		Map<String, String> inputs, Map<String, Long> seeds, Map<String, String> versions, List<String> details,
		String phase) {

	public ResultRecord {
		requirements = List.copyOf(requirements);
		inputs = Map.copyOf(inputs);
		seeds = Map.copyOf(seeds);
		versions = Map.copyOf(versions);
		details = List.copyOf(details);
	}

	/** The record of a run's evidence. */
	public static ResultRecord of(String run, Evidence e) {
		return new ResultRecord(run, e.suite(), e.test(), e.requirements(), e.source(), e.metric(), e.value(), e.lower(),
				e.upper(), e.confidence(), e.criterion(), e.verdict() == null ? null : e.verdict().name(), e.message(),
				e.lineage() == null ? Map.of() : e.lineage().inputs(), e.lineage() == null ? Map.of() : e.lineage().seeds(),
				e.lineage() == null ? Map.of() : e.lineage().versions(), e.details(), e.phase());
	}

	/** {@code suite.test}: a test's key across runs. */
	public String key() {
		return suite + "." + test;
	}
}
