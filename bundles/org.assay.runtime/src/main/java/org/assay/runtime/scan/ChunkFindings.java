package org.assay.runtime.scan;

import java.util.List;

import org.assay.runtime.data.DataProblem;

/**
 * The per-cell problems one chunk found (rows relative to the chunk), kept small: the first problems listed, all
 * counted, and whatever the format needs to build {@link org.assay.runtime.data.DataFindings} (most frequent
 * offending values per column and kind). Implementations belong to the readers.
 */
public interface ChunkFindings {

	List<DataProblem> listedProblems();

	long problemCount();
}
