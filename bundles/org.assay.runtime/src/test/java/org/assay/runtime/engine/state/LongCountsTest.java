package org.assay.runtime.engine.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The sorted value-count structure against a HashMap: integer-valued doubles, zero and -0.0, negative numbers (signed
 * order), more keys than one buffer holds, counts past Integer.MAX_VALUE, and merges of chunks' counts.
 */
class LongCountsTest {

	private static Map<Long, Long> visited(SortedCounts run) {
		Map<Long, Long> seen = new HashMap<>();
		for (int i = 0; i < run.size; i++) {
			if (i > 0) {
				assertTrue(run.keys[i - 1] < run.keys[i], "ascending signed order at " + i);
			}
			seen.put(run.keys[i], run.count(i));
		}
		return seen;
	}

	@Test
	void countsLikeAHashMap() {
		LongCounts counts = new LongCounts();
		Map<Long, Long> reference = new HashMap<>();
		Random random = new Random(3);
		for (int i = 0; i < 600_000; i++) { // more than two buffers
			long key = Cells.key(random.nextInt(200_000) - 50_000);
			counts.add(key);
			reference.merge(key, 1L, Long::sum);
		}
		counts.add(Cells.key(-0.0));
		reference.merge(0L, 1L, Long::sum);
		long big = Cells.key(7.5);
		SortedCounts huge = SortedCounts.ofEntries(new long[] { Cells.key(-3), big }, new long[] { 5, Integer.MAX_VALUE });
		counts.add(huge);
		counts.add(huge);
		reference.merge(Cells.key(-3), 10L, Long::sum);
		reference.merge(big, 2L * Integer.MAX_VALUE, Long::sum);
		assertEquals(reference.size(), counts.size());
		reference.forEach((key, count) -> assertEquals(count, counts.get(key)));
		assertEquals(reference, visited(counts.compacted()));
		assertEquals(0, counts.get(Cells.key(-1e9)));
	}

	/**
	 * Chunks' counts merged in chunk order: ids in order (runs that follow each other), the same ids shuffled, and a
	 * value every chunk holds; a merged-in structure is shared, not changed, so it can be merged twice.
	 */
	@Test
	void mergingChunksAddsTheirCounts() {
		for (boolean shuffled : new boolean[] { false, true }) {
			Random random = new Random(11);
			LongCounts merged = new LongCounts();
			LongCounts twice = new LongCounts();
			for (int chunk = 0; chunk < 7; chunk++) {
				LongCounts part = new LongCounts();
				long[] ids = new long[150_000];
				for (int i = 0; i < ids.length; i++) {
					ids[i] = chunk * 150_000 + i + 1;
				}
				for (int i = ids.length - 1; shuffled && i > 0; i--) {
					int j = random.nextInt(i + 1);
					long swap = ids[i];
					ids[i] = ids[j];
					ids[j] = swap;
				}
				long[] room = part.reserve(ids.length);
				for (int i = 0; i < ids.length; i++) {
					room[part.buffered() + i] = Cells.key(ids[i]);
				}
				part.commit(ids.length);
				part.add(Cells.key(0.0)); // a value every chunk holds
				part.add(Cells.key(0.0));
				part.seal();
				merged.addAll(part);
				twice.addAll(part);
				twice.addAll(part);
			}
			assertEquals(1_050_001, merged.size());
			assertEquals(14, merged.get(Cells.key(0.0)));
			assertEquals(1, merged.get(Cells.key(1_050_000)));
			assertEquals(0, merged.get(Cells.key(1_050_001)));
			assertEquals(1_050_001, twice.size());
			assertEquals(28, twice.get(Cells.key(0.0)));
			assertEquals(2, twice.get(Cells.key(777_777)));
		}
	}

	/** Sealing is only a hint: keys may come after it, and an unsealed structure merges as a sealed one. */
	@Test
	void keysAfterSealingAndUnsealedMergesCount() {
		LongCounts sealed = new LongCounts();
		LongCounts unsealed = new LongCounts();
		Map<Long, Long> reference = new HashMap<>();
		Random random = new Random(8);
		for (int i = 0; i < 50_000; i++) {
			long key = Cells.key(random.nextGaussian() * 10);
			(i % 3 == 0 ? unsealed : sealed).add(key);
			reference.merge(key, 1L, Long::sum);
			if (i == 20_000) {
				sealed.seal();
			}
		}
		sealed.addAll(unsealed);
		assertEquals(reference, visited(sealed.compacted()));
		unsealed.add(Cells.key(1e300));
		assertEquals(1, unsealed.get(Cells.key(1e300)), "the merged-in structure still counts on its own");
		assertEquals(0, sealed.get(Cells.key(1e300)));
	}

	@Test
	void radixSortOrdersAsSignedLongs() {
		Random random = new Random(5);
		long[][] inputs = { random.longs(100_000).toArray(), random.doubles(50_000).map(d -> (d - 0.5) * 1e9).mapToLong(Cells::key).toArray(),
				random.ints(70_000, 18, 90).mapToLong(i -> Cells.key(i)).toArray(), { Long.MIN_VALUE, Long.MAX_VALUE, -1, 0, 1 },
				{ 3, 3, 3 }, {} };
		for (long[] input : inputs) {
			long[] expected = input.clone();
			Arrays.sort(expected);
			long[] work = Arrays.copyOf(input, input.length + 5);
			assertArrayEquals(expected, Arrays.copyOf(LongCounts.sort(work, input.length), input.length));
		}
	}

	@Test
	void decodedEntriesMustBeAscendingWithPositiveCounts() {
		assertNull(SortedCounts.ofEntries(new long[] { 2, 1 }, new long[] { 1, 1 }));
		assertNull(SortedCounts.ofEntries(new long[] { 1, 1 }, new long[] { 1, 1 }));
		assertNull(SortedCounts.ofEntries(new long[] { 1 }, new long[] { 0 }));
		assertEquals(3, SortedCounts.ofEntries(new long[] { -5, 1 }, new long[] { 3, 1 }).get(-5));
	}

	/**
	 * A sealed state hands its buffer on to the next state sealed on the same thread: the first state's counts do not
	 * change when the next one fills that buffer. Chunks of ordered keys are kept as separate runs and concatenated
	 * once; a run that overlaps them is merged as before.
	 */
	@Test
	void aBufferHandedOnAndRunsConcatenatedLeaveEveryCountAsItWas() {
		java.util.Random random = new java.util.Random(3);
		LongCounts merged = new LongCounts();
		java.util.Map<Long, Long> reference = new java.util.TreeMap<>();
		java.util.List<LongCounts> chunks = new java.util.ArrayList<>();
		java.util.List<java.util.Map<Long, Long>> expected = new java.util.ArrayList<>();
		for (int c = 0; c < 6; c++) {
			LongCounts chunk = new LongCounts();
			java.util.Map<Long, Long> mine = new java.util.TreeMap<>();
			for (int i = 0; i < 50_000; i++) {
				// chunks 0-3 hold ordered ids after the previous chunk's; 4 repeats some of chunk 1's; 5 is random
				long key = c < 4 ? c * 100_000L + 2 * i : c == 4 ? 100_000L + 2 * random.nextInt(50_000) : random.nextLong();
				chunk.add(key);
				mine.merge(key, 1L, Long::sum);
			}
			chunk.seal();
			chunks.add(chunk);
			expected.add(mine);
			merged.addAll(chunk);
			mine.forEach((k, v) -> reference.merge(k, v, Long::sum));
		}
		for (int c = 0; c < chunks.size(); c++) {
			assertEquals(expected.get(c), visited(chunks.get(c).compacted()), "chunk " + c + " after the others used its buffer");
		}
		assertEquals(reference, visited(merged.compacted()));
		LongCounts ordered = new LongCounts();
		for (int c = 0; c < 4; c++) {
			ordered.addAll(chunks.get(c));
		}
		SortedCounts all = ordered.compacted();
		assertEquals(200_000, all.size);
		assertTrue(all.allOnes(), "ordered ids concatenated: every count 1");
		MetricState.releaseThreadScratch();
	}

	/**
	 * The distinct keys and the keys counted once, summed over runs that follow each other (chunks of ordered ids, some
	 * with repeats inside a chunk, counts past Integer.MAX_VALUE) without concatenating them, are those of the merged
	 * run; and when a later chunk's keys overlap an earlier one's, those of the merged run too.
	 */
	@Test
	void distinctAndOnceOverFollowingRunsAreThoseOfTheMergedRun() {
		Random random = new Random(19);
		for (int round = 0; round < 8; round++) {
			LongCounts merged = new LongCounts();
			Map<Long, Long> reference = new HashMap<>();
			long next = -500;
			for (int chunk = 0; chunk < 5; chunk++) {
				LongCounts part = new LongCounts();
				int n = 1 + random.nextInt(30_000);
				boolean overlap = round % 4 == 3 && chunk == 3; // goes back into an earlier chunk's keys
				long from = overlap ? next - 1000 : next;
				for (int i = 0; i < n; i++) {
					long key = Cells.key(from + i);
					int times = round % 2 == 1 && random.nextInt(7) == 0 ? 2 : 1;
					for (int t = 0; t < times; t++) {
						part.add(key);
						reference.merge(key, 1L, Long::sum);
					}
				}
				if (round == 2 && chunk == 4) {
					long key = Cells.key(from + n + 5);
					part.add(SortedCounts.ofEntries(new long[] { key }, new long[] { Integer.MAX_VALUE + 3L }));
					reference.merge(key, Integer.MAX_VALUE + 3L, Long::sum);
				}
				next = Math.max(next, from + n + 10);
				part.seal();
				merged.addAll(part);
			}
			long once = reference.values().stream().filter(c -> c == 1).count();
			assertEquals(reference.size(), merged.size(), "round " + round + ": distinct");
			assertEquals(once, merged.singletons(), "round " + round + ": once");
			SortedCounts run = merged.compacted();
			assertEquals(reference, visited(run));
			assertEquals(once, run.singletons(), "round " + round + ": once in the merged run");
		}
	}
}
