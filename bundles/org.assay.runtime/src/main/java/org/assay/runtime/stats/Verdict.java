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
	NO_DATA;

	/** How bad a verdict is, for combining several: PASS, WARN, INCONCLUSIVE, NO_DATA, FAIL, ERROR. */
	private int severity() {
		return switch (this) {
		case PASS -> 0;
		case WARN -> 1;
		case INCONCLUSIVE -> 2;
		case NO_DATA -> 3;
		case FAIL -> 4;
		case ERROR -> 5;
		};
	}

	/** The worse of two verdicts (ERROR, FAIL, NO_DATA, INCONCLUSIVE, WARN, PASS); the first when they tie. */
	public static Verdict worse(Verdict a, Verdict b) {
		return a.severity() >= b.severity() ? a : b;
	}
}
