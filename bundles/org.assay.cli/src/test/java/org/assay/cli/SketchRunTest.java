package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.Run;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credit-scoring sketch (shared test model) generated, compiled and run: every test pattern produces evidence,
 * the regression test against a baseline saved by an earlier run included; the generated monitor reacts to drift.
 */
class SketchRunTest {

	@TempDir
	Path project;

	@Test
	void everyGeneratedPatternProducesEvidence() throws Exception {
		Path sketch = Paths.get("../../tests/models/credit-scoring").toAbsolutePath().normalize();
		try (Stream<Path> walk = Files.walk(sketch)) {
			for (Path source : walk.toList()) {
				Path target = project.resolve(sketch.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
		// first run: no baseline model yet, so the regression test cannot measure: a located ERROR verdict
		StringWriter first = new StringWriter();
		assertEquals(2, AssayCli.run(new PrintWriter(first), new PrintWriter(first), "run", project.toString()), first::toString);
		assertTrue(first.toString().contains("baseline model") && first.toString().contains("models/scoring-1.3"), first::toString);
		// the released model becomes the baseline of the next run
		Path saved = project.resolve("target/assay/models/credit.Scoring");
		Path baseline = Files.createDirectories(project.resolve("models/scoring-1.3"));
		try (Stream<Path> files = Files.list(saved)) {
			for (Path file : files.toList()) {
				Files.copy(file, baseline.resolve(file.getFileName()));
			}
		}
		assertTrue(Files.exists(baseline.resolve("lineage.json")));
		Files.delete(project.resolve(RunsFile.PATH));

		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), "run", project.toString());
		assertNotEquals(2, code, out::toString);
		assertTrue(out.toString().contains("13 test(s) run, 0 skipped"), out::toString);
		List<Evidence> evidence = Run.last(RunsFile.read(project.resolve(RunsFile.PATH))).evidence();
		Evidence regression = evidence.stream().filter(x -> x.test().equals("Regression")).findFirst().orElseThrow();
		assertEquals(0.0, regression.value(), 1e-12, "same seed and data: the retrained model equals the baseline");
		assertEquals(org.assay.runtime.stats.Verdict.PASS, regression.verdict(), regression.message());
		for (String test : List.of("GenderParity", "GenderSwap", "TrainTestDrift", "Accuracy", "IncomeNoise", "Adversarial",
				"IncomeMonotone", "PurposeDrift", "CategoryDrift", "IncomeJitter")) {
			Evidence e = evidence.stream().filter(x -> x.test().equals(test)).findFirst()
					.orElseThrow(() -> new AssertionError("no evidence for " + test + ":\n" + out));
			assertNotEquals(Verdict.ERROR, e.verdict(), e.message());
			assertFalse(Double.isNaN(e.value()), e.message());
		}
		Evidence swap = evidence.stream().filter(x -> x.test().equals("GenderSwap")).findFirst().orElseThrow();
		assertEquals("flip_rate", swap.metric());
		assertTrue(swap.details().get(0).contains("predictions changed"), swap.details().toString());
		Evidence parity = evidence.stream().filter(x -> x.test().equals("GenderParity")).findFirst().orElseThrow();
		assertTrue(parity.details().stream().anyMatch(d -> d.startsWith("gender = female")), parity.details().toString());
		Evidence chiSquare = evidence.stream().filter(x -> x.test().equals("PurposeDrift")).findFirst().orElseThrow();
		assertTrue(chiSquare.value() >= 0 && chiSquare.value() <= 1, "a p-value: " + chiSquare.value());
		assertTrue(chiSquare.details().stream().anyMatch(d -> d.startsWith("purpose: chi-square p-value")),
				chiSquare.details().toString());
		// the suite's three chi-square p-values (purpose; purpose and gender) are adjusted together: never below the raw one
		double raw = Double.parseDouble(chiSquare.details().get(0).replaceAll(".*= ", ""));
		assertTrue(chiSquare.value() >= raw - 5e-5, chiSquare.value() + " adjusted vs raw " + raw);
		for (String test : List.of("PurposeDrift", "CategoryDrift")) {
			Evidence e = evidence.stream().filter(x -> x.test().equals(test)).findFirst().orElseThrow();
			assertTrue(e.details().stream().anyMatch(d -> d.contains("Holm–Bonferroni adjusted over the 3 p-value(s) of credit.ScoringQA")),
					e.details().toString());
		}
		String generated = Files.readString(project.resolve("src/generated/test/java/credit/AbstractScoringQATest.java"));
		assertTrue(generated.contains("suite.adjustTogether(\"PurposeDrift\", Checks.drift(")
				&& generated.contains("suite.adjusted(\"CategoryDrift\")"), generated);
		assertFalse(generated.contains("@Disabled"), "every pattern of the sketch is generated");
		assertTrue(generated.contains("Checks.uniformNoise(\"accuracy\""), "uniform noise is generated as such");
		String pipeline = Files.readString(project.resolve("src/generated/java/credit/ScoringPipelineBase.java"));
		assertTrue(pipeline.contains("steps.add(PreparationStep.impute(\"median\", Double.NaN, \"credit-scoring.assay:33\", \"income\"));")
				&& pipeline.contains("steps.add(PreparationStep.scale(\"normalize\", \"credit-scoring.assay:34\", \"age\"));"),
				"the declared preparation steps are generated: " + pipeline);
		String encoder = Files.readString(project.resolve("target/assay/models/credit.Scoring/encoder.properties"));
		assertTrue(encoder.contains("age=numeric,") && encoder.contains("gender=onehot,-1"), encoder);

		// the generated monitor, fed with live batches: income shifted far from the training data drifts
		try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
				new java.net.URL[] { project.resolve("target/assay/classes").toUri().toURL() }, getClass().getClassLoader())) {
			Class<?> monitorClass = loader.loadClass("credit.ScoringInFieldMonitor");
			@SuppressWarnings("unchecked")
			java.util.Map<String, double[]> reference = (java.util.Map<String, double[]>) monitorClass
					.getMethod("referenceOf", Path.class).invoke(null, project);
			org.assay.runtime.monitor.AssayMonitor monitor = (org.assay.runtime.monitor.AssayMonitor) monitorClass
					.getConstructor(java.util.Map.class).newInstance(reference);
			java.util.Random random = new java.util.Random(3);
			double[] income = new double[1000];
			double[] age = new double[1000];
			double[] confidence = new double[1000];
			for (int i = 0; i < 1000; i++) {
				income[i] = 20_000 + random.nextDouble() * 5000;
				age[i] = 18 + random.nextInt(60);
				confidence[i] = 0.9;
			}
			List<org.assay.runtime.monitor.AssayMonitor.Event> events = monitor.observe(
					java.util.Map.of("income", income, "age", age), confidence);
			assertEquals(3, events.size(), events::toString);
			var incomeEvent = events.stream().filter(e -> e.check().equals("psi on income")).findFirst().orElseThrow();
			assertEquals(org.assay.runtime.monitor.AssayMonitor.Level.FAIL, incomeEvent.level(), incomeEvent.message());
			assertTrue(incomeEvent.source().startsWith("credit-scoring.assay:"), incomeEvent.source());
			var confidenceEvent = events.stream().filter(e -> e.check().startsWith("confidence")).findFirst().orElseThrow();
			assertEquals(org.assay.runtime.monitor.AssayMonitor.Level.OK, confidenceEvent.level(), confidenceEvent.message());
		}
	}
}
