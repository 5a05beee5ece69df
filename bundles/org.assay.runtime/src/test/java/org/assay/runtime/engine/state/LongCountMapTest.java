package org.assay.runtime.engine.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The exact value → count map behind uniqueness, distinctness, distinct counts and frequencies. */
class LongCountMapTest {

	@Test
	void countsEveryKeyExactlyAcrossGrowthAsAHashMapDoes() {
		LongCountMap map = new LongCountMap();
		Map<Long, Long> reference = new HashMap<>();
		SplittableRandom random = new SplittableRandom(9);
		for (int i = 0; i < 200_000; i++) {
			// numbers' bits as the engine keys them: small integers (mantissas ending in zeros), fractions, zero
			long key = Cells.key(random.nextInt(5) == 0 ? random.nextInt(50_000) : random.nextInt(1000) / 8.0);
			map.add(key, 1);
			reference.merge(key, 1L, Long::sum);
		}
		assertEquals(reference.size(), map.size());
		reference.forEach((key, count) -> assertEquals((long) count, map.get(key), "key " + key));
		long[] visited = { 0, 0 };
		map.forEach((key, count) -> {
			visited[0]++;
			visited[1] += count;
		});
		assertEquals(reference.size(), visited[0]);
		assertEquals(200_000, visited[1]);
		assertEquals(0, map.get(Cells.key(-7.25)));
		assertArrayEquals(reference.keySet().stream().mapToLong(Long::longValue).sorted().toArray(), map.sortedKeys());
	}

	/**
	 * Merging chunk maps into the dataset's map: the counts add up, and the table is sized for both before the keys
	 * come in. (Filling a smaller table from a larger one in slot order hands it keys sorted by slot, which linear
	 * probing piles into one run until the next growth: merging a million ids took 2 s instead of 0.1 s.)
	 */
	@Test
	void mergingChunkMapsSizesTheTableFirstAndAddsTheirCounts() {
		LongCountMap merged = new LongCountMap();
		for (int chunk = 0; chunk < 7; chunk++) {
			LongCountMap part = new LongCountMap();
			for (int id = chunk * 150_000 + 1; id <= (chunk + 1) * 150_000; id++) {
				part.add(Cells.key(id), 1);
			}
			part.add(Cells.key(0.0), 2); // a value every chunk holds
			merged.addAll(part);
			if (chunk == 0) {
				assertEquals(1, merged.resizes(), "sized at once for the first chunk's keys, not grown key by key");
			}
		}
		assertEquals(1_050_001, merged.size());
		assertEquals(14, merged.get(Cells.key(0.0)));
		assertEquals(1, merged.get(Cells.key(1_050_000)));
		assertEquals(1_050_000, merged.singletons());
	}

	/** Counts are stored in 4 bytes until one no longer fits; then every count keeps its exact value in 8. */
	@Test
	void aCountPastTheIntRangeWidensTheCountsAndLosesNothing() {
		LongCountMap map = new LongCountMap();
		for (int i = 1; i <= 100; i++) {
			map.add(Cells.key(i), i);
		}
		map.add(Cells.key(7), Integer.MAX_VALUE);
		map.add(Cells.key(8), 3L * Integer.MAX_VALUE);
		for (int i = 101; i <= 1000; i++) { // growing after the widening
			map.add(Cells.key(i), 1);
		}
		assertEquals(7L + Integer.MAX_VALUE, map.get(Cells.key(7)));
		assertEquals(8L + 3L * Integer.MAX_VALUE, map.get(Cells.key(8)));
		assertEquals(99, map.get(Cells.key(99)));
		assertEquals(1, map.get(Cells.key(1000)));
		assertEquals(1000, map.size());
	}

	/** Ten million distinct ids (the data-big benchmark's id column) fit in a quarter of a 512 MB heap. */
	@Test
	void tenMillionDistinctKeysTakeAboutSixteenBytesEach() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		LongCountMap map = new LongCountMap();
		for (int id = 1; id <= 10_000_000; id++) {
			map.add(Cells.key(id), 1);
		}
		System.gc();
		long used = runtime.totalMemory() - runtime.freeMemory() - before;
		assertEquals(10_000_000, map.size());
		// 16M slots of an 8-byte key and a 4-byte count: 192 MB (the old long counts at half load took 512 MB)
		assertEquals(192, used >> 20, 24, "MB held by the map");
	}
}
