package org.assay.runtime.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.engine.ConstraintResult;
import org.assay.runtime.engine.Counterexample;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.engine.EngineResult;
import org.assay.runtime.engine.Plan;
import org.assay.runtime.engine.StateKey;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.lineage.Sha256;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.stats.Verdict;

/**
 * Verifies a partitioned dataset's constraints from its partitions' states (docs/incremental.md): each partition's
 * states are computed by a {@link PartitionEngine} or, in an incremental run, read from the {@link StateStore} when its
 * manifest says they were computed from the same file, schema, engine and plan; they are merged in partition order
 * (rows relocated by the partitions before) and decided once. A full run computes every partition; both runs write
 * the store, drop the partitions whose files are gone, and record each constraint's value per partition
 * ({@link MetricHistory}).
 */
public final class PartitionedVerifier {

	/**
	 * What happened to one partition.
	 *
	 * @param scanned whether its rows were read in this run (else its stored states were used)
	 * @param why why it was read ({@code new partition}, {@code the file changed …}, {@code full run}); empty when reused
	 * @param storable whether its states could be stored (false when a sketch cannot be encoded on this Java)
	 */
	public record PartitionStatus(Partition partition, boolean scanned, String why, long rows, String dataHash,
			boolean storable) {
	}

	/**
	 * @param result the constraints decided on the merged states of all partitions
	 * @param dropped partitions removed from the store because their files are gone
	 * @param findings the data findings of the partitions read in this run, one per partition
	 * @param states the merged states of all partitions, decided into {@code result} (empty when a partition was
	 *        unreadable)
	 * @param drifts each drift check's outcome, by its constraint's name (empty when a partition was unreadable)
	 */
	public record Outcome(EngineResult result, List<PartitionStatus> partitions, List<String> dropped, MetricHistory history,
			List<DataFindings> findings, Map<StateKey, MetricState> states, Map<String, PartitionDrift.Outcome> drifts) {
	}

	/** How many stored states this JVM has decoded (each partition's once per run; {@code PartitionedVerifierTest}). */
	static final LongAdder DECODED = new LongAdder();

	private PartitionedVerifier() {
	}

	/**
	 * Verifies every constraint over all partitions. Never throws for bad data: a partition that cannot be read makes
	 * every constraint an ERROR with its located problem.
	 *
	 * @throws Partitions.NoPartitionsException when the folder is missing or empty
	 * @throws IOException when a file cannot be opened or the store cannot be written
	 */
	public static Outcome verify(Path project, DatasetSpec dataset, SourceFormat format, List<ConstraintSpec> constraints,
			EngineOptions options, PartitionEngine engine, boolean incremental) throws IOException {
		return verify(project, dataset, format, constraints, options, engine, incremental, List.of());
	}

	/**
	 * Verifies every constraint over all partitions and judges the drift checks: each compares the newest partition's
	 * state of its constraint with the merged states of the partitions before it ({@link PartitionDrift}), kept from
	 * this run's decoding, so no partition is read or decoded again.
	 */
	public static Outcome verify(Path project, DatasetSpec dataset, SourceFormat format, List<ConstraintSpec> constraints,
			EngineOptions options, PartitionEngine engine, boolean incremental, List<PartitionDrift> drifts) throws IOException {
		List<Partition> partitions = Partitions.list(project, dataset);
		Plan plan = DataEngine.plan(dataset.path(), dataset.schema(), constraints, options);
		String schemaHash = SchemaHash.of(dataset.schema());
		StateStore store = new StateStore(project, dataset.name());
		Map<StateKey, MetricState> merged = plan.freshStates();
		List<PartitionStatus> statuses = new ArrayList<>();
		List<DataFindings> findings = new ArrayList<>();
		List<DataProblem> problems = new ArrayList<>();
		List<List<ConstraintResult>> perPartition = new ArrayList<>();
		DriftStates driftStates = new DriftStates(plan, constraints, drifts);
		long rows = 0;
		for (Partition partition : partitions) {
			StateStore.Lookup stored = incremental ? store.lookup(partition, engine, schemaHash, plan.keys()) : null;
			Map<StateKey, byte[]> encoded;
			Map<StateKey, MetricState> live = null;
			PartitionStatus status;
			if (stored != null && stored.stale() == null) {
				encoded = stored.states();
				status = new PartitionStatus(partition, false, "", stored.rows(), stored.dataHash(), true);
			} else {
				long size = Files.size(partition.path());
				long modified = Files.getLastModifiedTime(partition.path()).toMillis();
				String hash = Sha256.of(partition.path());
				PartitionScan scan = engine.scan(partition, format, plan);
				if (scan.findings() != null) {
					findings.add(scan.findings());
				}
				if (!scan.usable()) {
					Files.deleteIfExists(store.folder(partition.name()).resolve(StateStore.MANIFEST));
					problems.addAll(scan.problems());
					statuses.add(new PartitionStatus(partition, true, stored == null ? "full run" : stored.stale(), scan.rows(),
							hash, false));
					continue;
				}
				encoded = new LinkedHashMap<>();
				List<StateKey> unstorable = new ArrayList<>();
				for (var state : scan.states().entrySet()) {
					try {
						encoded.put(state.getKey(), StateCodec.encode(state.getValue()));
					} catch (UnsupportedOperationException e) { // a sketch on a Java that DataSketches cannot serialise on
						unstorable.add(state.getKey());
					}
				}
				store.save(partition, engine, schemaHash, hash, size, modified, scan.rows(), encoded, unstorable);
				live = scan.states();
				status = new PartitionStatus(partition, true, stored == null ? "full run" : stored.stale(), scan.rows(), hash,
						unstorable.isEmpty());
			}
			statuses.add(status);
			// decoded once: the partition's own values first (deciding reads the states and leaves them as they are),
			// then the same instances are relocated and merged
			Map<StateKey, MetricState> states = states(plan, encoded, live, partition);
			perPartition.add(DataEngine.decide(plan, states, status.rows(), null, null, options).constraints());
			driftStates.keep(partition.name(), states);
			for (StateKey key : plan.keys()) {
				MetricState state = states.get(key);
				state.relocate(rows, PartitionLines.base(partition.index()));
				merged.get(key).merge(state);
			}
			rows += status.rows();
		}
		Set<String> names = new HashSet<>();
		partitions.forEach(p -> names.add(p.name()));
		List<String> dropped = store.prune(names);
		EngineResult result;
		MetricHistory history;
		Map<String, PartitionDrift.Outcome> driftOutcomes = Map.of();
		if (!problems.isEmpty()) {
			result = unreadable(dataset.path(), constraints, problems, rows);
			history = new MetricHistory(dataset.name(), List.of(), List.of());
			merged = Map.of();
		} else {
			EngineResult decided = DataEngine.decide(plan, merged, rows, null, null, options);
			result = new EngineResult(decided.source(), decided.rows(),
					decided.constraints().stream().map(c -> locate(c, partitions)).toList(), null, List.of());
			history = history(dataset.name(), partitions, constraints, perPartition);
			history.write(store.root().resolve(MetricHistory.FILE));
			driftOutcomes = driftStates.decide();
		}
		return new Outcome(result, statuses, dropped, history, findings, merged, driftOutcomes);
	}

	/**
	 * The partition's states to decide and merge, decoded from their bytes once, or (a state that could not be encoded)
	 * the state as computed.
	 */
	private static Map<StateKey, MetricState> states(Plan plan, Map<StateKey, byte[]> encoded, Map<StateKey, MetricState> live,
			Partition partition) throws IOException {
		Map<StateKey, MetricState> states = decode(encoded, partition);
		for (StateKey key : plan.keys()) {
			if (!states.containsKey(key)) {
				states.put(key, live.get(key));
			}
		}
		return states;
	}

	private static Map<StateKey, MetricState> decode(Map<StateKey, byte[]> encoded, Partition partition) throws IOException {
		Map<StateKey, MetricState> states = new LinkedHashMap<>();
		for (var state : encoded.entrySet()) {
			try {
				states.put(state.getKey(), StateCodec.decode(state.getValue()));
				DECODED.increment();
			} catch (IOException | RuntimeException e) {
				throw new IOException("stored state " + state.getKey().id() + " of partition " + partition.name()
						+ " cannot be read (" + e.getMessage() + "); delete " + StateStore.FOLDER + " and run again", e);
			}
		}
		return states;
	}

	/** The counterexample's line back to its partition's file and line. */
	private static ConstraintResult locate(ConstraintResult result, List<Partition> partitions) {
		if (result.counterexamples().isEmpty()) {
			return result;
		}
		List<Counterexample> located = new ArrayList<>();
		for (Counterexample c : result.counterexamples()) {
			int index = PartitionLines.partition(c.line());
			String file = index < partitions.size() ? partitions.get(index).file() : null;
			located.add(new Counterexample(c.row(), PartitionLines.line(c.line()), c.values(), c.more(), file));
		}
		return new ConstraintResult(result.constraint(), result.measurement(), result.verdict(), result.message(), result.rows(),
				result.nulls(), result.nans(), result.invalid(), located);
	}

	private static EngineResult unreadable(String source, List<ConstraintSpec> constraints, List<DataProblem> problems,
			long rows) {
		String reason = problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
		List<ConstraintResult> results = constraints.stream()
				.map(c -> new ConstraintResult(c, null, Verdict.ERROR, c.source() + ": " + DataEngine.describe(c)
						+ " cannot be measured: a partition of " + source + " cannot be read: " + reason, 0, 0, 0, 0, List.of()))
				.toList();
		return new EngineResult(source, rows, results, null, problems);
	}

	private static MetricHistory history(String dataset, List<Partition> partitions, List<ConstraintSpec> constraints,
			List<List<ConstraintResult>> perPartition) {
		List<MetricHistory.Series> series = new ArrayList<>();
		for (int c = 0; c < constraints.size(); c++) {
			List<Double> values = new ArrayList<>();
			List<Verdict> verdicts = new ArrayList<>();
			for (List<ConstraintResult> results : perPartition) {
				ConstraintResult result = results.get(c);
				values.add(result.measurement() == null ? Double.NaN : result.measurement().interval().estimate());
				verdicts.add(result.verdict());
			}
			series.add(new MetricHistory.Series(constraints.get(c).name(), DataEngine.describe(constraints.get(c)), values,
					verdicts));
		}
		return new MetricHistory(dataset, partitions.stream().map(Partition::name).toList(), series);
	}
}
