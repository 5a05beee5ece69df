package org.assay.runtime.scan.csv;

import java.util.ArrayDeque;

/**
 * The byte arrays chunks are read into, reused from one chunk to the next: one per thread reading at once, kept while
 * the source is reachable. A new array per chunk cost zeroing its 8 MiB and, mostly, garbage of that size per chunk.
 * A chunk gives its array back when its reading is over; nothing read from it may refer into it afterwards (cells
 * that outlive a batch are copied out, as {@code CsvColumnVector.text} does).
 */
final class ChunkBuffers {

	private final ArrayDeque<byte[]> free = new ArrayDeque<>();
	private final long keptBytes;

	/** Arrays up to twice the range size (plus slack for a long last record) are kept for the next chunk. */
	ChunkBuffers(int rangeBytes) {
		this.keptBytes = 2L * rangeBytes + (1 << 20);
	}

	/** An array of at least {@code length} bytes (not zeroed: its start is about to be overwritten). */
	synchronized byte[] take(int length) {
		byte[] buffer = free.poll();
		if (buffer != null && buffer.length >= length) {
			return buffer;
		}
		// chunks end at the first record boundary after their range, so their lengths vary a little: some slack
		return new byte[(int) Math.min(Integer.MAX_VALUE - 8, length + (long) length / 16)];
	}

	synchronized void give(byte[] buffer) {
		if (buffer.length <= keptBytes) {
			free.push(buffer);
		}
	}
}
