package org.assay.runtime.djl;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.pipeline.AssayPipeline;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.spec.GateSpec;
import org.assay.runtime.spec.RowPredicate;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.assay.runtime.suite.Checks;
import org.assay.runtime.suite.SuiteContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline declared the way generated code declares it, run end to end on the breast-cancer data, and the checks
 * of a suite: evidence with values, intervals and verdicts in the results file; located ERROR and NO_DATA verdicts.
 */
class PipelineAndSuiteTest {

	@TempDir
	Path project;

	static final class BreastCancerPipeline extends AssayPipeline {
		private final String path;
		private final double gate;

		BreastCancerPipeline(String path, double gate) {
			this.path = path;
			this.gate = gate;
		}

		@Override
		protected String name() {
			return "bc.Diagnosis";
		}

		@Override
		protected DatasetSpec dataset() {
			List<Column> columns = new ArrayList<>();
			for (String stat : List.of("mean", "se", "worst")) {
				for (String feature : List.of("radius", "texture", "perimeter", "area", "smoothness", "compactness",
						"concavity", "concave_points", "symmetry", "fractal_dimension")) {
					columns.add(Column.real(stat + "_" + feature, 0, Double.POSITIVE_INFINITY));
				}
			}
			columns.add(Column.categorical("diagnosis", List.of("malignant", "benign")).asLabel());
			Map<String, RowPredicate> slices = new LinkedHashMap<>();
			slices.put("Large", (t, r) -> t.numeric("mean_radius")[r] > 15);
			slices.put("Small", (t, r) -> t.numeric("mean_radius")[r] <= 15);
			return new DatasetSpec("bc.Cells", "bc.assay:3", path, null, new Schema(columns), List.of("train", "test"),
					new double[] { 70, 30 }, 42, "diagnosis", slices);
		}

		@Override
		protected List<GateSpec> gates() {
			return List.of(new GateSpec("completeness", new Criterion(Operator.GREATER_OR_EQUAL, gate), "bc.assay:20"));
		}

		@Override
		protected MlpSpec model() {
			return new MlpSpec(new int[] { 32, 16 }, "relu", 0, 40, 32, "adam", 0.002, 7);
		}
	}

	private Path copyData() throws Exception {
		Path data = Files.createDirectories(project.resolve("data")).resolve("breast_cancer.csv");
		Files.copy(Paths.get(System.getProperty("assay.examples", "../../examples"), "breast-cancer/data/breast_cancer.csv"), data);
		return data;
	}

	@Test
	void suiteChecksRecordEvidenceWithIntervalsAndVerdicts() throws Exception {
		copyData();
		try (SuiteContext suite = SuiteContext.open("bc.QA", new BreastCancerPipeline("data/breast_cancer.csv", 0.99), project)) {
			assertTrue(suite.run().succeeded(), suite.run().failure());
			Evidence accuracy = suite.evaluate("Accuracy", List.of("bc.R1"), "bc.assay:40",
					Checks.threshold("accuracy", "test", 0.95), new Criterion(Operator.GREATER_OR_EQUAL, 0.9), 0.95);
			assertEquals(Verdict.PASS, accuracy.verdict(), accuracy.message());
			assertTrue(accuracy.lower() < accuracy.value() && accuracy.value() < accuracy.upper());
			SuiteContext.require(accuracy);

			Evidence impossible = suite.evaluate("Perfect", List.of("bc.R1"), "bc.assay:41",
					Checks.threshold("accuracy", "test", 0.95), new Criterion(Operator.GREATER_OR_EQUAL, 0.999), 0.95);
			assertEquals(Verdict.FAIL, impossible.verdict());
			AssertionError failure = assertThrows(AssertionError.class, () -> SuiteContext.require(impossible));
			assertTrue(failure.getMessage().contains("FAIL") && failure.getMessage().contains(">= 0.999")
					&& failure.getMessage().contains("bc.assay:41"), failure.getMessage());

			Evidence slices = suite.evaluate("WorstSlice", List.of("bc.R1"), "bc.assay:42",
					Checks.slices("accuracy", "test", true, 0.95), new Criterion(Operator.GREATER_OR_EQUAL, 0.8), 0.95);
			assertTrue(slices.details().get(0).startsWith("worst slice: "), slices.details().toString());
			assertEquals(3, slices.details().size());

			Evidence noise = suite.evaluate("Noise", List.of("bc.R3"), "bc.assay:43",
					Checks.gaussianNoise("accuracy", "test", 0.1, List.of("mean_radius", "worst_area"), 5, 11, 0.95),
					new Criterion(Operator.GREATER_OR_EQUAL, 0.8), 0.95);
			assertEquals(Verdict.PASS, noise.verdict(), noise.message());

			Evidence fgsm = suite.evaluate("Adversarial", List.of("bc.R3"), "bc.assay:44", Checks.fgsm("accuracy", "test", 0.5, 0.95),
					new Criterion(Operator.GREATER_OR_EQUAL, 0.99), 0.95);
			assertEquals(Verdict.FAIL, fgsm.verdict(), "a strong attack breaks the model: " + fgsm.message());
			assertTrue(fgsm.value() < accuracy.value());

			Evidence completeness = suite.evaluate("Completeness", List.of("bc.R5"), "bc.assay:45",
					Checks.dataQuality("completeness"), new Criterion(Operator.GREATER_OR_EQUAL, 0.99), 0.95);
			assertEquals(1.0, completeness.value());

			Evidence wrongPartition = suite.evaluate("Typo", List.of("bc.R1"), "bc.assay:46",
					Checks.threshold("accuracy", "tset", 0.95), new Criterion(Operator.GREATER_OR_EQUAL, 0.9), 0.95);
			assertEquals(Verdict.ERROR, wrongPartition.verdict());
			assertTrue(wrongPartition.message().contains("bc.assay:46") && wrongPartition.message().contains("tset"));
		}
		List<org.assay.runtime.results.Run> runs = RunsFile.read(project.resolve(RunsFile.PATH));
		assertEquals(1, runs.size(), "one run per JVM");
		List<Evidence> recorded = runs.get(0).evidence();
		assertEquals(List.of("data/breast_cancer.csv"), runs.get(0).data().stream().map(d -> d.dataset()).toList(),
				"what loading the data found is recorded once per dataset and run");
		assertEquals(List.of("Accuracy", "Perfect", "WorstSlice", "Noise", "Adversarial", "Completeness", "Typo"),
				recorded.stream().map(Evidence::test).toList());
		assertEquals(64, recorded.get(0).lineage().inputs().get("data/breast_cancer.csv").length());
		assertEquals(7L, recorded.get(0).lineage().seeds().get("training"));
		assertEquals(64, recorded.get(0).lineage().inputs().get("parameters").length(), "the parameters are hashed too");
	}

	/** The same pipeline reading its data from a path the model marks 'external'. */
	static final class ExternalPipeline extends AssayPipeline {
		private final BreastCancerPipeline inner;

		ExternalPipeline(String path) {
			inner = new BreastCancerPipeline(path, 0.5);
		}

		@Override
		protected String name() {
			return inner.name();
		}

		@Override
		protected DatasetSpec dataset() {
			DatasetSpec d = inner.dataset();
			return new DatasetSpec(d.name(), d.source(), d.path(), d.sha256(), d.schema(), d.partitions(), d.shares(), d.seed(),
					d.stratifiedBy(), d.slices(), true);
		}

		@Override
		protected List<GateSpec> gates() {
			return List.of();
		}

		@Override
		protected MlpSpec model() {
			return new MlpSpec(new int[] { 8 }, "relu", 0, 2, 32, "adam", 0.01, 7);
		}
	}

	/**
	 * Found: {@code ../../../../../etc/passwd} was read and its first line written into results.json 18 times. A path
	 * outside the project (by '..', absolute, or through a link) is refused before anything is read, unless the model
	 * marks it 'external'. Failed before the fix: the secret's first line was in results.json.
	 */
	@Test
	void aDataPathOutsideTheProjectIsNeverReadUnlessMarkedExternal() throws Exception {
		Path outside = Files.createTempDirectory("assay-outside");
		try {
			Path secret = Files.writeString(outside.resolve("secret.csv"), "SECRET-FIRST-LINE,diagnosis\n1,benign\n");
			Path link = Files.createDirectories(project.resolve("data")).resolve("link.csv");
			Files.createSymbolicLink(link, secret);
			String escape = project.relativize(secret).toString(); // ../assay-outside…/secret.csv
			List<String> paths = List.of("../../../../../etc/passwd", escape, secret.toString(), "data/link.csv");
			for (String path : paths) {
				try (SuiteContext suite = SuiteContext.open("bc.QA", new BreastCancerPipeline(path, 0.5), project)) {
					assertFalse(suite.run().succeeded(), path);
					assertTrue(suite.run().failure().contains("is outside the project") && suite.run().failure().contains("'external'"),
							suite.run().failure());
					assertNull(suite.run().table(), "nothing was loaded from " + path);
					suite.evaluate("Accuracy", List.of("bc.R1"), "bc.assay:40", Checks.threshold("accuracy", "test", 0.95),
							new Criterion(Operator.GREATER_OR_EQUAL, 0.9), 0.95);
				}
			}
			String results = Files.readString(project.resolve(RunsFile.PATH));
			assertFalse(results.contains("SECRET") || results.contains("root:"), results);
			assertEquals(paths.size(), org.assay.runtime.results.Run.all(RunsFile.read(project.resolve(RunsFile.PATH))).size());

			Path data = Files.copy(Paths.get(System.getProperty("assay.examples", "../../examples"),
					"breast-cancer/data/breast_cancer.csv"), outside.resolve("cells.csv"));
			try (var run = new ExternalPipeline(data.toString()).run(project)) {
				assertTrue(run.succeeded(), "an external path is read when the model opts in: " + run.failure());
			}
		} finally {
			try (var walk = Files.walk(outside)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** A monitor's reference data and a baseline model are confined to the project as well. */
	@Test
	void aMonitorsReferenceAndABaselineOutsideTheProjectAreRefused() throws Exception {
		DatasetSpec outside = new BreastCancerPipeline("../../../../../etc/passwd", 0.5).dataset();
		IllegalStateException refused = assertThrows(IllegalStateException.class,
				() -> org.assay.runtime.monitor.AssayMonitor.referenceFrom(project, outside));
		assertTrue(refused.getMessage().startsWith("bc.assay:3: data file '../../../../../etc/passwd' is outside the project"),
				refused.getMessage());

		copyData();
		try (SuiteContext suite = SuiteContext.open("bc.QA", new BreastCancerPipeline("data/breast_cancer.csv", 0.5), project)) {
			Evidence baseline = suite.evaluate("Baseline", List.of("bc.R4"), "bc.assay:47",
					Checks.baseline("accuracy", "test", "/etc", 0.95), new Criterion(Operator.GREATER_OR_EQUAL, -0.01), 0.95);
			assertEquals(Verdict.ERROR, baseline.verdict(), baseline.message());
			assertTrue(baseline.message().contains("baseline '/etc' is outside the project"), baseline.message());
		}
	}

	@Test
	void missingDataGivesNoDataAndAFailedGateGivesALocatedError() throws Exception {
		try (SuiteContext suite = SuiteContext.open("bc.QA", new BreastCancerPipeline("data/none.csv", 0.99), project)) {
			Evidence evidence = suite.evaluate("Accuracy", List.of("bc.R1"), "bc.assay:40", Checks.threshold("accuracy", "test", 0.95),
					new Criterion(Operator.GREATER_OR_EQUAL, 0.9), 0.95);
			assertEquals(Verdict.NO_DATA, evidence.verdict());
			assertTrue(evidence.message().contains("bc.assay:3") && evidence.message().contains("data/none.csv"), evidence.message());
		}
		Path data = copyData();
		List<String> lines = new ArrayList<>(Files.readAllLines(data));
		lines.set(5, lines.get(5).replaceFirst("^[^,]*,", ","));
		lines.set(7, lines.get(7).replaceFirst(",[^,]*$", ",unknown"));
		Files.write(data, lines);
		try (SuiteContext suite = SuiteContext.open("bc.QA", new BreastCancerPipeline("data/breast_cancer.csv", 1.0), project)) {
			assertFalse(suite.run().succeeded());
			Evidence evidence = suite.evaluate("Accuracy", List.of("bc.R1"), "bc.assay:40", Checks.threshold("accuracy", "test", 0.95),
					new Criterion(Operator.GREATER_OR_EQUAL, 0.9), 0.95);
			assertEquals(Verdict.ERROR, evidence.verdict());
			assertTrue(evidence.message().contains("bc.assay:20: data-quality gate failed: completeness"), evidence.message());
			assertTrue(evidence.details().stream().anyMatch(d -> d.contains("breast_cancer.csv:8:31: unknown-category")),
					evidence.details().toString());
		}
	}
}
