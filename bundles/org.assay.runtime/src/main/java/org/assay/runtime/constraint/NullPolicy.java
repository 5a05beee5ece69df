package org.assay.runtime.constraint;

/**
 * What a null (an empty cell) or a NaN is to a metric. Whatever the policy, the evidence says how many were met,
 * so no data problem is silent, and a metric with no value left to compute yields NO_DATA, never an exception.
 */
public enum NullPolicy {
	/** Default. NaN counts as a null: completeness counts it as missing; every other metric leaves it out. */
	MISSING,
	/**
	 * A null or NaN is a violation: row conditions count it as a failing row; a statistic (mean, minimum, …) that
	 * meets one fails, listing the rows; completeness counts it as missing.
	 */
	INVALID,
	/** NaN is left out everywhere, completeness included (neither present nor missing); nulls stay missing. */
	IGNORED
}
