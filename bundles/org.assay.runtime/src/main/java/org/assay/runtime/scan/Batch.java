package org.assay.runtime.scan;

/**
 * Consecutive rows of one {@link Chunk}, column by column in the schema's declaration order. Row numbers are relative to
 * the chunk: the engine turns them into file rows once the rows of the chunks before are known.
 */
public interface Batch {

	int size();

	/** The index (within the chunk, from 0) of this batch's first row. */
	long firstRow();

	/** The file line of a row (1-based, the header is line 1) relative to the chunk's first line: see {@link Chunk}. */
	long lineInChunk(int row);

	/** The column at the schema's index. */
	ColumnVector column(int index);
}
