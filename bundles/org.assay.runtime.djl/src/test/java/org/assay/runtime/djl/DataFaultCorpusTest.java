package org.assay.runtime.djl;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.pipeline.AssayPipeline;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.spec.GateSpec;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.assay.runtime.suite.Checks;
import org.assay.runtime.suite.SuiteContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data fault corpus run through a pipeline and a suite: every broken file ends in an explicit ERROR or NO_DATA
 * verdict whose message locates the problem, never in a crash or a silently coerced value.
 */
class DataFaultCorpusTest {

	@TempDir
	Path project;

	static final String HEADER = "x,c,y\n";

	static Stream<Arguments> corpus() {
		StringBuilder valid = new StringBuilder(HEADER);
		for (int i = 0; i < 40; i++) {
			valid.append(i % 10).append(',').append(i % 2 == 0 ? "a" : "b").append(',').append(i % 3 == 0 ? "p" : "n").append('\n');
		}
		String rows = valid.substring(HEADER.length());
		return Stream.of(
				Arguments.of("empty file", new byte[0], Verdict.ERROR, "d.csv:1:0: empty-file"),
				Arguments.of("header only", HEADER.getBytes(StandardCharsets.UTF_8), Verdict.ERROR, "d.csv:2:0: no-rows"),
				Arguments.of("missing column", ("x,y\n" + "1,p\n").getBytes(StandardCharsets.UTF_8), Verdict.ERROR,
						"d.csv:1:0: missing-column"),
				Arguments.of("ragged row", (HEADER + "1,a,p\n2,b\n").getBytes(StandardCharsets.UTF_8), Verdict.ERROR,
						"d.csv:3:0: ragged-row"),
				Arguments.of("not UTF-8", (HEADER + "1,a,p\n2,\u00e4,n\n").getBytes(StandardCharsets.ISO_8859_1), Verdict.ERROR,
						"d.csv:3:3: not-utf8"),
				Arguments.of("NaN", (HEADER + "NaN,a,p\n" + rows).getBytes(StandardCharsets.UTF_8), Verdict.ERROR,
						"d.csv:2:1: nan"),
				Arguments.of("wrong type", (HEADER + "one,a,p\n" + rows).getBytes(StandardCharsets.UTF_8), Verdict.ERROR,
						"d.csv:2:1: wrong-type"),
				Arguments.of("unknown category", (HEADER + "1,z,p\n" + rows).getBytes(StandardCharsets.UTF_8), Verdict.ERROR,
						"d.csv:2:2: unknown-category"),
				Arguments.of("no file", null, Verdict.NO_DATA, "does not exist"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void brokenDataGivesALocatedErrorOrNoDataVerdict(String name, byte[] content, Verdict expected, String located)
			throws Exception {
		if (content != null) {
			Files.write(project.resolve("d.csv"), content);
		}
		AssayPipeline pipeline = new AssayPipeline() {
			@Override
			protected String name() {
				return "faults.P";
			}

			@Override
			protected DatasetSpec dataset() {
				Schema schema = Schema.of(Column.real("x", 0, 100), Column.categorical("c", List.of("a", "b")),
						Column.categorical("y", List.of("p", "n")).asLabel());
				return new DatasetSpec("faults.D", "faults.assay:2", "d.csv", null, schema, List.of("train", "test"),
						new double[] { 50, 50 }, 1, null, new LinkedHashMap<>());
			}

			@Override
			protected List<GateSpec> gates() {
				// a strict validity gate: invalid cells stop the pipeline instead of being trained on
				return List.of(new GateSpec("validity", new Criterion(Operator.GREATER_OR_EQUAL, 1.0), "faults.assay:9"));
			}

			@Override
			protected MlpSpec model() {
				return new MlpSpec(new int[] { 4 }, "relu", 0, 1, 8, "adam", 0.01, 1);
			}
		};
		try (SuiteContext suite = SuiteContext.open("faults.S", pipeline, project)) {
			Evidence evidence = suite.evaluate("T", List.of("faults.R"), "faults.assay:20", Checks.threshold("accuracy", "test", 0.95),
					new Criterion(Operator.GREATER_OR_EQUAL, 0.5), 0.95);
			assertEquals(expected, evidence.verdict(), evidence.message());
			String text = evidence.message() + "\n" + String.join("\n", evidence.details());
			assertTrue(text.contains(located), () -> "expected '" + located + "' in:\n" + text);
			assertTrue(Double.isNaN(evidence.value()), "no value is reported for unusable data");
		}
	}
}
