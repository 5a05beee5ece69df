package org.assay.runtime.stats;

/** The outcome of one test against its acceptance criterion. */
public enum Verdict {
	/** The whole confidence interval meets the criterion. */
	PASS,
	/** The criterion is met, but within the warning margin. */
	WARN,
	/** The whole confidence interval misses the criterion. */
	FAIL,
	/** The confidence interval straddles the threshold: more data or repeats are needed to decide. */
	INCONCLUSIVE,
	/** The test could not run (bad data, a broken model, an exception); the evidence says why. */
	ERROR,
	/** There was no data to measure on (missing file, empty slice). */
	NO_DATA
}
