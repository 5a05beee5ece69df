package org.assay.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.engine.state.DistinctState;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.scan.Chunk;
import org.junit.jupiter.api.Test;

/**
 * A category column's {@link DistinctState} counts by code while it is updated and by name once sealed, merged,
 * encoded or asked: every answer equals the counts made by hand from the rows, whichever of those happened first.
 */
class DistinctCategoriesTest {

	private static final List<Object[]> ROWS = EngineData.rows(900, 31);

	private static Map<String, Long> byHand() {
		Map<String, Long> counts = new TreeMap<>();
		for (String value : EngineData.texts(ROWS, EngineData.COUNTRY)) {
			counts.merge(value, 1L, Long::sum);
		}
		return counts;
	}

	private static List<DistinctState> perChunk() throws IOException {
		List<DistinctState> states = new ArrayList<>();
		for (Chunk chunk : MemorySource.of(EngineData.SCHEMA, ROWS).split(200, 200, 200, 150, 150).batchSize(50).chunks()) {
			DistinctState state = new DistinctState(List.of("country"), new int[] { EngineData.COUNTRY },
					NullPolicy.MISSING, false);
			chunk.read(state::update);
			states.add(state);
		}
		return states;
	}

	private static void assertCounts(Map<String, Long> expected, DistinctState state) {
		assertEquals(expected.size(), state.distinct());
		expected.forEach((value, count) -> assertEquals(count, state.frequency(value), value));
		assertEquals(0, state.frequency("XX"), "an invalid cell is no value");
		assertArrayEquals(expected.values().stream().mapToLong(Long::longValue).sorted().toArray(), state.counts());
		Map.Entry<String, Long> top = expected.entrySet().stream()
				.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
						java.util.Comparator.reverseOrder())))
				.orElseThrow();
		assertEquals(List.of(top), state.mostFrequent(1));
		List<Map.Entry<String, Long>> ranked = new ArrayList<>(expected.entrySet());
		ranked.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
		ranked.replaceAll(e -> Map.entry(e.getKey(), e.getValue()));
		assertEquals(ranked.subList(0, 3), state.mostFrequent(3), "most frequent first, equal counts by value");
		assertEquals(ranked, state.mostFrequent(ranked.size() + 2), "all of them when fewer than asked");
		assertEquals(List.of(), state.mostFrequent(0));
	}

	@Test
	void mergedChunksSealedOrNotCountAsTheRows() throws IOException {
		Map<String, Long> expected = byHand();
		List<DistinctState> states = perChunk();
		assertEquals(true, states.size() > 3, "several chunks: " + states.size());
		states.get(1).seal(); // one sealed before the merge, the others not
		DistinctState merged = states.get(0);
		for (DistinctState later : states.subList(1, states.size())) {
			merged.merge(later);
		}
		assertCounts(expected, merged);
	}

	@Test
	void aStateEncodedBeforeItWasAskedDecodesToTheSameCounts() throws IOException {
		Map<String, Long> expected = byHand();
		DistinctState whole = new DistinctState(List.of("country"), new int[] { EngineData.COUNTRY }, NullPolicy.MISSING,
				false);
		for (Chunk chunk : MemorySource.of(EngineData.SCHEMA, ROWS).batchSize(64).chunks()) {
			chunk.read(whole::update);
		}
		DistinctState decoded = (DistinctState) StateCodec.decode(StateCodec.encode(whole));
		assertCounts(expected, decoded);
		assertCounts(expected, whole);
		whole.merge(decoded); // twice the rows
		Map<String, Long> doubled = new TreeMap<>();
		expected.forEach((value, count) -> doubled.put(value, 2 * count));
		assertCounts(doubled, whole);
	}
}
