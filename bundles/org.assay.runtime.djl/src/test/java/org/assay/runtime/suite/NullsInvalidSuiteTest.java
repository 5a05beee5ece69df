package org.assay.runtime.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

import org.assay.runtime.check.DataChecks;
import org.assay.runtime.check.Measurement;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.djl.MlpSpec;
import org.assay.runtime.pipeline.AssayPipeline;
import org.assay.runtime.pipeline.PipelineRun;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.spec.GateSpec;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A suite test {@code data mean of x nulls invalid > 0} over a real pipeline run: an empty cell is a FAIL with its row
 * in the details, as the engine decides, not an ERROR; without the policy the same data passes.
 */
class NullsInvalidSuiteTest {

	@TempDir
	Path project;

	private static ConstraintSpec mean(NullPolicy nulls) {
		return new ConstraintSpec("s.MeanX", "s.assay:12", List.of("s.R"), Statistic.MEAN, List.of("x"), Double.NaN, null,
				Double.NaN, null, nulls, List.of(new Criterion(Operator.GREATER, 0)));
	}

	private static Check check(ConstraintSpec spec) {
		return new Check() {
			@Override
			public String describe() {
				return DataChecks.constraint(spec).describe();
			}

			@Override
			public Measurement measure(PipelineRun run) {
				return DataChecks.constraint(spec).measure(run);
			}
		};
	}

	@Test
	void aNullThatNullsInvalidForbidsFailsWithItsRow() throws Exception {
		StringBuilder csv = new StringBuilder("x,c,y\n");
		for (int i = 0; i < 40; i++) {
			// line 7 (row 6) has no x
			csv.append(i == 5 ? "" : Integer.toString(1 + i % 10)).append(',').append(i % 2 == 0 ? "a" : "b").append(',')
					.append(i % 3 == 0 ? "p" : "n").append('\n');
		}
		Files.writeString(project.resolve("d.csv"), csv, StandardCharsets.UTF_8);
		AssayPipeline pipeline = new AssayPipeline() {
			@Override
			protected String name() {
				return "s.P";
			}

			@Override
			protected DatasetSpec dataset() {
				Schema schema = Schema.of(Column.real("x", 0, 100), Column.categorical("c", List.of("a", "b")),
						Column.categorical("y", List.of("p", "n")).asLabel());
				return new DatasetSpec("s.D", "s.assay:2", "d.csv", null, schema, List.of("train", "test"), new double[] { 50, 50 },
						1, null, new LinkedHashMap<>());
			}

			@Override
			protected List<GateSpec> gates() {
				return List.of();
			}

			@Override
			protected MlpSpec model() {
				return new MlpSpec(new int[] { 4 }, "relu", 0, 1, 8, "adam", 0.01, 1);
			}
		};
		try (SuiteContext suite = SuiteContext.open("s.S", pipeline, project)) {
			Evidence invalid = suite.evaluate("MeanX", List.of("s.R"), "s.assay:12", check(mean(NullPolicy.INVALID)),
					new Criterion(Operator.GREATER, 0), 0.95);
			assertEquals(Verdict.FAIL, invalid.verdict(), invalid.message());
			assertTrue(invalid.message().endsWith("FAIL — 1 null/NaN cell(s) met, which 'nulls invalid' forbids"), invalid.message());
			// the run's table is named by its file: the empty cell's line and row
			assertTrue(invalid.details().get(0).endsWith("d.csv:7: x=(empty) (row 6)"), invalid.details().toString());
			assertTrue(invalid.value() > 0, "the mean of the other rows is still reported: " + invalid.value());
			AssertionError required = assertThrows(AssertionError.class, () -> SuiteContext.require(invalid));
			assertTrue(required.getMessage().startsWith("FAIL"), required.getMessage());

			Evidence missing = suite.evaluate("MeanXMissing", List.of("s.R"), "s.assay:13", check(mean(NullPolicy.MISSING)),
					new Criterion(Operator.GREATER, 0), 0.95);
			assertEquals(Verdict.PASS, missing.verdict(), missing.message());
			assertEquals(invalid.value(), missing.value(), "the same value; only the policy differs");
		}
	}
}
