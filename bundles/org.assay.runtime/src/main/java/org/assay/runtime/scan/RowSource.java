package org.assay.runtime.scan;

import java.io.IOException;
import java.util.List;

import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.Schema;

/**
 * A data file read in independent chunks against a declared schema, for one-pass engines: nothing here holds the
 * table. Fatal problems of the file as a whole (not UTF-8, a missing column, a ragged row) are known from
 * {@link #open}/{@link Chunk#read}; per-cell problems are collected per chunk and merged in chunk order.
 */
public interface RowSource extends AutoCloseable {

	/** The file as the model names it (relative to the project), for located messages. */
	String name();

	Schema schema();

	SourceFormat format();

	/** The chunks, in file order; their boundaries depend only on the file. */
	List<Chunk> chunks() throws IOException;

	/**
	 * The chunks for a reader that takes their results in order (as the engine's pass merges them), cut without reading
	 * the file first where the format needs that for {@link #chunks} (a CSV file's record boundaries): a boundary may
	 * then be a guess, which the chunk before it checks. A chunk whose {@link Chunk.Summary#endsInsideRecord} is set
	 * ended at a wrong guess: the reader keeps what it read (the records before the last one) and takes {@link #recut}
	 * of its index. By default {@link #chunks}, whose boundaries are never guesses.
	 */
	default List<Chunk> guessedChunks() throws IOException {
		return chunks();
	}

	/**
	 * After chunk {@code index} of {@link #guessedChunks} ended inside its last record: the chunks cut anew, that one
	 * ending where that record starts and the next one starting there (to be read again); the others are the same
	 * objects, and what was read of them holds. By default {@link #chunks} (a source that never guesses is never asked).
	 */
	default List<Chunk> recut(int index) throws IOException {
		return chunks();
	}

	/**
	 * Problems of the file as a whole, found before or while reading (header, encoding, ragged rows), located
	 * {@code file:line:column}; empty when the file is usable.
	 */
	List<DataProblem> fatalProblems();

	/** Merges the chunks' findings (in chunk order, rows made absolute) into the dataset's findings. */
	DataFindings findings(List<Chunk.Summary> summaries);

	@Override
	void close() throws IOException;
}
