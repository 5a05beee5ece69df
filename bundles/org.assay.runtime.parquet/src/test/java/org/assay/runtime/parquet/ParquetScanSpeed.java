package org.assay.runtime.parquet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.RowSource;

/**
 * A manual speed check of the Parquet reader (not a test): writes a seeded customer file of ROWS rows (12 columns,
 * like the CSV benchmark's) unless it exists, then reads it on this thread and prints rows per CPU second.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.assay.runtime.parquet.ParquetScanSpeed 1000000
 * </pre>
 */
public final class ParquetScanSpeed {

	static final MessageType FILE_SCHEMA = MessageTypeParser.parseMessageType("message customers { required int64 id;"
			+ " required binary customer_id (UTF8); optional int32 age; optional double income; required double score;"
			+ " required binary country (UTF8); optional binary gender (UTF8); required binary segment (UTF8);"
			+ " required int32 tenure_days; required int32 num_purchases; required boolean is_active; required int32 label; }");

	static final Schema SCHEMA = Schema.of(Column.integer("id", 0, Double.POSITIVE_INFINITY), Column.text("customer_id"),
			Column.integer("age", 0, 150), Column.real("income", 0, Double.POSITIVE_INFINITY), Column.real("score", 0, 1),
			Column.categorical("country", List.of("DE", "FR", "IT", "ES", "NL", "BE", "AT", "PL", "SE", "DK")),
			Column.categorical("gender", List.of("M", "F", "X")), Column.categorical("segment", List.of("A", "B", "C", "D", "E")),
			Column.integer("tenure_days", 0, 4000), Column.integer("num_purchases", 0, 1000),
			Column.categorical("is_active", List.of("true", "false")), Column.categorical("label", List.of("0", "1")));

	private ParquetScanSpeed() {
	}

	public static void main(String[] args) throws Exception {
		long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
		Path file = Path.of(System.getProperty("java.io.tmpdir"), "assay-scan-" + rows + ".parquet");
		if (!Files.exists(file)) {
			write(file, rows);
		}
		var bean = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int run = 0; run < 5; run++) {
			long cpu = bean.getCurrentThreadCpuTime();
			long read = 0;
			int groups;
			try (RowSource source = ParquetRowSource.open(file, file.getFileName().toString(), SCHEMA)) {
				groups = source.chunks().size();
				for (Chunk chunk : source.chunks()) {
					read += chunk.read(batch -> {
					}).rows();
				}
			}
			double seconds = (bean.getCurrentThreadCpuTime() - cpu) / 1e9;
			System.out.printf("parquet one thread: rows=%d row_groups=%d cpu_ms=%.0f rows_per_cpu_s=%.0f%n", read, groups,
					seconds * 1000, read / seconds);
		}
	}

	private static void write(Path file, long rows) throws Exception {
		Random random = new Random(42);
		String[] countries = { "DE", "FR", "IT", "ES", "NL", "BE", "AT", "PL", "SE", "DK" };
		SimpleGroupFactory groups = new SimpleGroupFactory(FILE_SCHEMA);
		try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(FILE_SCHEMA)
				.build()) {
			for (long id = 0; id < rows; id++) {
				Group row = groups.newGroup().append("id", id).append("customer_id", String.format("C%06d",
						random.nextInt(200_000)));
				if (random.nextDouble() >= 0.01) {
					row.append("age", 18 + random.nextInt(80));
				}
				if (random.nextDouble() >= 0.02) {
					row.append("income", Math.round(Math.exp(Math.log(40_000) + 0.8 * random.nextGaussian()) * 100) / 100.0);
				}
				row.append("score", random.nextInt(1_000_000) / 1e6).append("country", countries[random.nextInt(10)]);
				if (random.nextDouble() >= 0.005) {
					row.append("gender", String.valueOf("MFX".charAt(random.nextInt(3))));
				}
				row.append("segment", String.valueOf("ABCDE".charAt(random.nextInt(5)))).append("tenure_days",
						random.nextInt(3651)).append("num_purchases", random.nextInt(40))
						.append("is_active", random.nextDouble() < 0.7).append("label", random.nextInt(2));
				writer.write(row);
			}
		}
	}
}
