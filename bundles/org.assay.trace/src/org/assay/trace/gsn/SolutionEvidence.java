package org.assay.trace.gsn;

import java.util.Map;

/**
 * What a solution cites: a test's current result from the project's runs, or nothing yet.
 *
 * @param test the test ({@code suite.test})
 * @param run the run that recorded the result, or null when the test has none
 * @param metric the metric measured, or null
 * @param value the measured value (NaN when none)
 * @param lower lower end of its confidence interval (NaN when none)
 * @param upper upper end (NaN when none)
 * @param confidence the interval's confidence level (NaN when none)
 * @param criterion the acceptance condition, or null
 * @param verdict the recorded verdict, or null when there is no result
 * @param lineage SHA-256 of the result's lineage inputs ({@code name=hash} lines in name order), or null
 * @param inputs the lineage's inputs: name → SHA-256 when the result was produced
 * @param stale why the result no longer shows what the model now says (an input changed, the test changed), or null
 */
public record SolutionEvidence(String test, String run, String metric, double value, double lower, double upper,
		double confidence, String criterion, String verdict, String lineage, Map<String, String> inputs, String stale) {

	public SolutionEvidence {
		inputs = Map.copyOf(inputs);
	}
}
