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
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;
import org.assay.runtime.stats.Verdict;
import org.assay.runtime.suite.Checks;
import org.assay.runtime.suite.SuiteContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verdicts no more confident than the data (issue #8): the noise, fairness and drift checks of a real suite report
 * intervals that hold the sampling of the evaluated rows, and too few rows give INCONCLUSIVE with the number needed.
 * The breast-cancer pipeline is the example's; the credit-scoring one is what Assay generates for
 * tests/models/credit-scoring (60 rows: 42 train, 9 validation, 9 test).
 */
class HonestIntervalsTest {

	@TempDir
	Path project;

	/** tests/models/credit-scoring/credit-scoring.assay, pipeline Scoring, as generated. */
	static final class CreditScoringPipeline extends AssayPipeline {
		@Override
		protected String name() {
			return "credit.Scoring";
		}

		@Override
		protected DatasetSpec dataset() {
			List<Column> columns = new ArrayList<>();
			columns.add(Column.categorical("default", List.of("yes", "no")).asLabel());
			columns.add(Column.integer("age", 18.0, 100.0));
			columns.add(Column.real("income", 0.0, Double.POSITIVE_INFINITY));
			columns.add(Column.categorical("purpose", List.of("car", "home", "education", "other")));
			columns.add(Column.categorical("gender", List.of("female", "male", "diverse")).asProtected());
			Map<String, RowPredicate> slices = new LinkedHashMap<>();
			return new DatasetSpec("credit.Applicants", "credit-scoring.assay:12", "data/applicants.csv", null,
					new Schema(columns), List.of("train", "validation", "test"), new double[] { 70.0, 15.0, 15.0 }, 42L,
					"default", slices);
		}

		@Override
		protected List<GateSpec> gates() {
			return List.of(new GateSpec("completeness", new Criterion(Operator.GREATER_OR_EQUAL, 0.99, 0.999),
					"credit-scoring.assay:28"));
		}

		@Override
		protected List<PreparationStep> preparation() {
			return List.of(PreparationStep.impute("median", Double.NaN, "credit-scoring.assay:29", "income"),
					PreparationStep.scale("normalize", "credit-scoring.assay:30", "age"),
					PreparationStep.scale("standardize", "credit-scoring.assay:31", "income"),
					PreparationStep.encode("onehot", "credit-scoring.assay:32", "purpose", "gender"));
		}

		@Override
		protected MlpSpec model() {
			return new MlpSpec(new int[] { 64, 32 }, "relu", 0.1, 30, 64, "adam", 0.001, 7L);
		}

		@Override
		protected EarlyStoppingSpec earlyStopping() {
			return new EarlyStoppingSpec("validation", false, 3);
		}
	}

	@Test
	void noiseRobustnessOn171RowsIsNoPointInterval() throws Exception {
		Path data = Files.createDirectories(project.resolve("data")).resolve("breast_cancer.csv");
		Files.copy(Paths.get(System.getProperty("assay.examples", "../../examples"), "breast-cancer/data/breast_cancer.csv"), data);
		try (SuiteContext suite = SuiteContext.open("breastcancer.ScreeningQA",
				new PipelineAndSuiteTest.BreastCancerPipeline("data/breast_cancer.csv", 0.99), project)) {
			assertTrue(suite.run().succeeded(), suite.run().failure());
			int rows = suite.run().partition("test").length;
			assertEquals(171, rows);
			// breast-cancer.assay: test MeasurementNoise … under gaussian sigma 0.1 on mean_radius, mean_texture repeat 5
			for (int repeats : new int[] { 5, 1 }) {
				Evidence noise = suite.evaluate("MeasurementNoise", List.of("breastcancer.R3"), "breast-cancer.assay:102",
						Checks.gaussianNoise("accuracy", "test", 0.1, List.of("mean_radius", "mean_texture"), repeats, 1L, 0.95),
						new Criterion(Operator.GREATER_OR_EQUAL, 0.9), 0.95);
				assertTrue(noise.lower() < noise.value() && noise.value() < noise.upper(),
						repeats + " repeat(s) give no point interval: " + noise.message());
				// at least as wide as Wilson's on the 171 rows: the repeats do not multiply the evidence
				Interval wilson = Intervals.wilson(Math.round(noise.value() * rows), rows, 0.95);
				assertTrue(noise.upper() - noise.lower() >= 0.95 * (wilson.upper() - wilson.lower()), noise.message());
				assertEquals(Verdict.PASS, noise.verdict(), noise.message());
			}
		}
	}

	private SuiteContext creditScoring() throws Exception {
		Path data = Files.createDirectories(project.resolve("data")).resolve("applicants.csv");
		Files.copy(Paths.get(System.getProperty("assay.examples", "../../examples") + "/../tests/models", "credit-scoring/data/applicants.csv"), data);
		SuiteContext suite = SuiteContext.open("credit.ScoringQA", new CreditScoringPipeline(), project);
		assertTrue(suite.run().succeeded(), suite.run().failure());
		assertEquals(9, suite.run().partition("test").length);
		assertEquals(42, suite.run().partition("train").length);
		return suite;
	}

	@Test
	void noiseRobustnessOnNineRowsIsInconclusive() throws Exception {
		try (SuiteContext suite = creditScoring()) {
			Evidence noise = suite.evaluate("IncomeNoise", List.of("credit.R3"), "credit-scoring.assay:76",
					Checks.gaussianNoise("accuracy", "test", 0.05, List.of("income"), 20, 1L, 0.95),
					new Criterion(Operator.GREATER_OR_EQUAL, 0.80), 0.95);
			assertEquals(Verdict.INCONCLUSIVE, noise.verdict(), noise.message());
			assertTrue(noise.upper() - noise.lower() > 0.3, "nine rows cannot pin accuracy down: " + noise.message());
		}
	}

	@Test
	void fairnessOnAHandfulOfRowsPerGroupIsInconclusive() throws Exception {
		try (SuiteContext suite = creditScoring()) {
			Evidence parity = suite.evaluate("GenderParity", List.of("credit.R2"), "credit-scoring.assay:74",
					Checks.fairness("demographic_parity_difference", "test", "gender", 0.95),
					new Criterion(Operator.LESS_OR_EQUAL, 0.05), 0.95);
			assertEquals(Verdict.INCONCLUSIVE, parity.verdict(), parity.message());
			assertTrue(parity.upper() > parity.lower(), "no point interval on a handful of rows: " + parity.message());
			assertTrue(parity.message().contains("needs at least 20 rows in every group"), parity.message());
		}
	}

	@Test
	void psiBetween42And9RowsIsInconclusive() throws Exception {
		try (SuiteContext suite = creditScoring()) {
			Evidence drift = suite.evaluate("TrainTestDrift", List.of("credit.R6"), "credit-scoring.assay:81",
					Checks.drift("psi", "train", "test", List.of("age", "income")), new Criterion(Operator.LESS_OR_EQUAL, 0.1),
					0.95);
			assertEquals(Verdict.INCONCLUSIVE, drift.verdict(), drift.message());
			assertTrue(drift.upper() > drift.lower(), "a sampling interval, not a point: " + drift.message());
			assertTrue(drift.message().contains("between 42 and 9 rows") && drift.message().contains("at least 100 rows on each side"),
					drift.message());
		}
	}
}
