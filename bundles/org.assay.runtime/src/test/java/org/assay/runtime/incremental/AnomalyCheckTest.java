package org.assay.runtime.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;

import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;

/** The anomaly check on crafted series, against a mean and sample standard deviation computed here by hand. */
class AnomalyCheckTest {

	private static final AnomalyCheck CHECK = new AnomalyCheck("shop.Orders.mean", 3, 5);

	private static List<String> days(int n) {
		return IntStream.rangeClosed(1, n).mapToObj(d -> String.format("2024-01-%02d", d)).toList();
	}

	@Test
	void aValueWithinKStandardDeviationsPassesAndOneBeyondFails() {
		// the window: 10, 12, 11, 13, 9 (the first value, 100, is older than the window and ignored)
		// mean 11, sample variance (1+1+0+4+4)/4 = 2.5, sd 1.5811; 3 sd = 4.743
		List<Double> within = List.of(100.0, 10.0, 12.0, 11.0, 13.0, 9.0, 15.7);
		AnomalyCheck.Outcome pass = CHECK.decide(days(7), within);
		assertEquals(Verdict.PASS, pass.verdict(), pass.message());
		assertEquals(11, pass.mean(), 1e-12);
		assertEquals(Math.sqrt(2.5), pass.sd(), 1e-12);
		assertEquals("anomaly check: 2024-01-07 = 15.7000 is 2.97 sd from the mean 11 (sd 1.58114) of the last 5 partition(s), "
				+ "allowed 3 sd: PASS", pass.message());
		AnomalyCheck.Outcome fail = CHECK.decide(days(7), List.of(100.0, 10.0, 12.0, 11.0, 13.0, 9.0, 15.8));
		assertEquals(Verdict.FAIL, fail.verdict(), fail.message());
		AnomalyCheck.Outcome low = CHECK.decide(days(7), List.of(100.0, 10.0, 12.0, 11.0, 13.0, 9.0, 6.2));
		assertEquals(Verdict.FAIL, low.verdict(), "a drop counts as well as a rise");
	}

	@Test
	void partitionsWithoutAValueAreSkippedInTheWindow() {
		AnomalyCheck.Outcome outcome = CHECK.decide(days(8),
				List.of(10.0, 12.0, Double.NaN, 11.0, 13.0, Double.NaN, 9.0, 11.0));
		assertEquals(Verdict.PASS, outcome.verdict());
		assertEquals(11, outcome.mean(), 1e-12);
	}

	@Test
	void aConstantHistoryAcceptsOnlyItsConstant() {
		assertEquals(Verdict.PASS, CHECK.decide(days(6), List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0)).verdict());
		AnomalyCheck.Outcome outcome = CHECK.decide(days(6), List.of(0.0, 0.0, 0.0, 0.0, 0.0, 1e-9));
		assertEquals(Verdict.FAIL, outcome.verdict());
		assertEquals("anomaly check: 2024-01-06 = 1.00000e-09 differs from the constant 0 of the last 5 partition(s), "
				+ "allowed 3 sd: FAIL", outcome.message());
	}

	@Test
	void tooShortAHistoryIsAWarningAndANewestPartitionWithoutValueIsNoData() {
		AnomalyCheck.Outcome shortHistory = CHECK.decide(days(3), List.of(1.0, 2.0, 50.0));
		assertEquals(Verdict.WARN, shortHistory.verdict());
		assertEquals("anomaly check: 2024-01-03 = 50, but only 2 earlier partition(s) have a value and the check needs 5: "
				+ "not judged yet", shortHistory.message());
		assertEquals(Verdict.NO_DATA, CHECK.decide(days(6), List.of(1.0, 2.0, 3.0, 4.0, 5.0, Double.NaN)).verdict());
		assertEquals(Verdict.NO_DATA, CHECK.decide(List.of(), List.of()).verdict());
	}

	@Test
	void impossibleSettingsAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new AnomalyCheck("x", 0, 5));
		assertThrows(IllegalArgumentException.class, () -> new AnomalyCheck("x", Double.NaN, 5));
		assertThrows(IllegalArgumentException.class, () -> new AnomalyCheck("x", 3, 1));
	}
}
