package org.assay.runtime.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.incremental.AnomalyCheck;
import org.assay.runtime.incremental.LocalPartitionEngine;
import org.assay.runtime.incremental.PartitionDrift;
import org.assay.runtime.incremental.PartitionEngine;
import org.assay.runtime.incremental.PartitionedEvidence;
import org.assay.runtime.incremental.PartitionedVerifier;
import org.assay.runtime.incremental.Partitions;
import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.RunInfo;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.stats.Verdict;

/** {@link DataSuite}'s reading of a partitioned dataset: all partitions, or in an incremental run only the new ones. */
final class PartitionedData {

	/** The outcome, or why there is none (NO_DATA for a missing or empty folder, ERROR otherwise). */
	record Read(PartitionedVerifier.Outcome outcome, Verdict unreadable, String reason) {
	}

	private PartitionedData() {
	}

	static Read read(Path project, DatasetSpec dataset, SourceFormat format, List<ConstraintSpec> constraints,
			List<PartitionDrift> drifts, EngineOptions options, PartitionEngine engine, Path results, RunInfo runInfo) {
		PartitionedVerifier.Outcome outcome;
		try {
			outcome = PartitionedVerifier.verify(project, dataset, format, constraints, options,
					engine != null ? engine : new LocalPartitionEngine(options.threads()), PartitionedEvidence.incremental(),
					drifts);
		} catch (Partitions.NoPartitionsException e) {
			return new Read(null, Verdict.NO_DATA, e.getMessage());
		} catch (IOException | RuntimeException e) {
			return new Read(null, Verdict.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
		}
		for (DataFindings findings : outcome.findings()) {
			try {
				RunsFile.append(results, runInfo, findings);
			} catch (IOException e) {
				throw new UncheckedIOException("cannot record the data findings in " + results, e);
			}
		}
		return new Read(outcome, null, null);
	}

	/** The evidence with the partitions read and the constraint's anomaly and drift checks, if it has them. */
	static Evidence annotate(Evidence evidence, AnomalyCheck anomaly, PartitionDrift drift,
			PartitionedVerifier.Outcome outcome) {
		List<String> details = new java.util.ArrayList<>(evidence.details());
		details.add(PartitionedEvidence.summary(outcome));
		Evidence annotated = new Evidence(evidence.suite(), evidence.test(), evidence.requirements(), evidence.source(),
				evidence.metric(), evidence.value(), evidence.lower(), evidence.upper(), evidence.confidence(),
				evidence.criterion(), evidence.verdict(), evidence.message(), evidence.lineage(), details, evidence.phase());
		if (evidence.verdict() == Verdict.ERROR) {
			return annotated;
		}
		if (anomaly != null) {
			annotated = PartitionedEvidence.withAnomaly(annotated, anomaly, outcome.history());
		}
		return drift == null ? annotated
				: PartitionedEvidence.withDrift(annotated, drift, outcome.drifts().get(drift.constraint()));
	}

	static Lineage lineage(DatasetSpec dataset, PartitionedVerifier.Outcome outcome, PartitionEngine engine) {
		return PartitionedEvidence.lineage(dataset, outcome, engine == null ? "local " + LocalPartitionEngine.VERSION
				: engine.name() + " " + engine.version());
	}
}
