package org.assay.runtime.profile;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.ConstraintResult;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.engine.EngineResult;
import org.assay.runtime.profile.InferredColumn.Type;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.RowSources;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles real files through the CSV row source, declares the inferred columns, and runs every suggested constraint
 * with the one-pass engine over the same file: each must PASS, and the declaration must leave no value invalid.
 */
class SuggestionsHoldTest {

	@TempDir
	Path folder;

	private static DatasetSpec spec(String path, Schema schema) {
		return new DatasetSpec("profiled", path, path, null, schema, List.of(), new double[0], 0, null, Map.of());
	}

	private static void assertSuggestionsHold(Path project, String path, String label) throws Exception {
		List<String> names;
		try (var lines = Files.lines(project.resolve(path))) {
			names = List.of(lines.findFirst().orElseThrow().split(",", -1));
		}
		DataProfile profile;
		try (RowSource source = RowSources.open(project, spec(path, new Schema(names.stream().map(Column::text).toList())),
				SourceFormat.CSV)) {
			profile = Profiler.profile(source, 3);
		}
		List<InferredColumn> declared = profile.columns().stream().map(c -> Inference.infer(c, c.name().equals(label)))
				.filter(c -> c.type() != Type.EMPTY).toList();
		List<ConstraintSpec> suggestions = Suggestions.suggest(profile, declared);
		try (RowSource source = RowSources.open(project, spec(path, new Schema(declared.stream().map(InferredColumn::declaration)
				.toList())), SourceFormat.CSV)) {
			EngineResult result = DataEngine.verify(source, suggestions, EngineOptions.defaults().withThreads(2));
			assertEquals(profile.rows(), result.rows());
			for (ConstraintResult constraint : result.constraints()) {
				assertEquals(Verdict.PASS, constraint.verdict(), constraint.constraint().name() + ": " + constraint.message());
				assertEquals(0, constraint.invalid(), constraint.constraint().name() + ": the declaration allows every value");
			}
			assertEquals(suggestions.size(), result.constraints().size());
		}
	}

	@Test
	void everySuggestionPassesOnTheShippedData() throws Exception {
		assertSuggestionsHold(Paths.get("../../examples/german-credit"), "data/german_credit.csv", "risk");
		assertSuggestionsHold(Paths.get("../../examples/breast-cancer"), "data/breast_cancer.csv", "diagnosis");
		assertSuggestionsHold(Paths.get("../../examples/diabetes"), "data/diabetes.csv", "progression");
	}

	@Test
	void everySuggestionPassesOnAwkwardValues() throws Exception {
		StringBuilder csv = new StringBuilder("id,city,score,mixed,note,empty,outcome\n");
		String[] cities = { "New York", "\"say \"\"hi\"\" \\ ok\"", "-", "  spaced  ", "" };
		for (int i = 1; i <= 200; i++) {
			csv.append(i).append(',').append(cities[i % 5]).append(',')
					.append(i % 30 == 0 ? "NaN" : i % 11 == 0 ? "" : Double.toString(i / 7.0)).append(',')
					.append(i % 9 == 0 ? "-" : Integer.toString(i * 7)).append(',')
					.append(i % 10 == 0 ? "\"two\nlines, \"\"quoted\"\"\"" : "note " + i).append(",,")
					.append(i % 3 == 0 ? "yes" : "no").append('\n');
		}
		Files.writeString(folder.resolve("awkward.csv"), csv);
		assertSuggestionsHold(folder, "awkward.csv", "outcome");
	}
}
