package org.assay.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assay.benchmarks.data.CustomerData;
import org.assay.benchmarks.data.LegRun;
import org.assay.benchmarks.data.ReferenceChecks;
import org.assay.benchmarks.data.SparkLeg;

/**
 * {@code tests/benchmarks/run spark [ROWS]}: the data benchmark's seeded customers file and 14 checks on Spark
 * {@code local[2]}: Assay's Spark engine ({@link SparkLeg}, Spark 4.2) against Deequ 2.0.7 (Spark 3.5, the {@code data}
 * benchmark's leg), each in a fresh JVM, then the incremental case (10 daily partitions, the last one new) with the
 * Spark engine and stored states. Last line:
 * {@code spark: rows=N checks=14 assay_spark_ms=N deequ_ms=N vs_deequ=X jobs=N incremental_ms=N full_ms=N}.
 * <p>
 * {@code tests/benchmarks/run spark-scale ROWS}: the Spark engine alone on a generated file of ROWS rows; last line
 * {@code spark-scale: rows=N assay_spark_ms=N rows_per_s=N jobs=N}.
 * <p>
 * System properties (set by the harness): {@code bench.java}, {@code bench.spark.cp} (the benchmark's classes with
 * Spark 4.2's jars first), {@code bench.peers.java}/{@code bench.peers.cp} (Java 17 and Deequ), {@code bench.cache}.
 */
public final class SparkBenchmark {

	private SparkBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		boolean scale = args.length > 0 && args[0].equals("spark-scale");
		long rows = args.length > 1 ? Long.parseLong(args[1]) : scale ? 50_000_000 : 1_000_000;
		Path cache = Path.of(System.getProperty("bench.cache", "target/data-bench"));
		Path logs = Files.createDirectories(cache.resolve("logs"));
		long t = System.nanoTime();
		Path file = CustomerData.cached(cache, rows, CustomerData.DEFAULT_SEED).toAbsolutePath();
		System.out.printf("data: %s, %d rows, %d MB (%d ms to make or find)%n", file.getFileName(), rows, Files.size(file) >> 20,
				(System.nanoTime() - t) / 1_000_000);
		LegRun spark = new LegRun("assay-spark", sparkLeg("verify", file.toString())).run(logs);
		report(spark);
		if (scale) {
			if (spark.failed() || spark.notes().stream().anyMatch(n -> n.contains("fatal problems") && !n.contains("fatal problems 0"))) {
				// e.g. a driver too small for the exact uniqueness of ROWS distinct ids (docs/spark.md): no rate to give
				System.out.printf(Locale.ROOT, "spark-scale: rows=%d assay_spark_ms=-1 rows_per_s=-1 jobs=%d (the run did not "
						+ "verify the file: see the lines above and %s)%n", rows, spark.figure("jobs"), spark.log());
				return;
			}
			long ms = spark.figure("cold_ms");
			System.out.printf(Locale.ROOT, "spark-scale: rows=%d assay_spark_ms=%d rows_per_s=%d jobs=%d%n", rows, ms,
					ms > 0 ? rows * 1000 / ms : -1, spark.figure("jobs"));
			return;
		}
		LegRun deequ = new LegRun("deequ", DataBenchmark.command("deequ", file, false)).run(logs);
		report(deequ);
		Path project = Files.createDirectories(cache.resolve("spark-incremental"));
		LegRun incremental = new LegRun("assay-spark-incremental", sparkLeg("incremental", file.toString(), project.toString()))
				.run(logs);
		incremental.notes().forEach(note -> System.out.println("  " + note));
		if (incremental.failed()) {
			System.out.println("assay-spark-incremental failed: see " + incremental.log());
		}
		for (ReferenceChecks.Check check : ReferenceChecks.CHECKS) {
			LegRun.Value a = spark.metric(check.key());
			LegRun.Value d = deequ.metric(check.key());
			System.out.printf(Locale.ROOT, "  %-28s assay-spark %-22s deequ %s%n", check.key(), a == null ? "-" : a.value(),
					d == null ? "-" : d.value());
			if (a == null || !check.passes().test(a.value())) {
				System.out.println("MISMATCH: the Spark engine's " + check.key() + " does not pass: " + a);
			}
		}
		long assayMs = spark.figure("cold_ms");
		long deequMs = deequ.figure("cold_ms");
		System.out.printf(Locale.ROOT, "spark: rows=%d checks=%d assay_spark_ms=%d deequ_ms=%d vs_deequ=%s jobs=%d "
				+ "incremental_ms=%d full_ms=%d%n", rows, ReferenceChecks.CHECKS.size(), assayMs, deequMs,
				assayMs > 0 && deequMs > 0 ? String.format(Locale.ROOT, "%.3f", (double) assayMs / deequMs) : "-1",
				spark.figure("jobs"), incremental.figure("incremental_ms"), incremental.figure("full_ms"));
	}

	private static List<String> sparkLeg(String... args) {
		String java = System.getProperty("bench.java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-XX:+UseG1GC"));
		for (String p : List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
				"java.util", "java.util.concurrent", "java.util.concurrent.atomic", "sun.nio.ch", "sun.nio.cs", "sun.util.calendar")) {
			command.add("--add-opens=java.base/" + p + "=ALL-UNNAMED");
		}
		command.addAll(List.of("-cp", System.getProperty("bench.spark.cp", System.getProperty("java.class.path")),
				SparkLeg.class.getName()));
		command.addAll(List.of(args));
		return command;
	}

	private static void report(LegRun leg) {
		System.out.printf(Locale.ROOT, "%-16s jvm %6d ms, engine start %6d ms, first verification %7d ms, second %7d ms%s%n",
				leg.name(), leg.figure("jvm_ms"), leg.figure("engine_ms"), leg.figure("cold_ms"), leg.figure("warm_ms"),
				leg.failed() ? " FAILED (exit " + leg.exitCode() + ", log " + leg.log() + ")" : "");
		leg.notes().stream().filter(n -> !n.isBlank()).limit(5).forEach(n -> System.out.println("  " + n));
	}
}
