package org.assay.runtime.scan;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * A part of a data file read on its own (a byte range of a CSV file between record boundaries, a row group of a
 * Parquet file). Chunks are independent: they can be read on any thread in any order; their boundaries depend only
 * on the file (never on the number of threads), so merging per-chunk results in chunk order gives the same result
 * however many threads read them.
 */
public interface Chunk {

	/** Position in the file's chunk order, from 0. */
	int index();

	/** Reads every row, handing over batches in order; returns what the chunk held. */
	Summary read(Consumer<Batch> batches) throws IOException;

	/**
	 * What a chunk held once read: its rows, the file lines they spanned (more than rows when quoted fields hold line
	 * breaks), and its located problems and findings, with rows/lines relative to the chunk. {@code endsInsideRecord}:
	 * the chunk's end was a guessed boundary that fell inside its last record (a quoted field with line breaks runs on
	 * past it); the rest then covers the records before that one, and the next chunk is to be read again as
	 * {@link RowSource#recut} cuts it, from that record on. Only chunks of {@link RowSource#guessedChunks} say so.
	 */
	record Summary(long rows, long lines, ChunkFindings findings, boolean endsInsideRecord) {

		/** The summary of a chunk whose end is a record boundary. */
		public Summary(long rows, long lines, ChunkFindings findings) {
			this(rows, lines, findings, false);
		}
	}
}
