package org.assay.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.engine.state.DistinctState;
import org.assay.runtime.scan.Chunk;
import org.junit.jupiter.api.Test;

/**
 * {@link DistinctState#singletons()} (what uniqueness counts, without sorting every count) equals the values that occur
 * once, counted by hand from the rows, for a text column with repeated ids, a numeric column and a category column.
 */
class DistinctSingletonsTest {

	private static final List<Object[]> ROWS = EngineData.rows(600, 23);

	private static DistinctState filled(String name, int column, boolean numeric) throws IOException {
		DistinctState state = new DistinctState(List.of(name), new int[] { column }, NullPolicy.MISSING, numeric);
		for (Chunk chunk : MemorySource.of(EngineData.SCHEMA, ROWS).batchSize(64).chunks()) {
			chunk.read(state::update);
		}
		return state;
	}

	private static long onceByHand(List<?> values) {
		Map<Object, Integer> counts = new HashMap<>();
		values.forEach(v -> counts.merge(v, 1, Integer::sum));
		return counts.values().stream().filter(c -> c == 1).count();
	}

	@Test
	void textIdsWithRepeats() throws IOException {
		DistinctState ids = filled("id", EngineData.ID, false);
		long once = onceByHand(EngineData.texts(ROWS, EngineData.ID));
		assertTrue(once < ids.distinct(), "the rows repeat some ids");
		assertEquals(once, ids.singletons());
		assertEquals(Arrays.stream(ids.counts()).filter(c -> c == 1).count(), ids.singletons());
	}

	@Test
	void numbersAndCategories() throws IOException {
		DistinctState incomes = filled("income", EngineData.INCOME, true);
		assertEquals(onceByHand(Arrays.stream(EngineData.numbers(ROWS, EngineData.INCOME)).boxed().toList()),
				incomes.singletons());
		DistinctState countries = filled("country", EngineData.COUNTRY, false);
		assertEquals(0, countries.singletons(), "three countries, each many times");
		assertEquals(onceByHand(EngineData.texts(ROWS, EngineData.COUNTRY)), countries.singletons());
	}
}
