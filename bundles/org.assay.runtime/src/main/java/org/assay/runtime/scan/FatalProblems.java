package org.assay.runtime.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.IntToLongFunction;

import org.assay.runtime.data.DataProblem;

/**
 * What makes a file unusable, for every reader: problems found on opening (header, encoding, schema), or else the
 * first problem that stopped a chunk, in chunk order whatever thread found it first — so the same file gives the same
 * message on any number of threads. The one place for this rule of {@link RowSource#fatalProblems}.
 */
public final class FatalProblems {

	private final List<DataProblem> opening = new ArrayList<>();
	private final ConcurrentSkipListMap<Integer, DataProblem> reading = new ConcurrentSkipListMap<>();

	/** A problem found while opening the file (before any chunk is read). */
	public void opening(DataProblem problem) {
		opening.add(problem);
	}

	/** Whether opening found the file unusable: then there are no chunks to read. */
	public boolean unusable() {
		return !opening.isEmpty();
	}

	/** A problem that stopped chunk {@code chunk}; only its first one counts. Safe from any thread. */
	public void reading(int chunk, DataProblem problem) {
		reading.putIfAbsent(chunk, problem);
	}

	/** Forgets what chunk {@code chunk} found: it is read again, cut differently (see {@link RowSource#recut}). */
	public void forget(int chunk) {
		reading.remove(chunk);
	}

	/** The opening problems, or else the first chunk's stopping problem; empty when the file is usable. */
	public List<DataProblem> list() {
		return list(chunk -> 0);
	}

	/**
	 * As {@link #list()}, for readers whose chunks locate their stopping problem by a line relative to the chunk:
	 * {@code linesBefore} of its chunk (the file lines before the chunk's first line) is added to it.
	 */
	public List<DataProblem> list(IntToLongFunction linesBefore) {
		if (!opening.isEmpty()) {
			return List.copyOf(opening);
		}
		var first = reading.firstEntry();
		if (first == null) {
			return List.of();
		}
		DataProblem problem = first.getValue();
		long before = linesBefore.applyAsLong(first.getKey());
		return List.of(before == 0 ? problem
				: new DataProblem(problem.file(), problem.row() + before, problem.column(), problem.kind(), problem.message()));
	}
}
