package org.assay.runtime.spark;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.assay.runtime.engine.Plan;
import org.assay.runtime.engine.StateKey;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.incremental.Partition;
import org.assay.runtime.incremental.PartitionEngine;
import org.assay.runtime.incremental.PartitionScan;
import org.assay.runtime.scan.SourceFormat;

/**
 * The Spark engine as the {@link PartitionEngine} of incremental verification: each new or changed partition's file is
 * read in one Spark job into the plan's states, which the store keeps and later runs merge with the partitions read
 * before (by either engine's states of the same version).
 */
public final class SparkPartitionEngine implements PartitionEngine {

	private final SparkSession spark;

	public SparkPartitionEngine(SparkSession spark) {
		this.spark = spark;
	}

	@Override
	public String name() {
		return SparkEngine.NAME;
	}

	/** Spark's version and the codec's: states of another Spark line are recomputed. */
	@Override
	public String version() {
		return spark.version() + "/codec-" + StateCodec.FORMAT_VERSION;
	}

	@Override
	public PartitionScan scan(Partition partition, SourceFormat format, Plan plan) throws IOException {
		SparkDataset data = SparkDataset.local(partition.path(), partition.file(), plan.schema(), format);
		SparkEngine.Scan scan = SparkEngine.scan(spark, data, plan.constraints());
		Map<String, MetricState> byId = new LinkedHashMap<>();
		scan.states().forEach((key, state) -> byId.put(key.id(), state));
		Map<StateKey, MetricState> states = new LinkedHashMap<>();
		for (StateKey key : plan.keys()) {
			MetricState state = byId.get(key.id());
			states.put(key, state != null ? state : plan.freshStates().get(key));
		}
		return new PartitionScan(states, scan.rows(), scan.findings(), scan.fatalProblems());
	}
}
