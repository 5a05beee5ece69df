package org.assay.runtime.suite;

import java.util.Arrays;

import org.assay.runtime.pipeline.PipelineRun;

/** The rows a check measures: a partition (all rows for none), the labelled ones, and how a description names them. */
final class CheckRows {

	private CheckRows() {
	}

	static String on(String partition) {
		return partition == null ? "" : " on " + partition;
	}

	static int[] rows(PipelineRun run, String partition) {
		return run.rows(partition);
	}

	/** The rows whose label is present (unlabelled rows cannot be scored). */
	static int[] labelled(PipelineRun run, int[] rows) {
		String label = run.table().schema().label().orElseThrow().name();
		int[] codes = run.table().codes(label);
		return Arrays.stream(rows).filter(r -> codes[r] >= 0).toArray();
	}

	static int[] intersect(int[] sortedA, int[] sortedB) {
		return Arrays.stream(sortedA).filter(r -> Arrays.binarySearch(sortedB, r) >= 0).toArray();
	}
}
