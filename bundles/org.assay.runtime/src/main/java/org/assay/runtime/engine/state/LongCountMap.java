package org.assay.runtime.engine.state;

import java.util.Arrays;

/** value → count for long keys (exact number bits, category codes), open addressing without boxing. */
final class LongCountMap {

	private long[] keys = new long[16];
	private long[] counts = new long[16];
	private int size;
	private boolean hasZero;
	private long zeroCount;

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
				counts[i] += count;
				return;
			}
			i = (i + 1) & mask;
		}
		keys[i] = key;
		counts[i] = count;
		size++;
		if (size * 2 > keys.length) {
			grow();
		}
	}

	long get(long key) {
		if (key == 0) {
			return zeroCount;
		}
		int mask = keys.length - 1;
		int i = mix(key) & mask;
		while (keys[i] != 0) {
			if (keys[i] == key) {
				return counts[i];
			}
			i = (i + 1) & mask;
		}
		return 0;
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
		long[] oldKeys = keys;
		long[] oldCounts = counts;
		keys = new long[oldKeys.length * 2];
		counts = new long[oldKeys.length * 2];
		size = hasZero ? 1 : 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				add(oldKeys[i], oldCounts[i]);
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
				visitor.visit(keys[i], counts[i]);
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
