package org.assay.runtime.incremental;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.Plan;
import org.assay.runtime.engine.ScanResult;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.RowSources;
import org.assay.runtime.scan.SourceFormat;

/** The local one-pass engine ({@link DataEngine#scan}) over one partition's file, on {@code threads} threads. */
public final class LocalPartitionEngine implements PartitionEngine {

	/** Bumped whenever the local engine could fill a state differently; the codec's format is recorded beside it. */
	public static final String VERSION = "1/codec-" + StateCodec.FORMAT_VERSION;

	private final int threads;

	public LocalPartitionEngine(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, not " + threads);
		}
		this.threads = threads;
	}

	@Override
	public String name() {
		return "local";
	}

	@Override
	public String version() {
		return VERSION;
	}

	@Override
	public PartitionScan scan(Partition partition, SourceFormat format, Plan plan) throws IOException {
		try (RowSource source = RowSources.open(partition.path(), partition.file(), plan.schema(), format, plan.source())) {
			List<DataProblem> fatal = source.fatalProblems();
			if (!fatal.isEmpty()) {
				return new PartitionScan(plan.freshStates(), 0, null, fatal);
			}
			ScanResult result = DataEngine.scan(source, plan, threads);
			List<DataProblem> problems = new ArrayList<>(source.fatalProblems());
			if (problems.isEmpty() && result.failure() != null) {
				problems.add(new DataProblem(partition.file(), 0, 0, DataProblem.Kind.UNREADABLE, result.failure()));
			}
			if (!problems.isEmpty()) {
				return new PartitionScan(result.states(), result.rows(), null, problems);
			}
			DataFindings findings;
			try {
				findings = source.findings(result.summaries());
			} catch (RuntimeException e) {
				findings = null;
			}
			return new PartitionScan(result.states(), result.rows(), findings, List.of());
		}
	}
}
