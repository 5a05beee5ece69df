package org.assay.runtime.incremental;

/**
 * Lines of merged partition states: before merging, a partition's kept rows are relocated by the rows of the
 * partitions before (rows count over the whole dataset) and their lines by {@code index << 40}, so that each kept line
 * still says which partition's file it is in (a file of up to 2^40 lines) and its line in that file.
 */
final class PartitionLines {

	private static final int SHIFT = 40;

	private static final long MASK = (1L << SHIFT) - 1;

	private PartitionLines() {
	}

	static long base(int partition) {
		return (long) partition << SHIFT;
	}

	static int partition(long line) {
		return (int) (line >>> SHIFT);
	}

	static long line(long line) {
		return line & MASK;
	}
}
