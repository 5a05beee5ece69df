package org.assay.runtime.profile;

/**
 * The distinct values of a column as 64-bit hashes (an open-addressing set that grows with the number of distinct
 * values, not of rows), up to a limit beyond which it stops counting. Whether any value occurred twice is known as
 * long as the set is below its limit. Two values collide with probability about n²/2^65 (5·10⁻⁷ at 4 million).
 */
final class DistinctHashes {

	private final int limit;
	private long[] slots = new long[16];
	private boolean zeroPresent;
	private int size;
	private boolean repeated;
	private boolean overflow;

	DistinctHashes(int limit) {
		this.limit = limit;
	}

	void add(long hash) {
		if (overflow) {
			return;
		}
		if (hash == 0) {
			if (zeroPresent) {
				repeated = true;
			} else {
				zeroPresent = true;
				grow();
			}
			return;
		}
		int mask = slots.length - 1;
		int i = (int) (hash ^ (hash >>> 32)) & mask;
		while (slots[i] != 0) {
			if (slots[i] == hash) {
				repeated = true;
				return;
			}
			i = (i + 1) & mask;
		}
		slots[i] = hash;
		grow();
	}

	private void grow() {
		size++;
		if (size > limit) {
			overflow = true;
			slots = null;
			return;
		}
		if (size * 2 > slots.length) {
			long[] old = slots;
			slots = new long[old.length * 2];
			int mask = slots.length - 1;
			for (long hash : old) {
				if (hash != 0) {
					int i = (int) (hash ^ (hash >>> 32)) & mask;
					while (slots[i] != 0) {
						i = (i + 1) & mask;
					}
					slots[i] = hash;
				}
			}
		}
	}

	/** Stops counting (the column's values are no longer needed). */
	void abandon() {
		overflow = true;
		slots = null;
	}

	/** Adds another set's values (and whether it saw a value twice). */
	void merge(DistinctHashes other) {
		if (other.overflow) {
			abandon();
			return;
		}
		repeated |= other.repeated;
		if (other.zeroPresent) {
			add(0);
		}
		for (long hash : other.slots) {
			if (hash != 0) {
				add(hash);
			}
		}
	}

	/** The number of distinct values, or -1 when more than the limit (or abandoned). */
	long count() {
		return overflow ? -1 : size;
	}

	/** Whether some value occurred more than once; meaningless when {@link #count} is -1. */
	boolean repeated() {
		return repeated;
	}
}
