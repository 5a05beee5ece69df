package org.assay.runtime.scan.csv;

import java.util.List;

import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.FindingsCollector;
import org.assay.runtime.scan.ChunkFindings;

/** A CSV chunk's problems (lines relative to the chunk, see {@link org.assay.runtime.scan.Batch#lineInChunk}). */
record CsvChunkFindings(List<DataProblem> listedProblems, long problemCount, FindingsCollector collector)
		implements ChunkFindings {

	CsvChunkFindings {
		listedProblems = List.copyOf(listedProblems);
	}
}
