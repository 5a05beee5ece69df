package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up cache {@code ./assay} uses on JDK 25+ ({@code .mvn/aot-cache.sh}), driven through bash with a real JDK
 * and a real (small) application jar: made once by a training run and reused, made anew when a jar changes (the old one
 * removed), a cache the JVM cannot use ignored without a word, a failed training not retried, and nothing at all when
 * turned off, below JDK 25, or with a folder on the class path.
 */
class AotCacheScriptTest {

	private static final Path SCRIPTS = Path.of("").toAbsolutePath().resolve("../../.mvn").normalize();

	@TempDir
	Path dir;

	private record Result(int exit, List<String> flags, String err) {
	}

	@Test
	void madeOnceThenReusedAndUsableByTheJvm() throws Exception {
		assumeJdk25();
		Path jar = app(dir.resolve("app.jar"), "hello");
		Path cache = dir.resolve("aot");
		Result first = flags(cache, jar.toString(), "Hello");
		assertEquals(0, first.exit(), first.err());
		assertTrue(first.err().contains("preparing the start-up cache"), first.err());
		assertEquals(2, first.flags().size(), first.flags().toString());
		assertTrue(first.flags().get(0).startsWith("-XX:AOTCache=" + cache + "/assay-"), first.flags().toString());
		assertEquals(1, caches(cache).size());

		Result second = flags(cache, jar.toString(), "Hello");
		assertEquals(first.flags(), second.flags());
		assertEquals("", second.err(), "no second training run");

		String[] run = java(first.flags(), jar, "-Xlog:aot=info");
		assertEquals("hello", run[0].lines().filter(l -> !l.startsWith("[")).findFirst().orElse(""));
		assertTrue(run[0].contains("Using AOT-linked classes: true"), "the JVM used the cache:\n" + run[0]);
	}

	@Test
	void aChangedJarMakesANewCacheAndAnUnusableOneIsIgnoredSilently() throws Exception {
		assumeJdk25();
		Path jar = app(dir.resolve("app.jar"), "hello");
		Path cache = dir.resolve("aot");
		Result before = flags(cache, jar.toString(), "Hello");
		app(jar, "hello again");
		Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		Result after = flags(cache, jar.toString(), "Hello");
		assertTrue(after.err().contains("preparing the start-up cache"), after.err());
		assertNotEquals(before.flags(), after.flags());
		Path made = Path.of(after.flags().get(0).substring("-XX:AOTCache=".length()));
		assertEquals(List.of(made), caches(cache), "the cache of the old jar is removed");
		String key = made.getFileName().toString().replace(".aot", ".");
		try (Stream<Path> files = Files.list(cache)) {
			assertEquals(List.of(), files.filter(f -> !f.getFileName().toString().startsWith(key)).toList(),
					"and its training log");
		}

		// a cache the JVM refuses (here: cut short) costs nothing but the attempt: no message, same output
		Path file = caches(cache).get(0);
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
		String[] run = java(after.flags(), jar);
		assertEquals("hello again", run[0].strip());
		assertEquals("", run[1]);
	}

	@Test
	void aFailedTrainingIsNotRetried() throws Exception {
		assumeJdk25();
		Path jar = app(dir.resolve("app.jar"), "hello");
		Path cache = dir.resolve("aot");
		Result failed = flags(cache, jar.toString(), "NoSuchMain");
		assertEquals(List.of(), failed.flags());
		assertTrue(failed.err().contains("carrying on without it"), failed.err());
		Result again = flags(cache, jar.toString(), "NoSuchMain");
		assertEquals(List.of(), again.flags());
		assertEquals("", again.err());
	}

	@Test
	void nothingWhenTurnedOffBelowJdk25OrWithAFolderOnTheClassPath() throws Exception {
		Path jar = app(dir.resolve("app.jar"), "hello");
		Path cache = dir.resolve("aot");
		assertEquals(new Result(0, List.of(), ""), flags(cache, jar + ":" + dir, "Hello"));
		assertEquals(new Result(0, List.of(), ""), run(cache, jar.toString(), "Hello", "off", System.getProperty("java.home")));
		Path jdk17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
		if (Files.isExecutable(jdk17.resolve("bin/java"))) {
			assertEquals(new Result(0, List.of(), ""), run(cache, jar.toString(), "Hello", "on", jdk17.toString()));
		}
		assertFalse(Files.exists(cache), "no cache folder is made");
	}

	private static void assumeJdk25() {
		Assumptions.assumeTrue(Runtime.version().feature() >= 25, "AOT caches made in one step need JDK 25");
	}

	private Result flags(Path cache, String classPath, String main) throws Exception {
		return run(cache, classPath, main, "on", System.getProperty("java.home"));
	}

	/** Sources the two scripts as ./assay does and prints AOT_FLAGS, one a line. */
	private Result run(Path cache, String classPath, String main, String aot, String javaHome) throws Exception {
		String script = ". '" + SCRIPTS.resolve("select-jdk.sh") + "' && . '" + SCRIPTS.resolve("aot-cache.sh") + "' && "
				+ "assay_aot_flags \"$1\" \"$2\" -- -Xss2m -- \"$3\" && printf '%s\\n' \"${AOT_FLAGS[@]}\"";
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", script, "test", cache.toString(), classPath, main);
		builder.environment().put("JAVA_HOME", javaHome);
		builder.environment().put("ASSAY_AOT", aot);
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		String[] out = finish(builder.start());
		List<String> flags = out[0].lines().filter(l -> !l.isEmpty()).toList();
		return new Result(Integer.parseInt(out[2]), flags, out[1]);
	}

	private static String[] java(List<String> flags, Path jar, String... more) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xss2m"));
		command.addAll(flags);
		command.addAll(List.of(more));
		command.addAll(List.of("-cp", jar.toString(), "Hello"));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		String[] out = finish(builder.start());
		assertEquals("0", out[2], out[1]);
		return out;
	}

	private static String[] finish(Process process) throws Exception {
		process.getOutputStream().close();
		var err = new java.util.concurrent.CompletableFuture<String>();
		Thread reader = new Thread(() -> {
			try {
				err.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				err.completeExceptionally(e);
			}
		});
		reader.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "timed out");
		return new String[] { out, err.get(1, TimeUnit.MINUTES), Integer.toString(process.exitValue()) };
	}

	private static List<Path> caches(Path cache) throws IOException {
		try (Stream<Path> files = Files.list(cache)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".aot")).toList();
		}
	}

	/** A jar whose class Hello prints {@code greeting}, compiled here. */
	private Path app(Path jar, String greeting) throws IOException {
		Path src = Files.createDirectories(dir.resolve("src-" + System.nanoTime()));
		Files.writeString(src.resolve("Hello.java"), "public class Hello { public static void main(String[] a) { "
				+ "System.out.println(\"" + greeting + "\"); } }");
		assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", src.toString(),
				src.resolve("Hello.java").toString()));
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			out.putNextEntry(new JarEntry("Hello.class"));
			out.write(Files.readAllBytes(src.resolve("Hello.class")));
			out.closeEntry();
		}
		return jar;
	}
}
