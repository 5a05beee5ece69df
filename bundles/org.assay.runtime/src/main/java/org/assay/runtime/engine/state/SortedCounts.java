package org.assay.runtime.engine.state;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable run of distinct long keys in ascending signed order with their counts: 8 bytes a key, plus 4 a count
 * unless every count is 1 (then {@code counts} is null). Counts beyond {@code Integer.MAX_VALUE} are -1 in
 * {@code counts} and kept in a small side map. Runs are never changed once made, so states may share them.
 */
final class SortedCounts {

	static final SortedCounts EMPTY = new SortedCounts(new long[0], null, 0, null);

	/** Arrays hold at most this many keys. */
	private static final int MAX_SIZE = Integer.MAX_VALUE - 16;

	final long[] keys;
	/** null: every count is 1. */
	private final int[] counts;
	final int size;
	/** Counts that do not fit an int (the slot then holds -1); null when none. */
	private final Map<Long, Long> large;

	private SortedCounts(long[] keys, int[] counts, int size, Map<Long, Long> large) {
		this.keys = keys;
		this.counts = counts;
		this.size = size;
		this.large = large;
	}

	long count(int i) {
		if (counts == null) {
			return 1;
		}
		int count = counts[i];
		return count >= 0 ? count : large.get(keys[i]);
	}

	/** Whether every count is 1. */
	boolean allOnes() {
		return counts == null;
	}

	/** How many keys are counted once. */
	long singletons() {
		if (counts == null) {
			return size;
		}
		long once = 0;
		for (int i = 0; i < size; i++) {
			once += counts[i] == 1 ? 1 : 0;
		}
		return once;
	}

	/** The count of {@code key}, 0 when absent (binary search). */
	long get(long key) {
		int at = java.util.Arrays.binarySearch(keys, 0, size, key);
		return at < 0 ? 0 : count(at);
	}

	/** The run of {@code keys[0..n)} (ascending, repeats allowed), each counted once per occurrence. */
	static SortedCounts ofSorted(long[] sorted, int n) {
		int repeats = repeats(sorted, n);
		if (repeats == 0) {
			return new SortedCounts(java.util.Arrays.copyOf(sorted, n), null, n, null);
		}
		Builder run = new Builder(n - repeats);
		for (int i = 0; i < n;) {
			long key = sorted[i];
			int j = i + 1;
			while (j < n && sorted[j] == key) {
				j++;
			}
			run.add(key, j - i);
			i = j;
		}
		return run.build();
	}

	/** Keys equal to the one before; a method of its own so that its long loop is compiled alone (see {@link LongCounts}). */
	private static int repeats(long[] sorted, int n) {
		int repeats = 0;
		for (int i = 1; i < n; i++) {
			repeats += sorted[i - 1] == sorted[i] ? 1 : 0;
		}
		return repeats;
	}

	/** Decoded entries: keys strictly ascending, counts positive; else null. */
	static SortedCounts ofEntries(long[] keys, long[] counts) {
		Builder run = new Builder(keys.length);
		for (int i = 0; i < keys.length; i++) {
			if (i > 0 && keys[i] <= keys[i - 1] || counts[i] < 1) {
				return null;
			}
			run.add(keys[i], counts[i]);
		}
		return run.build();
	}

	/** The keys of both with their counts added: one linear merge (a concatenation when a's keys all precede b's). */
	static SortedCounts merge(SortedCounts a, SortedCounts b) {
		if (a.size == 0) {
			return b;
		}
		if (b.size == 0) {
			return a;
		}
		if ((long) a.size + b.size > MAX_SIZE) {
			throw new IllegalStateException("more than " + MAX_SIZE + " distinct values: an exact distinct structure cannot grow further");
		}
		if (a.keys[a.size - 1] < b.keys[0] || b.keys[b.size - 1] < a.keys[0]) {
			return concatenate(a.keys[a.size - 1] < b.keys[0] ? a : b, a.keys[a.size - 1] < b.keys[0] ? b : a);
		}
		if (a.counts == null && b.counts == null) {
			SortedCounts ones = mergeDisjoint(a, b);
			if (ones != null) {
				return ones;
			}
		}
		Builder run = new Builder(a.size + b.size);
		int i = 0;
		int j = 0;
		long[] ak = a.keys;
		long[] bk = b.keys;
		while (i < a.size && j < b.size) {
			long x = ak[i];
			long y = bk[j];
			if (x < y) {
				run.add(x, a.count(i++));
			} else if (y < x) {
				run.add(y, b.count(j++));
			} else {
				run.add(x, a.count(i++) + b.count(j++));
			}
		}
		while (i < a.size) {
			run.add(ak[i], a.count(i++));
		}
		while (j < b.size) {
			run.add(bk[j], b.count(j++));
		}
		return run.build();
	}

	/** Two runs of keys counted once each, merged when no key is in both (distinct ids); null when one is. */
	private static SortedCounts mergeDisjoint(SortedCounts a, SortedCounts b) {
		long[] ak = a.keys;
		long[] bk = b.keys;
		int an = a.size;
		int bn = b.size;
		long[] keys = new long[an + bn];
		int i = 0;
		int j = 0;
		int k = 0;
		while (i < an && j < bn) {
			long x = ak[i];
			long y = bk[j];
			if (x < y) {
				keys[k++] = x;
				i++;
			} else if (y < x) {
				keys[k++] = y;
				j++;
			} else {
				return null;
			}
		}
		System.arraycopy(ak, i, keys, k, an - i);
		System.arraycopy(bk, j, keys, k + an - i, bn - j);
		return new SortedCounts(keys, null, an + bn, null);
	}

	/** Whether every key of {@code first} precedes every key of {@code second} (both non-empty). */
	static boolean precedes(SortedCounts first, SortedCounts second) {
		return first.size > 0 && second.size > 0 && first.keys[first.size - 1] < second.keys[0];
	}

	/** Runs each of whose keys all precede the next run's, as one run: one array of their keys (and counts). */
	static SortedCounts concatenate(List<SortedCounts> runs) {
		long total = 0;
		boolean counted = false;
		boolean anyLarge = false;
		for (SortedCounts run : runs) {
			total += run.size;
			counted |= run.counts != null;
			anyLarge |= run.large != null;
		}
		if (total > MAX_SIZE) {
			throw new IllegalStateException("more than " + MAX_SIZE + " distinct values: an exact distinct structure cannot grow further");
		}
		int size = (int) total;
		long[] keys = new long[size];
		int[] counts = counted ? new int[size] : null;
		Map<Long, Long> large = anyLarge ? new HashMap<>() : null;
		int at = 0;
		for (SortedCounts run : runs) {
			System.arraycopy(run.keys, 0, keys, at, run.size);
			if (counts != null) {
				copyCounts(run, counts, at);
			}
			if (run.large != null) {
				large.putAll(run.large);
			}
			at += run.size;
		}
		return new SortedCounts(keys, counts, size, large);
	}

	private static SortedCounts concatenate(SortedCounts first, SortedCounts second) {
		int size = first.size + second.size;
		long[] keys = new long[size];
		System.arraycopy(first.keys, 0, keys, 0, first.size);
		System.arraycopy(second.keys, 0, keys, first.size, second.size);
		int[] counts = null;
		if (first.counts != null || second.counts != null) {
			counts = new int[size];
			copyCounts(first, counts, 0);
			copyCounts(second, counts, first.size);
		}
		Map<Long, Long> large = null;
		if (first.large != null || second.large != null) {
			large = new HashMap<>();
			if (first.large != null) {
				large.putAll(first.large);
			}
			if (second.large != null) {
				large.putAll(second.large);
			}
		}
		return new SortedCounts(keys, counts, size, large);
	}

	private static void copyCounts(SortedCounts run, int[] into, int at) {
		if (run.counts == null) {
			java.util.Arrays.fill(into, at, at + run.size, 1);
		} else {
			System.arraycopy(run.counts, 0, into, at, run.size);
		}
	}

	/** Appends keys in ascending order; allocates counts only once a count other than 1 comes. */
	private static final class Builder {
		private final long[] keys;
		private int[] counts;
		private int size;
		private Map<Long, Long> large;

		Builder(int capacity) {
			keys = new long[capacity];
		}

		void add(long key, long count) {
			keys[size] = key;
			if (count != 1 && counts == null) {
				counts = new int[keys.length];
				java.util.Arrays.fill(counts, 0, size, 1);
			}
			if (counts != null) {
				if (count <= Integer.MAX_VALUE) {
					counts[size] = (int) count;
				} else {
					counts[size] = -1;
					if (large == null) {
						large = new HashMap<>();
					}
					large.put(key, count);
				}
			}
			size++;
		}

		SortedCounts build() {
			// trim when more than an eighth of the room went unused (keys repeated)
			boolean trim = size < keys.length - (keys.length >> 3);
			long[] k = trim ? java.util.Arrays.copyOf(keys, size) : keys;
			int[] c = counts == null || !trim ? counts : java.util.Arrays.copyOf(counts, size);
			return new SortedCounts(k, c, size, large);
		}
	}
}
