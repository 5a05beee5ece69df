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
	 * Problems of the file as a whole, found before or while reading (header, encoding, ragged rows), located
	 * {@code file:line:column}; empty when the file is usable.
	 */
	List<DataProblem> fatalProblems();

	/** Merges the chunks' findings (in chunk order, rows made absolute) into the dataset's findings. */
	DataFindings findings(List<Chunk.Summary> summaries);

	@Override
	void close() throws IOException;
}
