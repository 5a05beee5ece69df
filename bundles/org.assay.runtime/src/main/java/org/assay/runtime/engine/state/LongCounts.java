package org.assay.runtime.engine.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * value → count for long keys (exact number bits), kept sorted instead of hashed. Added keys are appended to a buffer
 * (at most {@value #BUFFER} of them); a full buffer, {@link #seal} (the end of a chunk, on the thread that read it) or a
 * query sorts it (radix sort, nothing to do for keys that come in order) into a {@link SortedCounts} run. Runs are kept
 * each at least twice the size of the next, as in an LSM tree, so merging the chunks' runs moves each key a few times in
 * linear merges, and a query merges them into one. Runs whose keys all follow the last run's (chunks of ordered ids) are
 * not merged as they come but concatenated once, in one copy, when asked. Memory: 8 bytes per distinct value when every
 * count is 1, 12 otherwise (twice that while runs merge), plus the buffer, which a sealed state hands on to the next
 * chunk read on its thread.
 */
final class LongCounts {

	/** Keys buffered before they are sorted into a run: 2 MiB at most, and a scratch array as large while sorting. */
	static final int BUFFER = 1 << 18;

	/**
	 * A sealed chunk's buffer, kept for the next chunk read on the same thread (chunks are sealed on the thread that
	 * read them): a new buffer per chunk touched about 4 MiB of fresh heap growing to its full size.
	 */
	private static final ThreadLocal<long[]> SPARE = new ThreadLocal<>();

	private long[] buffer = new long[256];
	private int buffered;
	/**
	 * Each more than twice the size of the next, except runs whose keys all follow the run before them: those are
	 * kept apart and concatenated in one copy when the counts are asked for.
	 */
	private final List<SortedCounts> runs = new ArrayList<>();

	void add(long key) {
		if (buffered == buffer.length) {
			reserve(1);
		}
		buffer[buffered++] = key;
	}

	/**
	 * Room for {@code n} more keys: the buffer to write them to from {@link #buffered()} on, then {@link #commit} them.
	 */
	long[] reserve(int n) {
		if (buffered + n > buffer.length) {
			if (buffered > 0 && buffered + n > BUFFER) {
				flush();
			}
			if (buffered + n > buffer.length) {
				long[] spare = SPARE.get();
				if (spare != null && spare.length >= buffered + n) {
					SPARE.remove();
					System.arraycopy(buffer, 0, spare, 0, buffered);
					buffer = spare;
				} else {
					buffer = Arrays.copyOf(buffer, Math.max(buffered + n, Math.min(BUFFER, buffer.length * 2)));
				}
			}
		}
		return buffer;
	}

	int buffered() {
		return buffered;
	}

	void commit(int n) {
		buffered += n;
	}

	/** Adds a counted run (a decoded state's). */
	void add(SortedCounts run) {
		push(run);
	}

	/** Drops this thread's spare buffer (see {@link MetricState#releaseThreadScratch()}). */
	static void releaseSpare() {
		SPARE.remove();
	}

	/** Sorts what is buffered into a run and merges the runs into one; hands the buffer on to the next chunk. */
	void seal() {
		compacted();
		long[] spare = SPARE.get();
		if (buffer.length > 256 && (spare == null || spare.length < buffer.length)) {
			SPARE.set(buffer); // its keys are copied into the runs: nothing refers into it
		}
		buffer = new long[0];
	}

	/** Adds every count of {@code other}; its runs are shared, not copied (runs never change). */
	void addAll(LongCounts other) {
		for (SortedCounts run : other.runs()) {
			push(run);
		}
	}

	private List<SortedCounts> runs() {
		flush();
		return runs;
	}

	private void flush() {
		if (buffered > 0) {
			long[] sorted = sort(buffer, buffered);
			SortedCounts run = SortedCounts.ofSorted(sorted, buffered);
			buffered = 0;
			push(run);
		}
	}

	private void push(SortedCounts run) {
		if (run.size == 0) {
			return;
		}
		if (!runs.isEmpty() && SortedCounts.precedes(runs.get(runs.size() - 1), run)) {
			runs.add(run); // all after the last run's keys (chunks of ordered ids): concatenated once, when asked
			return;
		}
		runs.add(run);
		int n = runs.size();
		while (n >= 2 && runs.get(n - 2).size <= 2L * runs.get(n - 1).size) {
			SortedCounts merged = SortedCounts.merge(runs.get(n - 2), runs.remove(n - 1));
			runs.set(n - 2, merged);
			n--;
		}
	}

	/** All counts in one run. */
	SortedCounts compacted() {
		flush();
		if (runs.size() > 1 && ascending()) {
			SortedCounts all = SortedCounts.concatenate(runs);
			runs.clear();
			runs.add(all);
		}
		while (runs.size() > 1) {
			int n = runs.size();
			runs.set(n - 2, SortedCounts.merge(runs.get(n - 2), runs.remove(n - 1)));
		}
		return runs.isEmpty() ? SortedCounts.EMPTY : runs.get(0);
	}

	/** Whether each run's keys all precede the next one's. */
	private boolean ascending() {
		for (int i = 1; i < runs.size(); i++) {
			if (!SortedCounts.precedes(runs.get(i - 1), runs.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** Distinct keys: summed over runs that ascend (no key in two of them) without concatenating them. */
	int size() {
		flush();
		if (runs.size() > 1 && ascending()) {
			long size = 0;
			for (SortedCounts run : runs) {
				size += run.size;
			}
			return (int) size;
		}
		return compacted().size;
	}

	/**
	 * Keys counted once: summed over runs that ascend without concatenating them (chunks of ordered ids: a copy of every
	 * key for a count), else in the merged run.
	 */
	long singletons() {
		flush();
		if (runs.size() > 1 && ascending()) {
			long once = 0;
			for (SortedCounts run : runs) {
				once += run.singletons();
			}
			return once;
		}
		return compacted().singletons();
	}

	long get(long key) {
		return compacted().get(key);
	}

	/**
	 * The first {@code n} keys of {@code keys} in ascending signed order: as given when already in order, else sorted by
	 * a least-significant-digit radix sort, 11 bits a pass, leaving out the passes over digits every key shares (the
	 * exponent of doubles of one magnitude, the low bits of whole numbers).
	 */
	static long[] sort(long[] keys, int n) {
		if (ordered(keys, n)) {
			return keys;
		}
		final int bits = 11;
		final int passes = 6;
		final int radix = 1 << bits;
		int[][] histogram = new int[passes][radix];
		for (int i = 0; i < n; i++) {
			long key = keys[i] ^ Long.MIN_VALUE; // signed order as unsigned
			for (int p = 0; p < passes; p++) {
				histogram[p][(int) (key >>> (p * bits)) & (radix - 1)]++;
			}
		}
		long[] from = keys;
		long[] to = new long[n];
		for (int p = 0; p < passes; p++) {
			int[] offsets = histogram[p];
			int sum = 0;
			boolean shared = false;
			for (int d = 0; d < radix; d++) {
				int count = offsets[d];
				shared |= count == n;
				offsets[d] = sum;
				sum += count;
			}
			if (shared) {
				continue;
			}
			int shift = p * bits;
			for (int i = 0; i < n; i++) {
				long key = from[i];
				to[offsets[(int) ((key ^ Long.MIN_VALUE) >>> shift) & (radix - 1)]++] = key;
			}
			long[] swap = from;
			from = to;
			to = swap;
		}
		return from;
	}

	/**
	 * Whether the first {@code n} keys ascend. Its own method: on a chunk's keys this loop runs long enough to be
	 * compiled on stack, and compiling it alone is much cheaper than compiling the radix sort with it.
	 */
	private static boolean ordered(long[] keys, int n) {
		for (int i = 1; i < n; i++) {
			if (keys[i - 1] > keys[i]) {
				return false;
			}
		}
		return true;
	}
}
