package org.assay.runtime.incremental;

import java.util.List;
import java.util.Map;

import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.engine.StateKey;
import org.assay.runtime.engine.state.MetricState;

/**
 * One partition's states as a {@link PartitionEngine} computed them: every key of the plan, rows and lines relative
 * to the partition (row 0 is its first data row, line 1 its header), merged over the partition's chunks.
 *
 * @param states one state per key of the plan
 * @param rows the partition's data rows
 * @param findings the partition's data findings (named by its file), or null when the engine does not collect them
 * @param problems what made the partition unusable (located {@code file:line:column}); empty when it was read whole.
 *        A partition with problems is never stored, and makes every constraint an ERROR
 */
public record PartitionScan(Map<StateKey, MetricState> states, long rows, DataFindings findings, List<DataProblem> problems) {

	public PartitionScan {
		problems = List.copyOf(problems);
	}

	public boolean usable() {
		return problems.isEmpty();
	}
}
