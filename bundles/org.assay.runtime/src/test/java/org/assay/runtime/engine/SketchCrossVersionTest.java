package org.assay.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.assay.runtime.engine.sketch.SketchLibrary;
import org.assay.runtime.engine.state.MetricState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sketch states cross Java versions: encoded by DataSketches 6.1.1 in a Java 17 child JVM they decode here (Java 25,
 * the relocated DataSketches 9.0.0) to the same estimates, bounds and quantiles, bit for bit, and re-encode to the same
 * bytes; encoded here they decode in Java 17 the same way. The child runs {@link SketchStateProbe} on this test's class
 * path. Needs a Java 17 at {@code assay.java17.home} (default /usr/lib/jvm/java-17-openjdk-amd64) and runs on Java 25+.
 */
class SketchCrossVersionTest {

	private static final Path JAVA17 = Path.of(System.getProperty("assay.java17.home", "/usr/lib/jvm/java-17-openjdk-amd64"),
			"bin", "java");

	@Test
	void statesCrossBetweenJava17AndThisJava(@TempDir Path dir) throws Exception {
		assumeTrue(Runtime.version().feature() >= 25, "runs on Java 25 and later, against a Java 17 child");
		assumeTrue(Files.isExecutable(JAVA17), "no Java 17 at " + JAVA17 + " (set -Dassay.java17.home)");
		assertEquals("DataSketches 9.0.0", SketchLibrary.get().name());

		// 17 -> here: the same values and the same bytes again
		Path fromJava17 = dir.resolve("java17.states");
		Map<String, String> java17 = child("encode", fromJava17);
		assertTrue(java17.get("library").startsWith("DataSketches 6."), java17.get("library"));
		assertTrue(java17.get("0.registers").startsWith("preInts 3,"), "state 0 is an HLL in set mode");
		assertTrue(java17.get("1.registers").startsWith("preInts 10,"), "state 1 is an HLL in HLL mode");
		assertEquals("false", java17.get("3.estimation"), "state 3 is a KLL holding every value");
		assertEquals("true", java17.get("4.estimation"), "state 4 is a compacted KLL");
		assertEquals(null, java17.get("5.estimation"), "state 5 is a KLL state holding its values exactly");
		List<MetricState> decoded = SketchStateProbe.read(fromJava17);
		Map<String, String> here = SketchStateProbe.summary(decoded);
		assertSameSketches(java17, here);

		// the same rows sketched here: HLL and the KLL that holds every value give the very bytes of Java 17; the
		// compacted KLL draws random bits, so its bytes differ, while both stay within the rank error
		Path fromHere = dir.resolve("here.states");
		List<MetricState> mine = SketchStateProbe.states();
		SketchStateProbe.write(mine, fromHere);
		Map<String, String> mySummary = SketchStateProbe.summary(mine);
		for (String key : List.of("0.encoded", "1.encoded", "2.encoded", "3.encoded", "0.registers", "1.registers",
				"2.registers", "0.estimate", "1.estimate", "2.estimate", "3.q0.5", "5.encoded", "5.q0.5")) {
			assertEquals(java17.get(key), mySummary.get(key), key);
		}
		assertEquals("true", mySummary.get("4.estimation"));

		// here -> 17
		Map<String, String> back = child("decode", fromHere);
		assertEquals(java17.get("library"), back.get("library"));
		assertSameSketches(mySummary, back);
		assertNotEquals(java17.get("library"), here.get("library"));
	}

	@Test
	void withoutTheRelocatedJarJava25RefusesToEncodeClearly(@TempDir Path dir) throws Exception {
		assumeTrue(Runtime.version().feature() >= 25, "the relocated DataSketches 9 serves Java 25 and later");
		String classPath = String.join(File.pathSeparator, Arrays.stream(testClassPath().split(File.pathSeparator))
				.filter(entry -> !entry.contains("org.assay.shaded.datasketches")).toList());
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Run run = run(java, classPath, "encode", dir.resolve("states"));
		assertNotEquals(0, run.exit(), run.output());
		assertTrue(run.output().contains("DataSketches 9 (org.assay.shaded.datasketches) is not on the class path"), run.output());
		assertTrue(run.output().contains("encoding or decoding a sketch state needs Java 17, 21 or 25 and later"), run.output());
	}

	/**
	 * Every value and re-encoding the same, but for the library's name, and for the HLL states (0, 1, 2) their
	 * registers or coupons instead of their bytes: reading an HLL image refills its coupon hash set (whose order then
	 * differs) and recomputes its register sums, in either line, so a decoded HLL need not re-encode to the same bytes.
	 */
	private static void assertSameSketches(Map<String, String> expected, Map<String, String> actual) {
		Map<String, String> a = new TreeMap<>(expected);
		Map<String, String> b = new TreeMap<>(actual);
		for (String key : List.of("library", "0.encoded", "1.encoded", "2.encoded")) {
			a.remove(key);
			b.remove(key);
		}
		assertEquals(a.keySet(), b.keySet());
		a.forEach((key, value) -> assertEquals(value, b.get(key), key));
	}

	private record Run(int exit, String output) {
	}

	private static String testClassPath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

	/** Runs {@link SketchStateProbe} in a child JVM. */
	private static Run run(Path java, String classPath, String mode, Path file) throws IOException, InterruptedException {
		Path output = file.resolveSibling(mode + ".out");
		Process process = new ProcessBuilder(java.toString(), "-cp", classPath, SketchStateProbe.class.getName(), mode,
				file.toString()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the child JVM (" + java + ") did not finish in 120 s");
		}
		return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
	}

	private static Map<String, String> child(String mode, Path file) throws IOException, InterruptedException {
		Run run = run(JAVA17, testClassPath(), mode, file);
		assertEquals(0, run.exit(), () -> "the Java 17 child failed:\n" + run.output());
		Map<String, String> summary = new TreeMap<>();
		for (String line : run.output().split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				summary.put(line.substring(0, equals), line.substring(equals + 1));
			}
		}
		return summary;
	}
}
