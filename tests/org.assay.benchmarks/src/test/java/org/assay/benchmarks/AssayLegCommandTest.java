package org.assay.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data benchmark's Assay leg starts its JVM as {@code ./assay} starts the CLI (the command line the launcher
 * prints with {@code ASSAY_PRINT_JAVA_COMMAND=1}), keeping the benchmark's heap limit and collector; without that
 * command line it runs on the benchmark's class path as before.
 */
class AssayLegCommandTest {

	@TempDir
	Path dir;

	@AfterEach
	void clear() {
		System.clearProperty("bench.assay.launch");
		System.clearProperty("bench.assay.classes");
		System.clearProperty("bench.java");
		System.clearProperty("bench.cp");
	}

	@Test
	void launchedAsTheCliWithTheBenchmarksClassesLast() throws Exception {
		Path launch = Files.write(dir.resolve("launch.txt"), List.of("/jdk/bin/java", "-Xss4m",
				"--enable-native-access=ALL-UNNAMED", "-XX:AOTCache=/cli/target/aot/assay-1.aot", "-Xlog:aot*=off,cds*=off",
				"-cp", "/cli/a.jar:/cli/b.jar"));
		System.setProperty("bench.assay.launch", launch.toString());
		System.setProperty("bench.assay.classes", "/bench/classes");
		Path file = dir.resolve("data.csv");
		assertEquals(List.of("/jdk/bin/java", "-Xmx256m", "-XX:+UseG1GC", "-Xss4m", "--enable-native-access=ALL-UNNAMED",
				"-XX:AOTCache=/cli/target/aot/assay-1.aot", "-Xlog:aot*=off,cds*=off", "-cp",
				"/cli/a.jar:/cli/b.jar:/bench/classes", "org.assay.benchmarks.data.AssayLeg", file.toString()),
				DataBenchmark.command("assay", file, false));
		assertEquals("-Xmx512m", DataBenchmark.command("assay", file, true).get(1));
	}

	@Test
	void theJvmLegsWriteAGcLogThatTheirHeapIsReadFrom() {
		System.setProperty("bench.java", "/jdk/bin/java");
		System.setProperty("bench.cp", "/bench/classes");
		Path file = dir.resolve("data.csv");
		Path gc = dir.resolve("assay-1-gc.log");
		List<String> assay = DataBenchmark.command("assay", file, false, gc);
		assertEquals(List.of("/jdk/bin/java", "-Xlog:gc:file=\"" + gc + "\"", "-Dbench.gclog=" + gc), assay.subList(0, 3));
		List<String> without = new java.util.ArrayList<>(assay);
		without.subList(1, 3).clear();
		assertEquals(DataBenchmark.command("assay", file, false), without);
		assertEquals(DataBenchmark.command("duckdb", file, false), DataBenchmark.command("duckdb", file, false, gc));
		// what -Xlog:gc writes on JDK 17 and 25 (G1), and a line without a collection
		long[] heap = org.assay.benchmarks.data.LegOutput.collections(List.of(
				"[0.412s][info][gc] Using G1",
				"[0.913s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 3.105ms",
				"[1.210s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 130M->52M(256M) 9.870ms",
				"[1.500s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 90M->61M(256M) 4.001ms"));
		assertEquals(130L << 20, heap[0]);
		assertEquals(61L << 20, heap[1]);
		assertEquals(-1, org.assay.benchmarks.data.LegOutput.collections(List.of("[0.4s][info][gc] Using G1"))[0]);
	}

	@Test
	void withoutTheCliCommandLineTheBenchmarksClassPath() {
		System.setProperty("bench.java", "/jdk/bin/java");
		System.setProperty("bench.cp", "/bench/classes:/bench/lib.jar");
		Path file = dir.resolve("data.csv");
		assertEquals(List.of("/jdk/bin/java", "-Xmx256m", "-XX:+UseG1GC", "-cp", "/bench/classes:/bench/lib.jar",
				"org.assay.benchmarks.data.AssayLeg", file.toString()), DataBenchmark.command("assay", file, false));
	}
}
