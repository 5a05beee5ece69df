package org.assay.runtime.stats;

import java.util.List;

/**
 * Several criteria read as one bound (a column constraint's {@code > 0.45 and < 0.55}): every one must hold, the
 * verdict is the worst of theirs. The one place for this, used by the data engine and the suite runtime.
 */
public final class Criteria {

	private Criteria() {
	}

	/** The worst of the criteria's verdicts on the interval; at least one criterion is required. */
	public static Verdict decide(List<Criterion> criteria, Interval interval) {
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("no criterion to decide on");
		}
		Verdict worst = Verdict.PASS;
		for (Criterion criterion : criteria) {
			worst = Verdict.worse(worst, criterion.decide(interval));
		}
		return worst;
	}

	/** The criteria as written: {@code > 0.45 and < 0.55}. */
	public static String text(List<Criterion> criteria) {
		return String.join(" and ", criteria.stream().map(Criterion::toString).toList());
	}
}
