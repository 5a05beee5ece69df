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
}
