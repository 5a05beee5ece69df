package org.assay.runtime.engine.state;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * value → count for long keys (exact number bits), open addressing without boxing: 12 bytes per slot at a load of at
 * most 3/4 (about 16–32 bytes per distinct value, so 10 million distinct ids take about 200 MB). Counts beyond
 * {@code Integer.MAX_VALUE} move to a small side map.
 */
final class LongCountMap {

	private long[] keys = new long[16];
	private int[] counts = new int[16];
	private int size;
	private boolean hasZero;
	private long zeroCount;
	/** Counts that do not fit an int (the slot then holds -1). */
	private Map<Long, Long> large;

	void add(long key, long count) {
		if (key == 0) {
			if (!hasZero) {
				hasZero = true;
				size++;
			}
			zeroCount += count;
			return;
		}
		int mask = keys.length - 1;
		int i = mix(key) & mask;
		while (keys[i] != 0) {
			if (keys[i] == key) {
				increment(i, key, count);
				return;
			}
			i = (i + 1) & mask;
		}
		keys[i] = key;
		counts[i] = 0;
		increment(i, key, count);
		size++;
		if (size * 4L > keys.length * 3L) {
			grow();
		}
	}

	private void increment(int slot, long key, long count) {
		if (counts[slot] >= 0) {
			long sum = counts[slot] + count;
			if (sum <= Integer.MAX_VALUE) {
				counts[slot] = (int) sum;
				return;
			}
			if (large == null) {
				large = new HashMap<>();
			}
			large.put(key, sum);
			counts[slot] = -1;
			return;
		}
		large.merge(key, count, Long::sum);
	}

	long get(long key) {
		if (key == 0) {
			return zeroCount;
		}
		int mask = keys.length - 1;
		int i = mix(key) & mask;
		while (keys[i] != 0) {
			if (keys[i] == key) {
				return count(i);
			}
			i = (i + 1) & mask;
		}
		return 0;
	}

	private long count(int slot) {
		return counts[slot] >= 0 ? counts[slot] : large.get(keys[slot]);
	}

	int size() {
		return size;
	}

	/** MurmurHash3's 64-bit finaliser: every key bit reaches the low bits (doubles' low bits are often all zero). */
	private static int mix(long key) {
		long h = key;
		h ^= h >>> 33;
		h *= 0xFF51AFD7ED558CCDL;
		h ^= h >>> 33;
		h *= 0xC4CEB9FE1A85EC53L;
		h ^= h >>> 33;
		return (int) h;
	}

	private void grow() {
		if (keys.length >= 1 << 30) {
			throw new IllegalStateException("more than " + size + " distinct values: an exact distinct structure cannot grow further");
		}
		long[] oldKeys = keys;
		int[] oldCounts = counts;
		keys = new long[oldKeys.length * 2];
		counts = new int[oldKeys.length * 2];
		int mask = keys.length - 1;
		for (int j = 0; j < oldKeys.length; j++) {
			long key = oldKeys[j];
			if (key != 0) {
				int i = mix(key) & mask;
				while (keys[i] != 0) {
					i = (i + 1) & mask;
				}
				keys[i] = key;
				counts[i] = oldCounts[j];
			}
		}
	}

	interface Visitor {
		void visit(long key, long count);
	}

	void forEach(Visitor visitor) {
		if (hasZero) {
			visitor.visit(0, zeroCount);
		}
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] != 0) {
				visitor.visit(keys[i], count(i));
			}
		}
	}

	/** The keys in ascending order (for a canonical encoding). */
	long[] sortedKeys() {
		long[] sorted = new long[size];
		int[] n = { 0 };
		forEach((key, count) -> sorted[n[0]++] = key);
		Arrays.sort(sorted);
		return sorted;
	}
}
