package org.assay.runtime.incremental;

import java.io.IOException;

import org.assay.runtime.engine.Plan;
import org.assay.runtime.scan.SourceFormat;

/**
 * Computes one partition's states for a {@link Plan}: the seam between incremental verification (which partitions to
 * scan, the store of states, merging in partition order, deciding) and the engine that reads the rows. The local engine
 * ({@link LocalPartitionEngine}) reads the file on all cores; another engine (Spark) may read it on a cluster, as long
 * as it fills the same states (docs/engine-states.md) so that stored and new states merge.
 */
public interface PartitionEngine {

	/** The engine's name, recorded in each partition's manifest ({@code local}, {@code spark}). */
	String name();

	/**
	 * The engine's version, recorded in each partition's manifest: states stored by another name or version are
	 * recomputed. Change it whenever the engine could fill a state differently.
	 */
	String version();

	/**
	 * Fills the plan's states ({@link Plan#freshStates()}) from one partition's rows, rows and lines relative to the
	 * partition. Problems of the data (a ragged row, a missing column) are returned in {@link PartitionScan#problems()},
	 * not thrown.
	 *
	 * @throws IOException when the file cannot be opened at all
	 */
	PartitionScan scan(Partition partition, SourceFormat format, Plan plan) throws IOException;
}
