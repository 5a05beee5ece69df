package org.assay.runtime.spark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.djl.BatchScorer;
import org.assay.runtime.evaluation.BatchEvaluation;
import org.assay.runtime.evaluation.EvaluationState;
import org.assay.runtime.pipeline.TrainedModel;
import org.assay.runtime.spark.SparkSessions;
import org.assay.runtime.spark.job.EvaluationJob;
import org.assay.runtime.spark.job.JobJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar of {@code assay package --spark}, run as {@code spark-submit} runs it: a child JVM whose class path is
 * what a cluster provides (Spark and its dependencies, see {@link #sparkClassPath()}), started at Spark's
 * {@code org.apache.spark.deploy.SparkSubmit} (the class {@code bin/spark-submit} runs) with {@code --master local[2]}
 * and the job jar as the application. So Assay's runtime, DJL and PyTorch's native library, the project's classes and
 * the trained model come from the jar. Its metrics equal the local evaluation of the same file.
 */
class JobJarLaunchTest {

	@Test
	void theJobJarRunsUnderSparkSubmitWithOnlySparkBesideItAndGivesTheLocalMetrics(@TempDir Path dir) throws Exception {
		Path project = CreditProject.project();
		Path jar = writeJobJar(dir);
		Path output = dir.resolve("metrics.json");
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(SparkSessions.addOpens());
		command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Xmx1g",
				"-DDJL_CACHE_DIR=" + Paths.get("target/djl-cache").toAbsolutePath(), "-Djava.io.tmpdir=" + dir, "-cp",
				sparkClassPath(), "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--conf",
				"spark.ui.enabled=false", "--conf", "spark.sql.files.maxPartitionBytes=16384", "--conf",
				"spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1", "--class",
				EvaluationJob.class.getName(), jar.toString(), CreditProject.data().toString(), "--output", output.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("job.log").toFile());
		builder.environment().put("OPT_OUT_TRACKING", "true");
		builder.environment().put("DJL_OFFLINE", "true");
		Process job = builder.start();
		assertTrue(job.waitFor(5, TimeUnit.MINUTES), "the job ends");
		String log = Files.readString(dir.resolve("job.log"));
		assertEquals(0, job.exitValue(), log);
		assertTrue(log.contains("assay job: credit.Scoring scored " + CreditProject.data() + " on Spark 4.2.0: 1005 rows, 1004 labelled"), log);

		assertLocalMetrics(Files.readString(output, StandardCharsets.UTF_8));
		assertFalse(project.resolve("target/assay/models/credit.Scoring").toString().isEmpty());
	}

	/** The job's JSON holds the metrics of the local evaluation of the same file and names Spark 4.2.0 as the engine. */
	static void assertLocalMetrics(String json) throws IOException {
		EvaluationState local;
		try (TrainedModel model = TrainedModel.load(new CreditPipeline(), CreditProject.modelFolder());
				BatchScorer scorer = new BatchScorer(model.classifier(), 1)) {
			local = BatchEvaluation.evaluate(model, CsvLoader.load(CreditProject.data(), model.dataset().schema()).table(), scorer);
		}
		assertTrue(json.contains(String.format(Locale.ROOT, "\"accuracy\": %.6f", local.matrix().accuracy())), json);
		assertTrue(json.contains(String.format(Locale.ROOT, "\"Young\": {\"rows\": %d, \"accuracy\": %.6f}",
				local.slices().get("Young").total(), local.slices().get("Young").accuracy())), json);
		assertTrue(json.contains(String.format(Locale.ROOT, "\"demographicParityDifference\": %.6f",
				local.fairness("sex").demographicParityDifference())), json);
		assertTrue(json.contains("\"engine\": \"spark 4.2.0\""), json);
	}

	/** The job jar of the credit pipeline, as assay package --spark writes it, checked for what it must and must not hold. */
	static Path writeJobJar(Path dir) throws IOException {
		Path jar = dir.resolve("credit-job.jar");
		JobJar.write(jar, runtimeClassPath(), projectClasses(dir), List.of(new JobJar.Pipeline("credit.Scoring",
				CreditPipeline.class.getName(), CreditProject.modelFolder())));
		try (JarFile packed = new JarFile(jar.toFile())) {
			assertNotNull(packed.getEntry("assay-model/credit.Scoring/encoder.properties"));
			assertNotNull(packed.getEntry("assay-model/credit.Scoring/assay-mlp-0000.params"));
			assertNotNull(packed.getEntry("org/assay/runtime/spark/eval/CreditPipeline.class"));
			assertNotNull(packed.getEntry("ai/djl/pytorch/engine/PtEngine.class"));
			assertNotNull(packed.getEntry("de/siegmar/fastcsv/reader/CsvReader.class"));
			assertNotNull(packed.getEntry("com/google/gson/Gson.class"));
			assertEquals(EvaluationJob.class.getName(), packed.getManifest().getMainAttributes().getValue("Main-Class"));
			assertTrue(packed.stream().noneMatch(e -> e.getName().startsWith("org/apache/spark/")), "Spark is not packed");
		}
		return jar;
	}

	@Test
	void anUntrainedPipelineIsNotPackaged(@TempDir Path dir) {
		var e = assertThrows(IOException.class, () -> JobJar.write(dir.resolve("x.jar"), List.of(), dir,
				List.of(new JobJar.Pipeline("credit.Scoring", CreditPipeline.class.getName(), dir.resolve("nothing")))));
		assertEquals("pipeline credit.Scoring has no trained model in " + dir.resolve("nothing")
				+ ": run the project first (assay run PROJECT), then package it", e.getMessage());
	}

	/** This module's classes and its runtime dependencies (what assay package --spark packs). */
	static List<Path> runtimeClassPath() throws IOException {
		List<Path> jars = new ArrayList<>(List.of(Paths.get("target/classes").toAbsolutePath()));
		for (String entry : Files.readString(Paths.get("target/job-classpath.txt")).trim().split(File.pathSeparator)) {
			jars.add(Paths.get(entry));
		}
		return jars;
	}

	/**
	 * What a cluster provides: Spark and its dependencies. The module's build lists Spark's tree together with the
	 * runtime's third-party jars ({@code target/spark-classpath.txt}: Maven puts the jars Spark shares with the runtime,
	 * slf4j, Jackson, commons-codec …, under the runtime's scope); the jars only Assay needs are taken out, so DJL,
	 * PyTorch's natives (and DJL's JNA and Gson), FastCSV and Hipparchus can only come from the job jar.
	 */
	private static String sparkClassPath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : Files.readString(Paths.get("target/spark-classpath.txt")).trim().split(File.pathSeparator)) {
			if (ASSAY_ONLY.stream().noneMatch(entry::contains)) {
				entries.add(entry);
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static final List<String> ASSAY_ONLY = List.of("/org/assay/", "org.assay.", "/target/", "/ai/djl/", "onnxruntime",
			"fastcsv", "hipparchus", "/net/java/dev/jna/", "/com/google/code/gson/");

	/** The "project's compiled classes": the test pipeline alone. */
	static Path projectClasses(Path dir) throws IOException {
		Path classes = dir.resolve("classes");
		String name = CreditPipeline.class.getName().replace('.', '/') + ".class";
		Path target = classes.resolve(name);
		Files.createDirectories(target.getParent());
		try (var in = CreditPipeline.class.getClassLoader().getResourceAsStream(name)) {
			Files.copy(in, target);
		}
		return classes;
	}
}
