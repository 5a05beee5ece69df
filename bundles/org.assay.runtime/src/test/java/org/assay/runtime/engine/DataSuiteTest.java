package org.assay.runtime.engine;

import static org.assay.runtime.engine.Specs.at;
import static org.assay.runtime.engine.Specs.between;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data suite over a real CSV file (the runtime's CSV row source): evidence, findings and located counterexamples. */
class DataSuiteTest {

	private static final String CSV = """
			id,age,country,note
			C-1,34,DE,plain
			C-2, 17 ,FR,"quoted, with comma"
			C-3,,"Non-EU","two
			lines"
			C-4,NaN,DE,-
			C-5,52,XX,
			C-5,15,DE," spaces "
			""";

	private static DatasetSpec dataset(String path) {
		Schema schema = Schema.of(Column.text("id"), Column.integer("age", 0, 150),
				Column.categorical("country", List.of("DE", "FR", "Non-EU")), Column.text("note"));
		return new DatasetSpec("shop.People", "model.assay:3", path, null, schema, List.of(), new double[0], 1, null, Map.of());
	}

	private static ConstraintSpec named(String name, ConstraintSpec spec) {
		return new ConstraintSpec(name, spec.source(), spec.requirements(), spec.statistic(), spec.columns(), spec.argument(),
				spec.value(), spec.rankError(), spec.condition(), spec.nulls(), spec.criteria());
	}

	@Test
	void evaluatesEveryConstraintFromOnePassAndRecordsLocatedEvidence(@TempDir Path project) throws IOException {
		Files.createDirectories(project.resolve("data"));
		Files.writeString(project.resolve("data/people.csv"), CSV, StandardCharsets.UTF_8);
		List<ConstraintSpec> constraints = List.of(
				named("shop.People.Adults", Specs.where("w", new RowCondition.Compare("age", Operator.GREATER_OR_EQUAL, 18),
						NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 0.9))),
				named("shop.People.IdUnique", Specs.stat("u", Statistic.UNIQUENESS, "id", at(Operator.EQUAL, 1))),
				named("shop.People.Rows", Specs.stat("r", Statistic.ROW_COUNT, List.of(), NullPolicy.MISSING, between(1, 10))));
		Evidence adults;
		Evidence unique;
		Evidence rows;
		try (DataSuite suite = DataSuite.open("shop.People.checks", dataset("data/people.csv"), SourceFormat.CSV, constraints,
				project)) {
			adults = suite.evaluate("shop.People.Adults");
			unique = suite.evaluate("IdUnique");
			rows = suite.evaluate("shop.People.Rows");
		}
		assertEquals("Adults", adults.test());
		assertEquals("shop.People.checks", adults.suite());
		// ages 34, 17, 52, 15 decide (null and NaN left out): 2 of 4
		assertEquals(0.5, adults.value());
		assertEquals(Verdict.FAIL, adults.verdict());
		// the file's lines: C-2 on line 3, C-5 (15) on line 8 after the two-line row
		assertEquals("data/people.csv:3: age='17' (row 2)", adults.details().get(0));
		assertEquals("data/people.csv:8: age='15' (row 6)", adults.details().get(1));
		assertEquals(Verdict.FAIL, unique.verdict());
		assertEquals(4.0 / 6, unique.value(), 1e-15);
		assertTrue(unique.details().get(0).contains("'C-5' ×2"), unique.details().toString());
		assertEquals(6.0, rows.value());
		assertEquals(Verdict.PASS, rows.verdict());
		assertThrows(AssertionError.class, () -> DataSuite.require(adults));
		DataSuite.require(rows);
		List<String> lines = Files.readAllLines(project.resolve(RunsFile.PATH));
		assertEquals(1, lines.stream().filter(l -> l.contains("\"record\":\"data\"")).count(), "findings recorded once");
		assertEquals(3, lines.stream().filter(l -> l.contains("\"record\":\"evidence\"")).count());
		assertTrue(lines.stream().anyMatch(l -> l.contains("XX")), "the undeclared category is in the data findings");
	}

	@Test
	void aMissingFileIsNoDataAndAnUnknownConstraintAnError(@TempDir Path project) {
		ConstraintSpec rows = named("shop.People.Rows", Specs.stat("r", Statistic.ROW_COUNT, List.of(), NullPolicy.MISSING,
				at(Operator.GREATER, 0)));
		DataSuite suite = DataSuite.open("shop.People.checks", dataset("data/absent.csv"), SourceFormat.CSV, List.of(rows), project);
		Evidence missing = suite.evaluate("shop.People.Rows");
		assertEquals(Verdict.NO_DATA, missing.verdict());
		assertTrue(missing.message().contains("data file data/absent.csv does not exist"), missing.message());
		Evidence unknown = suite.evaluate("Nope");
		assertEquals(Verdict.ERROR, unknown.verdict());
		assertTrue(unknown.message().contains("no constraint Nope in shop.People.checks"), unknown.message());
	}
}
