package org.assay.runtime.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.engine.EngineResult;
import org.assay.runtime.engine.Plan;
import org.assay.runtime.engine.StateKey;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.scan.csv.CsvRowSource;

/**
 * The data engine on Apache Spark: a dataset's constraints verified with the local engine's own metric states, filled
 * per Spark task and merged on the driver in file order, then decided by {@link DataEngine#decide} — so the verdicts,
 * messages, counterexamples and evidence are those of a local run on the same rows (exact metrics bit for bit). One
 * Spark job per dataset. Only Spark's public API is used (the {@code text} and {@code parquet} sources,
 * {@code input_file_name}/{@code input_file_block_start}, {@code mapPartitions}). See docs/spark.md.
 */
public final class SparkEngine {

	/** The engine's name, as {@code --engine} and the lineage give it. */
	public static final String NAME = "spark";

	/** Bytes of CSV a task parses at a time (as the local engine's chunks). */
	static final int PIECE_BYTES = CsvRowSource.CHUNK_BYTES;

	private SparkEngine() {
	}

	/**
	 * The states of one pass, merged in file order, with what the pass met: the rows, the data findings (null when the
	 * file could not be read) and the problems that made the file unusable (empty when none).
	 */
	public record Scan(Plan plan, Map<StateKey, MetricState> states, long rows, DataFindings findings,
			List<DataProblem> fatalProblems) {
	}

	/** The engine and Spark version, for the lineage: {@code spark 4.2.0}. */
	public static String version(SparkSession spark) {
		return NAME + " " + spark.version();
	}

	/**
	 * Verifies every constraint of a dataset in one Spark job. Never throws for bad data or impossible requests (as
	 * {@link DataEngine#verify}); a file Spark cannot find is an ERROR of every constraint.
	 */
	public static EngineResult verify(SparkSession spark, SparkDataset data, List<ConstraintSpec> constraints) {
		return verify(spark, data, constraints, null);
	}

	/**
	 * As {@link #verify(SparkSession, SparkDataset, List)}, with the run's other datasets for {@code where x in
	 * Other.column} conditions: their referenced columns are read once on the driver and broadcast to the tasks
	 * ({@link ReferenceValues}); still one Spark job.
	 */
	public static EngineResult verify(SparkSession spark, SparkDataset data, List<ConstraintSpec> constraints,
			EngineOptions.References references) {
		Scan scan;
		try {
			scan = scan(spark, data, constraints, PIECE_BYTES, references);
		} catch (Exception e) { // Spark's SparkException is checked, though nothing declares it
			return DataEngine.unreadable(data.name(), constraints,
					List.of(new DataProblem(data.name(), 0, 0, DataProblem.Kind.UNREADABLE, reason(e))), 0, null);
		} catch (OutOfMemoryError e) { // collecting the tasks' states: what is held is dropped with the stack
			return DataEngine.unreadable(data.name(), constraints, List.of(new DataProblem(data.name(), 0, 0,
					DataProblem.Kind.UNREADABLE, outOfMemory(SparkPlans.plan(data.name(), data.schema(), constraints),
							Runtime.getRuntime().maxMemory()))), 0, null);
		}
		return decide(scan, data);
	}

	/** The first line of what went wrong deepest down (a failed task's cause, not Spark's stage report). */
	static String reason(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.toString() : root.getClass().getSimpleName() + ": " + root.getMessage();
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}

	/**
	 * Decides a scan's constraints ({@link DataEngine#decide}); a failing uniqueness locates its repeated rows by reading
	 * the file again when it is on this machine, else keeps the rows its states hold.
	 */
	public static EngineResult decide(Scan scan, SparkDataset data) {
		if (!scan.fatalProblems().isEmpty()) {
			return DataEngine.unreadable(data.name(), scan.plan().constraints(), scan.fatalProblems(), scan.rows(), null);
		}
		EngineOptions options = EngineOptions.defaults();
		RowSource reread = null;
		try {
			if (data.localFile() != null && data.format() != SourceFormat.PARQUET) {
				reread = CsvRowSource.open(data.localFile(), data.name(), data.schema(), data.delimiter());
			}
			return DataEngine.decide(scan.plan(), scan.states(), scan.rows(), scan.findings(), reread, options);
		} catch (IOException e) {
			return DataEngine.decide(scan.plan(), scan.states(), scan.rows(), scan.findings(), null, options);
		} finally {
			if (reread != null) {
				try {
					reread.close();
				} catch (IOException e) {
					// only read
				}
			}
		}
	}

	/**
	 * Fills the states that {@code constraints} need in one Spark job over the dataset's file, merged in file order
	 * with rows and lines made the file's. The same states as {@link DataEngine#scan} computes locally on the same rows.
	 *
	 * @throws IOException when the file cannot be found or opened
	 */
	public static Scan scan(SparkSession spark, SparkDataset data, List<ConstraintSpec> constraints) throws IOException {
		return scan(spark, data, constraints, PIECE_BYTES);
	}

	/** As {@link #scan(SparkSession, SparkDataset, List)}, parsing CSV in pieces of about {@code pieceBytes} (tests). */
	static Scan scan(SparkSession spark, SparkDataset data, List<ConstraintSpec> constraints, int pieceBytes) throws IOException {
		return scan(spark, data, constraints, pieceBytes, null);
	}

	/** As {@link #scan(SparkSession, SparkDataset, List, int)}, with the other datasets of referential conditions. */
	static Scan scan(SparkSession spark, SparkDataset data, List<ConstraintSpec> constraints, int pieceBytes,
			EngineOptions.References references) throws IOException {
		ReferenceValues values = ReferenceValues.read(constraints, references);
		Plan plan = SparkPlans.plan(data.name(), data.schema(), constraints, values);
		org.apache.spark.broadcast.Broadcast<ReferenceValues> shipped = SparkPlans.broadcast(spark, values);
		if (data.format() == SourceFormat.PARQUET) {
			return merge(plan, data, ParquetPartitions.segments(spark, data, constraints, shipped), List.of());
		}
		if (data.format() != SourceFormat.CSV && data.format() != SourceFormat.TSV) {
			throw new IOException(data.name() + ": the Spark engine reads CSV, TSV and Parquet, not " + data.format());
		}
		byte[] header = HadoopFiles.firstLine(spark, data.location());
		List<DataProblem> headerProblems;
		byte[] headerOnly = java.util.Arrays.copyOf(header, header.length + 1);
		headerOnly[header.length] = '\n';
		try (CsvRowSource check = CsvRowSource.of(header.length == 0 ? new byte[0] : headerOnly, data.name(), data.schema(),
				data.delimiter(), Integer.MAX_VALUE)) {
			headerProblems = check.fatalProblems();
		}
		List<DataProblem> opening = headerProblems.stream().filter(p -> p.kind() != DataProblem.Kind.NO_ROWS).toList();
		if (!opening.isEmpty()) {
			return new Scan(plan, plan.freshStates(), 0, null, opening);
		}
		// one file: the split's start orders the tasks' segments (no file name per row)
		Dataset<Row> lines = spark.read().format("text").load(data.location()).select(functions.input_file_block_start(),
				functions.col("value").cast("binary"));
		List<byte[]> segments = lines.mapPartitions(
				new CsvPartitions(data.name(), data.schema(), constraints, shipped, header, data.delimiter(), pieceBytes),
				Encoders.BINARY())
				.collectAsList();
		return merge(plan, data, segments, headerProblems);
	}

	/**
	 * Merges the segments in file order; the first problem in file order stops the merge. A driver that runs out of
	 * memory here (exact distinct states of a column with very many values, docs/spark.md) stops the dataset with a
	 * located problem saying so instead of an {@link OutOfMemoryError}; the states merged so far are dropped first.
	 */
	private static Scan merge(Plan plan, SparkDataset data, List<byte[]> encoded, List<DataProblem> noRows) throws IOException {
		try {
			return mergeInOrder(plan, data, encoded, noRows);
		} catch (OutOfMemoryError e) {
			return new Scan(plan, plan.freshStates(), 0, null, List.of(new DataProblem(data.name(), 0, 0,
					DataProblem.Kind.UNREADABLE, outOfMemory(plan, Runtime.getRuntime().maxMemory()))));
		}
	}

	/** What to do when the driver's heap cannot hold the merged states. */
	static String outOfMemory(Plan plan, long heap) {
		List<String> exact = plan.keys().stream().filter(k -> k.kind() == org.assay.runtime.engine.state.StateKind.DISTINCT_VALUES
				|| k.kind() == org.assay.runtime.engine.state.StateKind.VALUES).map(StateKey::id).sorted().toList();
		return "the driver ran out of memory (heap " + (heap >> 20) + " MiB) merging the tasks' exact states"
				+ (exact.isEmpty() ? "" : " (" + String.join(", ", exact) + ": every distinct value, or every value, is kept "
						+ "on the driver)")
				+ "; give the driver more memory (--driver-memory, or -Xmx for ./assay), about 64 bytes per distinct number "
				+ "and 100 bytes plus the text per distinct text, or use approx distinct_count / approx quantile";
	}

	private static Scan mergeInOrder(Plan plan, SparkDataset data, List<byte[]> encoded, List<DataProblem> noRows)
			throws IOException {
		List<Segment> segments = new ArrayList<>();
		for (byte[] bytes : encoded) {
			segments.add(Segment.decode(bytes));
		}
		segments.sort(Comparator.comparing(Segment::file).thenComparingLong(Segment::start));
		Map<String, StateKey> keys = new HashMap<>();
		plan.keys().forEach(key -> keys.put(key.id(), key));
		Map<StateKey, MetricState> states = plan.freshStates();
		FindingsMerge findings = new FindingsMerge(data.schema().columns());
		long rows = 0;
		long lines = 0;
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			if (segment.fatal() != null) {
				DataProblem p = segment.fatal();
				return new Scan(plan, states, rows, null, List.of(new DataProblem(p.file(), p.row() == 0 ? 0 : p.row() + lines,
						p.column(), p.kind(), p.message())));
			}
			if (segment.openQuote() && i < segments.size() - 1) {
				return new Scan(plan, states, rows, null, List.of(new DataProblem(data.name(), lines + segment.lines(), 0,
						DataProblem.Kind.UNREADABLE, "a quoted field holding a line break runs past the end of Spark's input "
								+ "split here, so the split's lines cannot be parsed on their own. Verify this file with the local "
								+ "engine, or raise spark.sql.files.maxPartitionBytes above the file's size")));
			}
			for (var state : segment.states().entrySet()) {
				StateKey key = keys.get(state.getKey());
				if (key == null) {
					throw new IOException("a task computed state " + state.getKey() + ", which the driver's plan does not have: "
							+ "driver and executors run different Assay jars");
				}
				MetricState part = StateCodec.decode(state.getValue());
				part.relocate(rows, lines);
				states.get(key).merge(part);
			}
			findings.add(segment.findings(), lines);
			rows += segment.rows();
			lines += segment.lines();
		}
		if (rows == 0 && !noRows.isEmpty()) {
			return new Scan(plan, states, 0, null, noRows);
		}
		return new Scan(plan, states, rows, findings.finish(data.name(), rows), List.of());
	}
}
