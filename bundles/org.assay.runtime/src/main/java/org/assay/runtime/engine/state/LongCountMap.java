package org.assay.runtime.engine.state;

import java.util.Arrays;

/**
 * value → count for long keys (exact number bits, category codes), open addressing without boxing. The table is at
 * most three quarters full, and counts take 4 bytes until one passes {@link Integer#MAX_VALUE} (then all take 8): about
 * 16 bytes per distinct value, so ten million distinct ids fit in 256 MB of heap, growing included.
 */
final class LongCountMap {

	private long[] keys = new long[16];
	private int[] counts = new int[16];
	/** The counts once one no longer fits an int (then {@link #counts} is null). */
	private long[] wideCounts;
	private int size;
	private int resizes;
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
				set(i, count(i) + count);
				return;
			}
			i = (i + 1) & mask;
		}
		keys[i] = key;
		set(i, count);
		size++;
		if (size > keys.length - (keys.length >>> 2)) {
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
				return count(i);
			}
			i = (i + 1) & mask;
		}
		return 0;
	}

	int size() {
		return size;
	}

	private long count(int slot) {
		return counts != null ? counts[slot] : wideCounts[slot];
	}

	private void set(int slot, long count) {
		if (counts != null && count > Integer.MAX_VALUE) {
			wideCounts = new long[counts.length];
			for (int i = 0; i < counts.length; i++) {
				wideCounts[i] = counts[i];
			}
			counts = null;
		}
		if (counts != null) {
			counts[slot] = (int) count;
		} else {
			wideCounts[slot] = count;
		}
	}

	/**
	 * MurmurHash3's 64-bit finalizer: every key bit reaches the low bits that pick the slot. (A multiply alone leaves
	 * the low bits of a product zero when the key's are, as in the bits of a double holding a small integer, whose
	 * mantissa ends in zeros; those keys then crowd into a fraction of the slots.)
	 */
	private static int mix(long key) {
		long h = key;
		h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
		h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return (int) (h ^ (h >>> 33));
	}

	/**
	 * Adds every count of {@code other}. The table is first made large enough for both: filling a smaller table from a
	 * larger one in slot order would hand it keys sorted by their slot, which linear probing turns into one long run
	 * (a million keys took seconds instead of milliseconds).
	 */
	void addAll(LongCountMap other) {
		int length = keys.length;
		long entries = (long) size + other.size;
		while (entries > length - (length >>> 2)) {
			length *= 2;
		}
		if (length != keys.length) {
			resize(length);
		}
		if (other.hasZero) {
			add(0, other.zeroCount);
		}
		for (int i = 0; i < other.keys.length; i++) {
			if (other.keys[i] != 0) {
				add(other.keys[i], other.count(i));
			}
		}
	}

	/** Keys that occur exactly once. */
	long singletons() {
		long once = hasZero && zeroCount == 1 ? 1 : 0;
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] != 0 && count(i) == 1) {
				once++;
			}
		}
		return once;
	}

	/** How often the table was rebuilt larger; for tests. */
	int resizes() {
		return resizes;
	}

	private void grow() {
		resize(keys.length * 2);
	}

	private void resize(int length) {
		resizes++;
		long[] oldKeys = keys;
		int[] oldCounts = counts;
		long[] oldWide = wideCounts;
		keys = new long[length];
		if (oldCounts != null) {
			counts = new int[keys.length];
		} else {
			wideCounts = new long[keys.length];
		}
		size = hasZero ? 1 : 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				add(oldKeys[i], oldCounts != null ? oldCounts[i] : oldWide[i]);
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
