package org.assay.runtime.parquet;

import java.util.List;

import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.FindingsCollector;
import org.assay.runtime.scan.ChunkFindings;

/** A row group's problems, rows relative to the group (from 1). */
record ParquetChunkFindings(List<DataProblem> listedProblems, long problemCount, FindingsCollector collector)
		implements ChunkFindings {

	ParquetChunkFindings {
		listedProblems = List.copyOf(listedProblems);
	}
}
