package org.assay.runtime.djl;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.metrics.RegressionMetrics;
import org.assay.runtime.pipeline.AssayPipeline;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.spec.GateSpec;
import org.assay.runtime.pipeline.PipelineRun;
import org.assay.runtime.spec.RowPredicate;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.assay.runtime.suite.Checks;
import org.assay.runtime.suite.RegressionChecks;
import org.assay.runtime.suite.SuiteContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regression pipeline declared the way generated code declares it (a numeric label), run end to end on the
 * diabetes data of examples/diabetes: an MLP regressor trained on MSE, mae/rmse/r2 with bootstrap intervals,
 * slices, noise and directional checks, and rows without a target left out of training and scoring.
 */
class RegressionPipelineTest {

	@TempDir
	Path project;

	static final class DiabetesPipeline extends AssayPipeline {
		@Override
		protected String name() {
			return "diabetes.Forecast";
		}

		@Override
		protected DatasetSpec dataset() {
			List<Column> columns = new ArrayList<>();
			for (String feature : List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6")) {
				columns.add(Column.real(feature, 0, Double.POSITIVE_INFINITY));
			}
			columns.add(Column.real("progression", 0, Double.POSITIVE_INFINITY).asLabel());
			Map<String, RowPredicate> slices = new LinkedHashMap<>();
			slices.put("Older", (t, r) -> t.numeric("age")[r] >= 50);
			slices.put("Younger", (t, r) -> t.numeric("age")[r] < 50);
			return new DatasetSpec("diabetes.Patients", "diabetes.assay:13", "data/diabetes.csv", null, new Schema(columns),
					List.of("train", "test"), new double[] { 70, 30 }, 42, null, slices);
		}

		@Override
		protected List<GateSpec> gates() {
			return List.of(new GateSpec("completeness", new Criterion(Operator.GREATER_OR_EQUAL, 0.9), "diabetes.assay:34"));
		}

		@Override
		protected MlpSpec model() {
			return new MlpSpec(new int[] { 16 }, "relu", 0, 60, 32, "adam", 0.003, 7);
		}
	}

	private Path copyData() throws Exception {
		Path data = Files.createDirectories(project.resolve("data")).resolve("diabetes.csv");
		Files.copy(Paths.get(System.getProperty("assay.examples", "../../examples"), "diabetes/data/diabetes.csv"), data);
		return data;
	}

	@Test
	void regressorIsTrainedAndMeasuredWithIntervals() throws Exception {
		copyData();
		double rmse;
		try (SuiteContext suite = SuiteContext.open("diabetes.QA", new DiabetesPipeline(), project)) {
			PipelineRun run = suite.run();
			assertTrue(run.succeeded(), run.failure());
			assertTrue(run.isRegression());
			assertNull(run.model(), "a regression run has no classifier");
			int[] test = run.partition("test");
			assertEquals(133, test.length, "30 % of 442 rows, split at random (no stratification on a number)");
			double[] predicted = run.regressor().predict(run.encoder().encode(run.table(), test));
			double[] truth = run.targets(test);
			rmse = RegressionMetrics.rmse(truth, predicted);

			Evidence r2 = suite.evaluate("Explained", List.of("diabetes.R1"), "diabetes.assay:60",
					RegressionChecks.threshold("r2", "test", 0.95), new Criterion(Operator.GREATER_OR_EQUAL, 0.2), 0.95);
			assertEquals(Verdict.PASS, r2.verdict(), r2.message());
			assertTrue(r2.lower() < r2.value() && r2.value() < r2.upper() && r2.upper() <= 1, r2.message());
			assertEquals(RegressionMetrics.r2(truth, predicted), r2.value(), 1e-12);

			Evidence error = suite.evaluate("Error", List.of("diabetes.R2"), "diabetes.assay:61",
					RegressionChecks.threshold("rmse", "test", 0.95), new Criterion(Operator.LESS_OR_EQUAL, 80), 0.95);
			assertEquals(rmse, error.value(), 1e-12);
			assertEquals(Verdict.PASS, error.verdict(), error.message());
			assertTrue(error.upper() - error.lower() > 1, "133 rows leave a real sampling uncertainty: " + error.message());

			Evidence tooStrict = suite.evaluate("Strict", List.of("diabetes.R2"), "diabetes.assay:62",
					RegressionChecks.threshold("mae", "test", 0.95), new Criterion(Operator.LESS_OR_EQUAL, 5), 0.95);
			assertEquals(Verdict.FAIL, tooStrict.verdict(), tooStrict.message());
			assertTrue(tooStrict.value() <= rmse, "mae never exceeds rmse");

			Evidence slices = suite.evaluate("WorstAge", List.of("diabetes.R2"), "diabetes.assay:63",
					RegressionChecks.slices("mae", "test", false, List.of(), 0.95), new Criterion(Operator.LESS_OR_EQUAL, 80), 0.95);
			assertTrue(slices.details().get(0).startsWith("worst slice: "), slices.details().toString());
			assertEquals(3, slices.details().size(), slices.details().toString());

			Evidence noise = suite.evaluate("Noise", List.of("diabetes.R3"), "diabetes.assay:64",
					RegressionChecks.noise("rmse", "test", false, 0.1, List.of("bmi", "bp"), 3, 1, 0.95),
					new Criterion(Operator.LESS_OR_EQUAL, 80), 0.95);
			assertEquals(Verdict.PASS, noise.verdict(), noise.message());
			assertTrue(noise.upper() - noise.lower() > 1, "rows' sampling uncertainty is in the interval: " + noise.message());

			Evidence directional = suite.evaluate("Bmi", List.of("diabetes.R1"), "diabetes.assay:65",
					RegressionChecks.directional("test", "bmi", 2, true, 0.95), new Criterion(Operator.LESS_OR_EQUAL, 0.5), 0.95);
			assertEquals("violation_rate", directional.metric());
			assertTrue(directional.value() >= 0 && directional.value() <= 0.5, directional.message());

			Evidence classification = suite.evaluate("Wrong", List.of("diabetes.R1"), "diabetes.assay:66",
					Checks.threshold("accuracy", "test", 0.95), new Criterion(Operator.GREATER_OR_EQUAL, 0.9), 0.95);
			assertEquals(Verdict.ERROR, classification.verdict(), "a classification check on a regressor is an error, not a crash");
		}
		try (SuiteContext again = SuiteContext.open("diabetes.QA", new DiabetesPipeline(), project)) {
			int[] test = again.run().partition("test");
			double[] predicted = again.run().regressor().predict(again.run().encoder().encode(again.run().table(), test));
			assertEquals(rmse, RegressionMetrics.rmse(again.run().targets(test), predicted), 1e-9, "seeded training is reproducible");
		}
		assertTrue(Files.isRegularFile(project.resolve("target/assay/models/diabetes.Forecast/target-scaling.txt")));
	}

	@Test
	void rowsWithoutTargetAreNeitherTrainedOnNorScored() throws Exception {
		Path data = copyData();
		List<String> lines = new ArrayList<>(Files.readAllLines(data));
		int blanked = 0;
		for (int i = 1; i < lines.size(); i += 20) {
			lines.set(i, lines.get(i).replaceFirst(",[^,]*$", ","));
			blanked++;
		}
		Files.write(data, lines);
		try (SuiteContext suite = SuiteContext.open("diabetes.QA", new DiabetesPipeline(), project)) {
			assertTrue(suite.run().succeeded(), suite.run().failure());
			int[] test = suite.run().partition("test");
			long withTarget = Arrays.stream(suite.run().targets(test)).filter(t -> !Double.isNaN(t)).count();
			assertTrue(withTarget < test.length, blanked + " targets blanked");
			Evidence mae = suite.evaluate("Mae", List.of("diabetes.R2"), "diabetes.assay:61",
					RegressionChecks.threshold("mae", "test", 0.95), new Criterion(Operator.LESS_OR_EQUAL, 80), 0.95);
			assertEquals(withTarget + " rows scored", mae.details().get(0));
			assertTrue(Double.isFinite(mae.value()), mae.message());
		}
	}
}
