package org.assay.trace.results;

import java.util.List;
import java.util.Map;

/**
 * One test's evidence as {@code target/assay/results.json} records it (schema {@code assay-results/1}, written by
 * the runtime's {@code ResultsFile}): read here on its own terms, so the trace graph needs no runtime on its class path.
 */
public record ResultRecord(String suite, String test, List<String> requirements, String source, String metric, double value,
		double lower, double upper, double confidence, String criterion, String verdict, String message,
		Map<String, String> inputs, Map<String, Long> seeds, Map<String, String> versions, List<String> details) {

	public ResultRecord {
		requirements = List.copyOf(requirements);
		inputs = Map.copyOf(inputs);
		seeds = Map.copyOf(seeds);
		versions = Map.copyOf(versions);
		details = List.copyOf(details);
	}

	/** {@code suite.test}: a test's key across runs. */
	public String key() {
		return suite + "." + test;
	}
}
