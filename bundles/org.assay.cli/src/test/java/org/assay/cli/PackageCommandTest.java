package org.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.jar.JarFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay package PROJECT --spark} on a copy of the german-credit example: refused with what to do before the
 * project was run, then, after {@code assay run}, a job jar holding the pipeline's classes and trained model and the
 * spark-submit command to run it. (The jar itself runs under Spark in org.assay.runtime.spark's JobJarLaunchTest.)
 */
class PackageCommandTest {

	@TempDir
	Path project;

	@BeforeAll
	static void fromTheBuildTree() {
		System.setProperty("assay.home", Paths.get("../..").toAbsolutePath().normalize().toString());
	}

	private static String[] cli(int expected, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(err), args);
		assertEquals(expected, code, out + "\n" + err);
		return new String[] { out.toString(), err.toString() };
	}

	@Test
	void packagesTheTrainedPipelinesForSparkSubmitAndRefusesUntrainedOnes() throws Exception {
		RunCommandTest.copyExample("german-credit", project);
		String refused = cli(2, "package", project.toString(), "--spark")[0];
		assertTrue(refused.contains("assay package: not trained yet: germancredit.Scoring (no model in "
				+ Paths.get("target/assay/models/germancredit.Scoring") + "). Run 'assay run " + project + "' first"), refused);
		assertTrue(cli(2, "package", project.toString())[0].contains("say what to package: --spark"));

		cli(1, "run", project.toString()); // german-credit fails its fairness requirements by design; the model is trained
		String out = cli(0, "package", project.toString(), "--spark")[0];
		Path jar = project.resolve(PackageCommand.JOB_JAR);
		assertTrue(out.contains("spark-submit --master yarn --class org.assay.runtime.spark.job.EvaluationJob " + jar), out);
		try (JarFile packed = new JarFile(jar.toFile())) {
			assertNotNull(packed.getEntry("META-INF/assay-job.properties"));
			assertNotNull(packed.getEntry("germancredit/ScoringPipeline.class"));
			assertNotNull(packed.getEntry("assay-model/germancredit.Scoring/encoder.properties"));
			assertNotNull(packed.getEntry("assay-model/germancredit.Scoring/assay-mlp-0000.params"));
			assertNotNull(packed.getEntry("org/assay/runtime/spark/eval/SparkEvaluation.class"));
			String description = new String(packed.getInputStream(packed.getEntry("META-INF/assay-job.properties")).readAllBytes());
			assertTrue(description.contains("pipeline.germancredit.Scoring.class=germancredit.ScoringPipeline"), description);
			assertTrue(packed.stream().noneMatch(e -> e.getName().startsWith("org/apache/spark/")), "Spark is the cluster's");
		}
		assertTrue(Files.size(jar) > 50_000_000, "PyTorch's native library is packed: " + Files.size(jar));
	}
}
