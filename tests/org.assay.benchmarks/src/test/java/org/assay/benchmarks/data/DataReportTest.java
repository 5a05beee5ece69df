package org.assay.benchmarks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The benchmark's comparison of legs: agreeing values pass, every kind of disagreement is a MISMATCH line. */
class DataReportTest {

	/** The exact baseline's values on the 10^6-row file (as its leg printed them). */
	private static Map<String, String> exactValues() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("id_completeness", "1.0");
		values.put("id_uniqueness", "1.0");
		values.put("age_completeness", "0.990101");
		values.put("age_min", "18.0");
		values.put("age_max", "90.0");
		values.put("income_non_negative", "1.0");
		values.put("country_in_set", "1.0");
		values.put("gender_in_set", "1.0");
		values.put("score_in_range", "1.0");
		values.put("score_mean", "0.499711804686995");
		values.put("score_stddev", "0.2887565992839946");
		values.put("income_approx_median", "39998.35 0");
		values.put("segment_distinctness", "5.0E-6");
		values.put("customer_id_approx_distinct", "198622 0");
		values.put(ReferenceChecks.INCOME_LOW_KEY, "39500.0");
		values.put(ReferenceChecks.INCOME_HIGH_KEY, "40500.0");
		return values;
	}

	private static LegRun leg(String name, Map<String, String> values) {
		List<String> lines = new ArrayList<>(List.of("@timing jvm_ms=100 engine_ms=5 cold_ms=900 warm_ms=400",
				"@heap peak_mb=120 live_mb=60 max_mb=256"));
		values.forEach((key, value) -> lines.add("@metric " + key + " " + value));
		return LegRun.printed(name, lines);
	}

	/** Runs the comparison, returning the mismatch count and what it printed. */
	private static Object[] compare(Map<String, String> peer) {
		LegRun exact = leg("onepass", exactValues());
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			int mismatches = new DataReport(List.of(leg("peer", peer), exact), exact).printValues();
			return new Object[] { mismatches, printed.toString(StandardCharsets.UTF_8) };
		} finally {
			System.setOut(out);
		}
	}

	@Test
	void agreeingValuesWithinTheirErrorsPass() {
		Map<String, String> peer = exactValues();
		peer.put("score_mean", "0.49971180468699594"); // another summation order
		peer.put("income_approx_median", "40007.24 0.01");
		peer.put("customer_id_approx_distinct", "196263 0.02");
		Object[] result = compare(peer);
		assertEquals(0, result[0], (String) result[1]);
		assertTrue(((String) result[1]).contains("agreement: every leg's 14 values agree"), (String) result[1]);
		assertTrue(((String) result[1]).contains("0.990101 PASS"), (String) result[1]);
	}

	@Test
	void anExactValueOffByOneRowIsAMismatch() {
		Map<String, String> peer = exactValues();
		peer.put("age_completeness", "0.990102");
		Object[] result = compare(peer);
		assertEquals(1, result[0]);
		assertTrue(((String) result[1]).contains("MISMATCH: peer age_completeness: 0.990102 != exact 0.990101"),
				(String) result[1]);
	}

	@Test
	void approximateValuesOutsideTheirStatedErrorAreMismatches() {
		Map<String, String> peer = exactValues();
		peer.put("customer_id_approx_distinct", "207035 0.02"); // 4.2 % off, 2 % stated
		peer.put("income_approx_median", "41000 0.01"); // above the exact quantile at 0.51
		peer.put("score_stddev", "0.2887566"); // 2e-8 off: not a summation-order difference
		Object[] result = compare(peer);
		String printed = (String) result[1];
		assertEquals(3, result[0], printed);
		assertTrue(printed.contains("MISMATCH: peer customer_id_approx_distinct: 207035 is 4.24 % off the exact 198622"), printed);
		assertTrue(printed.contains("MISMATCH: peer income_approx_median: 41000.0 lies outside"), printed);
		assertTrue(printed.contains("MISMATCH: peer score_stddev"), printed);
	}

	@Test
	void aMissingMetricIsAMismatchAndAFailingCheckSaysFail() {
		Map<String, String> peer = exactValues();
		peer.remove("segment_distinctness");
		peer.put("age_min", "17.0");
		Map<String, String> exact = exactValues();
		exact.put("age_min", "17.0");
		LegRun exactLeg = leg("onepass", exact);
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		int mismatches;
		try {
			mismatches = new DataReport(List.of(leg("peer", peer), exactLeg), exactLeg).printValues();
		} finally {
			System.setOut(out);
		}
		String text = printed.toString(StandardCharsets.UTF_8);
		assertEquals(1, mismatches, text);
		assertTrue(text.contains("MISMATCH: peer reported no segment_distinctness"), text);
		assertTrue(text.contains("17 FAIL"), text);
	}
}
