package org.assay.benchmarks.data;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.engine.ConstraintResult;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.engine.EngineResult;
import org.assay.runtime.incremental.PartitionedVerifier;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spark.SparkDataset;
import org.assay.runtime.spark.SparkEngine;
import org.assay.runtime.spark.SparkPartitionEngine;
import org.assay.runtime.spark.SparkSessions;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.stats.Verdict;

/**
 * Assay's Spark engine in the {@code spark} benchmark, in a fresh JVM on Spark {@code local[2]} with Assay's session
 * settings (as Deequ's leg: no UI, local[2]).
 * <ul>
 * <li>{@code verify FILE}: the 14 reference checks, twice (cold, warm), counting Spark jobs with a listener; prints
 * {@code @timing … jobs=N} and the 14 metrics as {@link AssayLeg} does.</li>
 * <li>{@code incremental FILE FOLDER}: the file cut into 10 daily partitions under FOLDER; days 1–9 verified and their
 * states stored, then verified again from the store (neither timed), then day 10 added: the incremental run (day 10 read, 9 stored) and a full run (all 10
 * read) are timed; prints {@code @timing cold_ms=… incremental_ms=N full_ms=N} and checks that both agree.</li>
 * </ul>
 */
public final class SparkLeg {

	static final int DAYS = 10;

	private SparkLeg() {
	}

	public static void main(String[] args) throws Exception {
		long jvm = LegOutput.jvmMillis();
		long t = System.nanoTime();
		SparkSession spark = SparkSessions.start("local[2]");
		AtomicInteger jobs = new AtomicInteger();
		spark.sparkContext().addSparkListener(new SparkListener() {
			@Override
			public void onJobStart(SparkListenerJobStart job) {
				jobs.incrementAndGet();
			}
		});
		long engine = (System.nanoTime() - t) / 1_000_000;
		try {
			Path file = Path.of(args[1]).toAbsolutePath();
			if (args[0].equals("incremental")) {
				incremental(spark, file, Path.of(args[2]));
				return;
			}
			DatasetSpec dataset = AssayLeg.dataset(file);
			List<ConstraintSpec> checks = AssayLeg.checks();
			SparkDataset data = SparkDataset.local(file, file.getFileName().toString(), dataset.schema(), SourceFormat.CSV);
			t = System.nanoTime();
			EngineResult first = SparkEngine.verify(spark, data, checks);
			long cold = System.nanoTime() - t;
			int firstJobs = jobs.get();
			t = System.nanoTime();
			SparkEngine.verify(spark, data, checks);
			long warm = System.nanoTime() - t;
			System.out.println("rows " + first.rows() + ", fatal problems " + first.fatalProblems().size() + ", spark "
					+ spark.version());
			LegOutput.timing(jvm, engine, cold, warm);
			System.out.println("@timing jobs=" + firstJobs);
			AssayLeg.print(first);
		} finally {
			spark.stop();
		}
	}

	private static void incremental(SparkSession spark, Path file, Path project) throws IOException {
		Path days = Files.createDirectories(project.resolve("data/days"));
		try (var old = Files.list(days)) {
			for (Path p : old.toList()) {
				Files.delete(p);
			}
		}
		// a store left by an earlier run would let the untimed runs below skip Spark (their days' hashes match), so
		// that the timed incremental run paid Spark's first-job start alone: every run starts from an empty store
		Path stored = project.resolve(org.assay.runtime.incremental.StateStore.FOLDER);
		if (Files.exists(stored)) {
			try (var tree = Files.walk(stored)) {
				for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
		List<Path> parts = cut(file, days);
		DatasetSpec whole = AssayLeg.dataset(file);
		DatasetSpec dataset = new DatasetSpec("benchmark.Days", "benchmark:1", "data/days/day-*.csv", null, whole.schema(),
				List.of(), new double[0], CustomerData.DEFAULT_SEED, null, java.util.Map.of());
		List<ConstraintSpec> checks = AssayLeg.checks();
		EngineOptions options = EngineOptions.defaults();
		SparkPartitionEngine engine = new SparkPartitionEngine(spark);
		Path last = parts.get(DAYS - 1);
		Path aside = project.resolve("day-10.aside");
		Files.move(last, aside);
		PartitionedVerifier.verify(project, dataset, SourceFormat.CSV, checks, options, engine, true); // days 1-9 stored
		// once more from the store alone, untimed: the decoding and merging of stored states is compiled before the
		// timed runs, as the scanning is by the run before
		PartitionedVerifier.verify(project, dataset, SourceFormat.CSV, checks, options, engine, true);
		Files.move(aside, last);
		long t = System.nanoTime();
		PartitionedVerifier.Outcome incremental = PartitionedVerifier.verify(project, dataset, SourceFormat.CSV, checks, options,
				engine, true);
		long incrementalMs = (System.nanoTime() - t) / 1_000_000;
		long read = incremental.partitions().stream().filter(PartitionedVerifier.PartitionStatus::scanned).count();
		t = System.nanoTime();
		PartitionedVerifier.Outcome full = PartitionedVerifier.verify(project, dataset, SourceFormat.CSV, checks, options, engine,
				false);
		long fullMs = (System.nanoTime() - t) / 1_000_000;
		System.out.println("incremental run read " + read + " of " + incremental.partitions().size() + " partitions, "
				+ incremental.result().rows() + " rows; full run " + full.result().rows() + " rows");
		for (int i = 0; i < checks.size(); i++) {
			ConstraintResult a = incremental.result().constraints().get(i);
			ConstraintResult b = full.result().constraints().get(i);
			if (a.verdict() != b.verdict() || a.verdict() != Verdict.PASS) {
				System.out.println("MISMATCH: " + a.constraint().name() + " incremental " + a.message() + " / full " + b.message());
			}
		}
		System.out.printf("@timing cold_ms=%d incremental_ms=%d full_ms=%d%n", incrementalMs, incrementalMs, fullMs);
	}

	/** Cuts the file into {@link #DAYS} files of consecutive rows, each with the header. */
	private static List<Path> cut(Path file, Path days) throws IOException {
		long lines;
		try (var all = Files.lines(file, StandardCharsets.UTF_8)) {
			lines = all.count() - 1;
		}
		long perDay = (lines + DAYS - 1) / DAYS;
		List<Path> parts = new java.util.ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = in.readLine();
			for (int d = 1; d <= DAYS; d++) {
				Path part = days.resolve(String.format("day-%02d.csv", d));
				try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
					out.write(header);
					out.write('\n');
					String line;
					for (long i = 0; i < perDay && (line = in.readLine()) != null; i++) {
						out.write(line);
						out.write('\n');
					}
				}
				parts.add(part);
			}
		}
		return parts;
	}
}
