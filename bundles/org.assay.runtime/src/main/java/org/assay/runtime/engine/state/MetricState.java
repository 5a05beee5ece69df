package org.assay.runtime.engine.state;

import java.io.DataOutput;
import java.io.IOException;

import org.assay.runtime.scan.Batch;

/**
 * A mergeable metric state: updated from the batches of one chunk, merged with the states of later chunks in chunk
 * order, read by the constraints that share it, and encoded by {@link StateCodec}. States are not thread-safe: the
 * engine gives each chunk its own.
 */
public interface MetricState {

	StateKind kind();

	/** Adds a batch's rows (rows chunk-relative). */
	void update(Batch batch);

	/**
	 * The chunk's last batch was added: called on the thread that read the chunk, before its states are handed over to
	 * be merged, so a state can put what it gathered in a form that merges cheaply (the exact distinct numbers sort
	 * theirs). Results and encodings do not depend on it; updates may still follow.
	 */
	default void seal() {
	}

	/**
	 * Drops what sealed states left on this thread for the next chunk read on it (a buffer of exact distinct numbers):
	 * for a thread that goes on living after its pass, as a caller that read the chunks itself does.
	 */
	static void releaseThreadScratch() {
		LongCounts.releaseSpare();
	}

	/** Adds the rows of {@code later}, a state of the same kind and columns over rows after this one's. */
	void merge(MetricState later);

	/** Makes the kept rows absolute once the rows and lines of the chunks before are known. */
	void relocate(long rowsBefore, long linesBefore);

	/** What the state met: rows, values, nulls, NaN, invalid cells. */
	Tally tally();

	/** The kind-specific fields (after the common ones), see docs/engine-states.md. */
	void writeFields(DataOutput out) throws IOException;
}
