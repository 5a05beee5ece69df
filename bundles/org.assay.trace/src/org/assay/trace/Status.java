package org.assay.trace;

import java.util.List;

/**
 * The status words of trace nodes: the runtime's verdicts (PASS, WARN, FAIL, INCONCLUSIVE, ERROR, NO_DATA) and what
 * the trace adds: STALE (a result whose inputs changed since), SUSPECT (a result older than a change of a verified
 * requirement's text), MISSING (no result yet), UNVERIFIED (a requirement no
 * test verifies), CHANGED (a data file whose recorded hash no longer matches).
 */
public final class Status {

	public static final String PASS = "PASS";
	public static final String WARN = "WARN";
	public static final String FAIL = "FAIL";
	public static final String INCONCLUSIVE = "INCONCLUSIVE";
	public static final String ERROR = "ERROR";
	public static final String NO_DATA = "NO_DATA";
	public static final String STALE = "STALE";
	public static final String MISSING = "MISSING";
	public static final String UNVERIFIED = "UNVERIFIED";
	public static final String CHANGED = "CHANGED";
	/**
	 * A result recorded before a requirement it verifies last changed (a re-import of the requirement from ReqIF
	 * changed its text: docs/reqif.md); it holds until the test runs again.
	 */
	public static final String SUSPECT = "SUSPECT";

	/** From worst to best: a requirement is as good as its worst test. */
	private static final List<String> ORDER = List.of(FAIL, ERROR, INCONCLUSIVE, NO_DATA, STALE, SUSPECT, MISSING, WARN,
			PASS);

	private Status() {
	}

	/** The worse of two statuses (null counts as best). */
	public static String worse(String a, String b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		int ra = ORDER.indexOf(a);
		int rb = ORDER.indexOf(b);
		return (ra < 0 ? ORDER.size() : ra) <= (rb < 0 ? ORDER.size() : rb) ? a : b;
	}

	/** Whether a status means the element is shown to meet its criteria now. */
	public static boolean isGood(String status) {
		return PASS.equals(status) || WARN.equals(status);
	}
}
