package org.assay.runtime.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The primitive value-count map against a HashMap: integer-valued doubles, zero, counts past Integer.MAX_VALUE. */
class LongCountMapTest {

	@Test
	void countsLikeAHashMap() {
		LongCountMap map = new LongCountMap();
		Map<Long, Long> reference = new HashMap<>();
		Random random = new Random(3);
		for (int i = 0; i < 300_000; i++) {
			long key = Cells.key(random.nextInt(100_000));
			long count = 1 + random.nextInt(3);
			map.add(key, count);
			reference.merge(key, count, Long::sum);
		}
		long big = Cells.key(7.5);
		map.add(big, Integer.MAX_VALUE);
		map.add(big, Integer.MAX_VALUE);
		reference.merge(big, 2L * Integer.MAX_VALUE, Long::sum);
		assertEquals(reference.size(), map.size());
		reference.forEach((key, count) -> assertEquals(count, map.get(key)));
		Map<Long, Long> visited = new HashMap<>();
		map.forEach(visited::put);
		assertEquals(reference, visited);
		assertEquals(0, map.get(Cells.key(-1)));
	}

	/**
	 * Merging chunk maps into the dataset's map: the counts add up, and the table is sized for both before the keys
	 * come in (filling a smaller table in slot order piles keys into one run: 14 growths for the first chunk, and a
	 * million ids took 1–2 s to merge instead of 0.1 s).
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
	}
}
