package org.assay.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.Schema;
import org.assay.runtime.data.Table;
import org.assay.runtime.quality.DataQuality;

/**
 * Data benchmark: the data-quality checks (schema-checked load, completeness, validity, uniqueness, class balance,
 * outliers) over a seeded synthetic CSV, against a plainly written one-pass baseline doing the same five checks with
 * the same number of threads ({@link OnePassBaseline}) in the same run; both must give the same values. Median of 5
 * alternating runs each. Prints, last, {@code data: rows=N checks=N assay_ms=N onepass_ms=N ratio=X rows_per_s=N}.
 */
public final class DataBenchmark {

	private static final int CHECKS = 5;

	/** Assay's loader and checks use two cores; so does the baseline. */
	private static final int THREADS = 2;

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path file = Files.createTempFile("assay-data-bench", ".csv");
		try {
			Schema schema = write(file, rows);
			System.out.printf("file: %d rows x %d columns, %d MB%n", rows, schema.columns().size(), Files.size(file) >> 20);
			long[] assay = new long[5];
			long[] onePass = new long[5];
			double checksum = 0;
			for (int run = -1; run < 5; run++) { // run -1 warms up both paths
				long t = System.nanoTime();
				OnePassBaseline.Values baseline = OnePassBaseline.run(file, schema, THREADS);
				long plain = System.nanoTime() - t;
				t = System.nanoTime();
				OnePassBaseline.Values checked = checks(file, schema);
				long checkedNanos = System.nanoTime() - t;
				if (!baseline.equals(checked)) {
					System.out.println("baseline: " + baseline);
					System.out.println("assay:    " + checked);
					throw new IllegalStateException("Assay and the baseline disagree on the same file");
				}
				if (run == -1) {
					System.out.println("values (Assay = baseline): " + checked);
				}
				checksum += checked.checksum();
				if (run >= 0) {
					onePass[run] = plain;
					assay[run] = checkedNanos;
				}
			}
			long assayMs = median(assay) / 1_000_000;
			long onePassMs = median(onePass) / 1_000_000;
			System.out.printf("phases over 6 runs: load %d ms, completeness/validity/balance/uniqueness %d ms, outliers %d ms "
					+ "(checksum %.6f)%n", PHASES[0] / 6_000_000, PHASES[1] / 6_000_000, PHASES[2] / 6_000_000, checksum);
			System.out.printf("data: rows=%d checks=%d assay_ms=%d onepass_ms=%d ratio=%.2f rows_per_s=%d%n", rows, CHECKS,
					assayMs, onePassMs, (double) assayMs / onePassMs, Math.round(rows / (assayMs / 1000.0)));
		} finally {
			Files.deleteIfExists(file);
		}
	}

	private static final long[] PHASES = new long[3];

	private static OnePassBaseline.Values checks(Path file, Schema schema) {
		long t0 = System.nanoTime();
		CsvLoader.Result result = CsvLoader.load(file, schema);
		Table table = result.table();
		long t1 = System.nanoTime();
		double completeness = DataQuality.completeness(table);
		double validity = DataQuality.validity(table);
		double balance = DataQuality.classBalance(table);
		double unique = DataQuality.uniqueness(table);
		long t2 = System.nanoTime();
		double outliers = DataQuality.outlierRate(table);
		long t3 = System.nanoTime();
		PHASES[0] += t1 - t0;
		PHASES[1] += t2 - t1;
		PHASES[2] += t3 - t2;
		return new OnePassBaseline.Values(completeness, validity, unique, balance, outliers);
	}

	/** 8 numeric columns, 3 categorical, 1 label; about 1 % missing cells and 0.1 % invalid ones. */
	private static Schema write(Path file, int rows) throws IOException {
		List<Column> columns = new ArrayList<>();
		for (int c = 0; c < 8; c++) {
			columns.add(Column.real("x" + c, -1000, 1000));
		}
		columns.add(Column.categorical("colour", List.of("red", "green", "blue")));
		columns.add(Column.categorical("size", List.of("s", "m", "l", "xl")));
		columns.add(Column.categorical("region", List.of("north", "south", "east", "west")).asProtected());
		columns.add(Column.categorical("label", List.of("yes", "no")).asLabel());
		Schema schema = new Schema(columns);
		Random random = new Random(42);
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write(String.join(",", columns.stream().map(Column::name).toList()));
			out.write('\n');
			StringBuilder line = new StringBuilder();
			for (int r = 0; r < rows; r++) {
				line.setLength(0);
				for (int c = 0; c < 8; c++) {
					if (random.nextInt(100) != 0) {
						line.append(Math.round(random.nextGaussian() * 100_00) / 100.0);
					}
					line.append(',');
				}
				line.append(random.nextInt(1000) == 0 ? "purple" : List.of("red", "green", "blue").get(random.nextInt(3))).append(',');
				line.append(List.of("s", "m", "l", "xl").get(random.nextInt(4))).append(',');
				line.append(List.of("north", "south", "east", "west").get(random.nextInt(4))).append(',');
				line.append(random.nextInt(4) == 0 ? "yes" : "no").append('\n');
				out.append(line);
			}
		}
		return schema;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
