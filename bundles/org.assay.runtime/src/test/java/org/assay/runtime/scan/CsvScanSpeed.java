package org.assay.runtime.scan;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.csv.CsvRowSource;

/**
 * A manual speed and memory check of the CSV row source (not a test): generates a seeded customer file of ROWS rows
 * and 12 columns (like the reference benchmark's) unless it exists, then reads it on 1 thread and on all cores, five
 * times each, and prints MB/s and rows/s. Run from the module folder after {@code mvn test-compile}:
 *
 * <pre>
 * java -Xmx512m -cp target/classes:target/test-classes org.assay.runtime.scan.CsvScanSpeed 10000000
 * </pre>
 *
 * Optional arguments after ROWS: the file to read instead (e.g. one larger than 2 GiB) and the number of runs.
 */
public final class CsvScanSpeed {

	static final Schema SCHEMA = Schema.of(Column.integer("id", 0, Double.POSITIVE_INFINITY), Column.text("customer_id"),
			Column.integer("age", 0, 150), Column.real("income", 0, Double.POSITIVE_INFINITY), Column.real("score", 0, 1),
			Column.categorical("country", List.of("DE", "FR", "IT", "ES", "NL", "BE", "AT", "PL", "SE", "DK")),
			Column.categorical("gender", List.of("M", "F", "X")), Column.categorical("segment", List.of("A", "B", "C", "D", "E")),
			Column.integer("tenure_days", 0, 4000), Column.integer("num_purchases", 0, 1000),
			Column.categorical("is_active", List.of("true", "false")), Column.categorical("label", List.of("0", "1")));

	private CsvScanSpeed() {
	}

	public static void main(String[] args) throws Exception {
		long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
		Path file = args.length > 1 ? Path.of(args[1])
				: Path.of(System.getProperty("java.io.tmpdir"), "assay-scan-" + rows + ".csv");
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		if (!Files.exists(file)) {
			generate(file, rows);
		}
		double mb = Files.size(file) / 1e6;
		int cores = Runtime.getRuntime().availableProcessors();
		// parsing on this thread alone: its CPU time is the per-core speed (no GC or compiler threads counted)
		var bean = java.lang.management.ManagementFactory.getThreadMXBean();
		double best = 0;
		for (int run = 0; run < runs + 3; run++) {
			long cpu = bean.getCurrentThreadCpuTime();
			long read = 0;
			try (RowSource source = CsvRowSource.open(file, file.getFileName().toString(), SCHEMA, ',')) {
				for (Chunk chunk : source.chunks()) {
					read += chunk.read(batch -> {
					}).rows();
				}
			}
			double seconds = (bean.getCurrentThreadCpuTime() - cpu) / 1e9;
			best = Math.max(best, mb / seconds);
			System.out.printf("one thread: rows=%d cpu_ms=%.0f MB_per_cpu_s=%.0f%n", read, seconds * 1000, mb / seconds);
		}
		System.out.printf("best MB_per_cpu_s=%.0f (one thread, parse only)%n", best);
		for (int threads : new int[] { 1, cores }) {
			for (int run = 0; run < runs; run++) {
				var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
						.getOperatingSystemMXBean();
				long cpu = os.getProcessCpuTime();
				long start = System.nanoTime();
				long[] read = scan(file, threads);
				double seconds = (System.nanoTime() - start) / 1e9;
				double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
				Runtime runtime = Runtime.getRuntime();
				System.out.printf("threads=%d rows=%d MB=%.1f ms=%.0f MB/s=%.0f rows/s=%.0f MB_per_cpu_s=%.0f problems=%d "
						+ "heap_used_mb=%d max_heap_mb=%d%n", threads, read[0], mb, seconds * 1000, mb / seconds, read[0] / seconds,
						mb / cpuSeconds, read[1],
						(runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
			}
		}
	}

	private static long[] scan(Path file, int threads) throws Exception {
		try (RowSource source = CsvRowSource.open(file, file.getFileName().toString(), SCHEMA, ',')) {
			if (!source.fatalProblems().isEmpty()) {
				throw new IllegalStateException(source.fatalProblems().toString());
			}
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<Chunk.Summary>> summaries = new ArrayList<>();
				double[] sink = new double[1];
				for (Chunk chunk : source.chunks()) {
					summaries.add(pool.submit(() -> chunk.read(batch -> {
						ColumnVector score = batch.column(4);
						double sum = 0;
						for (int r = 0; r < batch.size(); r++) {
							sum += score.number(r);
						}
						sink[0] += sum;
					})));
				}
				long rows = 0;
				long problems = 0;
				for (Future<Chunk.Summary> summary : summaries) {
					rows += summary.get().rows();
					problems += summary.get().findings().problemCount();
				}
				return new long[] { rows, problems };
			} finally {
				pool.shutdown();
			}
		}
	}

	private static void generate(Path file, long rows) throws Exception {
		Random random = new Random(42);
		String[] countries = { "DE", "FR", "IT", "ES", "NL", "BE", "AT", "PL", "SE", "DK" };
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("id,customer_id,age,income,score,country,gender,segment,tenure_days,num_purchases,is_active,label\n");
			StringBuilder line = new StringBuilder();
			for (long id = 0; id < rows; id++) {
				line.setLength(0);
				line.append(id).append(",C").append(String.format("%06d", random.nextInt(200_000))).append(',');
				if (random.nextDouble() >= 0.01) {
					line.append(18 + random.nextInt(80));
				}
				line.append(',');
				if (random.nextDouble() >= 0.02) {
					line.append(Math.round(Math.exp(Math.log(40_000) + 0.8 * random.nextGaussian()) * 100) / 100.0);
				}
				line.append(",0.").append(String.format("%06d", random.nextInt(1_000_000))).append(',')
						.append(countries[random.nextInt(10)]).append(',');
				if (random.nextDouble() >= 0.005) {
					line.append("MFX".charAt(random.nextInt(3)));
				}
				line.append(',').append("ABCDE".charAt(random.nextInt(5))).append(',').append(random.nextInt(3651)).append(',')
						.append(random.nextInt(40)).append(',').append(random.nextDouble() < 0.7).append(',')
						.append(random.nextInt(2)).append('\n');
				out.append(line);
			}
		}
	}
}
