package org.assay.runtime.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.NullPolicy;
import org.junit.jupiter.api.Test;

/** The most frequent values a distinct-value state names in its evidence, and its count of once-only values. */
class DistinctStateTest {

	private static DistinctState numbers(double... values) {
		DistinctState state = new DistinctState(List.of("x"), new int[] { 0 }, NullPolicy.MISSING, true);
		for (double value : values) {
			state.numbers().add(Cells.key(value), 1);
		}
		return state;
	}

	@Test
	void mostFrequentIsByCountThenBySmallerShownValueAndStopsAtTheLimit() {
		DistinctState state = numbers(3, 3, 3, 10, 10, 2, 2, 7, 1, 9.5, 9.5, 4);
		List<Map.Entry<String, Long>> top = state.mostFrequent(4);
		// counts 3; 2, 2, 2 tied ("10" < "2" < "9.5" as text); then 1 (not kept: limit 4)
		assertEquals(List.of(Map.entry("3", 3L), Map.entry("10", 2L), Map.entry("2", 2L), Map.entry("9.5", 2L)), top);
		assertEquals(List.of(), state.mostFrequent(0));
		assertEquals(7, state.mostFrequent(50).size());
		assertEquals(3, state.singletons()); // 7, 1, 4
	}

	/** A key of a million distinct values: the top five without copying or sorting them all. */
	@Test
	void aMillionSingletonsGiveTheSmallestShownValuesFirst() {
		DistinctState state = new DistinctState(List.of("id"), new int[] { 0 }, NullPolicy.MISSING, true);
		for (int id = 1; id <= 1_000_000; id++) {
			state.numbers().add(Cells.key(id), 1);
		}
		assertEquals(1_000_000, state.singletons());
		assertEquals(List.of(Map.entry("1", 1L), Map.entry("10", 1L), Map.entry("100", 1L), Map.entry("1000", 1L),
				Map.entry("10000", 1L)), state.mostFrequent(5));
	}
}
