package org.assay.runtime.engine;

import java.util.List;

import org.assay.runtime.check.Measurement;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.stats.Verdict;

/**
 * What one constraint gave: its value (a point for exact statistics, the sketch's bounds for approximate ones; null
 * for an ERROR before measuring), verdict, a readable message, what its metric met and its first located
 * counterexamples.
 *
 * @param rows rows read for the metric
 * @param nulls null cells met (rows with one, for metrics of several columns)
 * @param nans NaN cells met
 * @param invalid invalid cells met (always also in the dataset's data findings)
 */
public record ConstraintResult(ConstraintSpec constraint, Measurement measurement, Verdict verdict, String message, long rows,
		long nulls, long nans, long invalid, List<Counterexample> counterexamples) {

	public ConstraintResult {
		counterexamples = List.copyOf(counterexamples);
	}

	static ConstraintResult error(ConstraintSpec constraint, String message) {
		return new ConstraintResult(constraint, null, Verdict.ERROR, message, 0, 0, 0, 0, List.of());
	}
}
