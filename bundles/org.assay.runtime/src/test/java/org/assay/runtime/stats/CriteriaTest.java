package org.assay.runtime.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.assay.runtime.stats.Criterion.Operator;
import org.junit.jupiter.api.Test;

class CriteriaTest {

	private static final List<Criterion> BAND = List.of(new Criterion(Operator.GREATER, 0.45), new Criterion(Operator.LESS, 0.55));

	@Test
	void aTwoSidedBoundPassesInsideAndFailsOnEitherSide() {
		assertEquals(Verdict.PASS, Criteria.decide(BAND, Interval.point(0.5)));
		assertEquals(Verdict.FAIL, Criteria.decide(BAND, Interval.point(0.4)));
		assertEquals(Verdict.FAIL, Criteria.decide(BAND, Interval.point(0.6)));
	}

	@Test
	void theWorstVerdictOfTheCriteriaWins() {
		// straddles 0.45 (INCONCLUSIVE for the lower side) while the upper side passes
		assertEquals(Verdict.INCONCLUSIVE, Criteria.decide(BAND, new Interval(0.46, 0.44, 0.48, 0.95)));
		assertEquals(Verdict.NO_DATA, Criteria.decide(BAND, Interval.point(Double.NaN)));
		assertEquals(Verdict.ERROR, Verdict.worse(Verdict.FAIL, Verdict.ERROR));
		assertEquals(Verdict.FAIL, Verdict.worse(Verdict.FAIL, Verdict.NO_DATA));
		assertEquals(Verdict.WARN, Verdict.worse(Verdict.PASS, Verdict.WARN));
	}

	@Test
	void criteriaReadAsWrittenAndNoneIsRefused() {
		assertEquals("> 0.45 and < 0.55", Criteria.text(BAND));
		assertThrows(IllegalArgumentException.class, () -> Criteria.decide(List.of(), Interval.point(1)));
	}
}
