package org.assay.runtime.engine;

import static org.assay.runtime.engine.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.Schema;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;

/** Null and NaN policies, empty and all-null data (NO_DATA), impossible requests and unreadable files (ERROR). */
class NullsAndErrorsTest {

	private static final Schema SCHEMA = Schema.of(Column.real("x", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
			Column.real("y", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), Column.categorical("c", List.of("a", "b")),
			Column.text("t"));

	private static final Criterion ANY = at(Operator.GREATER_OR_EQUAL, Double.NEGATIVE_INFINITY);

	/** x: 1, NaN, 3, null, 5, NaN, 7 — with a NaN never poisoning a minimum or maximum. */
	private static List<Object[]> withNaN() {
		List<Object[]> rows = new ArrayList<>();
		Object[] xs = { 1.0, Double.NaN, 3.0, null, 5.0, Double.NaN, 7.0 };
		for (Object x : xs) {
			rows.add(new Object[] { x, 1.0, "a", "t" });
		}
		return rows;
	}

	private static ConstraintResult one(MemorySource source, ConstraintSpec spec) {
		return DataEngine.verify(source, List.of(spec), EngineOptions.defaults()).constraints().get(0);
	}

	@Test
	void nanIsLeftOutUnderMissingAndIgnoredAndFailsUnderInvalid() {
		for (NullPolicy policy : List.of(NullPolicy.MISSING, NullPolicy.IGNORED)) {
			ConstraintResult max = one(MemorySource.of(SCHEMA, withNaN()), Specs.stat("max", Statistic.MAXIMUM, List.of("x"), policy,
					at(Operator.LESS_OR_EQUAL, 7)));
			assertEquals(7.0, max.measurement().interval().estimate(), max.message());
			assertEquals(Verdict.PASS, max.verdict());
			assertEquals(2, max.nans());
			assertEquals(1, max.nulls());
			ConstraintResult mean = one(MemorySource.of(SCHEMA, withNaN()), Specs.stat("mean", Statistic.MEAN, List.of("x"), policy,
					at(Operator.EQUAL, 4)));
			assertEquals(Verdict.PASS, mean.verdict(), mean.message());
		}
		MemorySource source = MemorySource.of(SCHEMA, withNaN()).split(2, 5);
		ConstraintResult invalid = one(source, Specs.stat("mean", Statistic.MEAN, List.of("x"), NullPolicy.INVALID,
				at(Operator.EQUAL, 4)));
		assertEquals(Verdict.FAIL, invalid.verdict(), invalid.message());
		assertEquals(List.of(3L, 5L, 7L), invalid.counterexamples().stream().map(Counterexample::line).toList());
		assertTrue(invalid.message().contains("null/NaN"), invalid.message());
		assertTrue(invalid.counterexamples().get(0).values().contains("x='NaN'"), invalid.counterexamples().toString());
	}

	@Test
	void allNullAndEmptyDataIsNoData() {
		List<Object[]> nulls = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			nulls.add(new Object[] { null, i % 2 == 0 ? null : Double.NaN, null, null });
		}
		List<ConstraintSpec> specs = new ArrayList<>();
		for (Statistic statistic : List.of(Statistic.MINIMUM, Statistic.MAXIMUM, Statistic.SUM, Statistic.MEAN,
				Statistic.STANDARD_DEVIATION, Statistic.UNIQUENESS, Statistic.DISTINCTNESS, Statistic.DISTINCT_COUNT,
				Statistic.APPROX_DISTINCT_COUNT, Statistic.ENTROPY)) {
			specs.add(Specs.stat(statistic.name(), statistic, "x", ANY));
		}
		specs.add(Specs.argument("QUANTILE", Statistic.QUANTILE, "x", 0.5, ANY));
		specs.add(Specs.approxQuantile("APPROX_QUANTILE", "x", 0.5, 0.01, ANY));
		specs.add(Specs.argument("TOP", Statistic.TOP_FREQUENCY, "c", 1, ANY));
		specs.add(Specs.frequency("FREQUENCY", "c", "a", ANY));
		specs.add(Specs.stat("MIN_LENGTH", Statistic.MIN_LENGTH, "t", ANY));
		specs.add(Specs.stat("MAX_LENGTH", Statistic.MAX_LENGTH, "t", ANY));
		specs.add(Specs.stat("CORRELATION", Statistic.CORRELATION, List.of("x", "y"), NullPolicy.MISSING, ANY));
		specs.add(Specs.stat("COMPLETENESS_IGNORED", Statistic.COMPLETENESS, List.of("y"), NullPolicy.IGNORED, ANY));
		specs.add(Specs.where("WHERE", new RowCondition.InRange("x", 0, 1), NullPolicy.MISSING, ANY));
		for (MemorySource source : List.of(MemorySource.of(SCHEMA, nulls).split(1, 5), MemorySource.of(SCHEMA, List.<Object[]>of()),
				MemorySource.of(SCHEMA, List.<Object[]>of()).split())) {
			EngineResult result = DataEngine.verify(source, specs, EngineOptions.defaults());
			for (ConstraintResult c : result.constraints()) {
				boolean ignoredCompleteness = c.constraint().name().equals("COMPLETENESS_IGNORED") && result.rows() > 0;
				// y holds nulls and NaN: ignoring NaN leaves the nulls, a completeness of 0
				assertEquals(ignoredCompleteness ? Verdict.PASS : Verdict.NO_DATA, c.verdict(), c.message());
			}
		}
		ConstraintResult completeness = one(MemorySource.of(SCHEMA, nulls),
				Specs.stat("c", Statistic.COMPLETENESS, "x", at(Operator.GREATER_OR_EQUAL, 0.5)));
		assertEquals(0.0, completeness.measurement().interval().estimate());
		assertEquals(Verdict.FAIL, completeness.verdict());
		assertEquals(5, completeness.counterexamples().size());
		ConstraintResult rows = one(MemorySource.of(SCHEMA, List.<Object[]>of()),
				Specs.stat("rows", Statistic.ROW_COUNT, List.of(), NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 1)));
		assertEquals(Verdict.FAIL, rows.verdict(), "an empty file has 0 rows");
	}

	@Test
	void aRangeOnACategoryIsAnErrorThatShowsTheRange() {
		EngineResult result = DataEngine.verify(MemorySource.of(SCHEMA, withNaN()), List.of(Specs.where("range",
				new RowCondition.InRange("c", 0, 1), NullPolicy.MISSING, ANY)), EngineOptions.defaults());
		ConstraintResult range = result.constraints().get(0);
		assertEquals(Verdict.ERROR, range.verdict());
		assertTrue(range.message().contains("'in 0.0 .. 1.0' compares numbers, but c is not a numeric column; use 'in [...]' "
				+ "or 'matches' on it"), range.message());
	}

	@Test
	void impossibleRequestsAreErrorsThatSayWhy() {
		List<ConstraintSpec> specs = List.of(Specs.stat("unknown", Statistic.MEAN, "nope", ANY),
				Specs.stat("category", Statistic.MEAN, "c", ANY), Specs.argument("q", Statistic.QUANTILE, "x", 1.5, ANY),
				Specs.approxQuantile("rank", "x", 0.5, 0.7, ANY), Specs.argument("top", Statistic.TOP_FREQUENCY, "c", 0, ANY),
				Specs.stat("pair", Statistic.CORRELATION, List.of("x", "x"), NullPolicy.MISSING, ANY),
				Specs.where("regex", new RowCondition.Matches("t", "C[0-9"), NullPolicy.MISSING, ANY),
				Specs.where("range", new RowCondition.InRange("x", 5, 1), NullPolicy.MISSING, ANY),
				Specs.where("compare", new RowCondition.Compare("c", Operator.LESS, 1), NullPolicy.MISSING, ANY),
				Specs.stat("unbounded", Statistic.MEAN, "x"), Specs.stat("fine", Statistic.MEAN, "x", ANY));
		EngineResult result = DataEngine.verify(MemorySource.of(SCHEMA, withNaN()), specs, EngineOptions.defaults());
		String[] reasons = { "has no column 'nope' (its columns: x, y, c, t)", "mean needs a numeric column, but c is not numeric",
				"a quantile lies in 0 .. 1", "rank error 0.7", "top_frequency needs a whole number", "two different numeric columns",
				"does not compile: Unclosed character class", "is empty; write the lower end first", "c is not a numeric column",
				"has no bound", "" };
		for (int i = 0; i < reasons.length; i++) {
			ConstraintResult c = result.constraints().get(i);
			if (reasons[i].isEmpty()) {
				assertEquals(Verdict.PASS, c.verdict(), c.message());
			} else {
				assertEquals(Verdict.ERROR, c.verdict(), c.constraint().name());
				assertTrue(c.message().contains(reasons[i]), c.message());
				assertTrue(c.message().startsWith(c.constraint().source() + ": "), c.message());
			}
		}
	}

	@Test
	void anUnreadableFileMakesEveryConstraintAnErrorWithTheLocatedProblem() {
		List<ConstraintSpec> specs = List.of(Specs.stat("mean", Statistic.MEAN, "x", ANY), Specs.stat("rows", Statistic.ROW_COUNT,
				List.of(), NullPolicy.MISSING, ANY));
		DataProblem header = new DataProblem("data/test.csv", 1, 3, DataProblem.Kind.MISSING_COLUMN, "no column 'c' in the header");
		MemorySource broken = MemorySource.of(SCHEMA, withNaN()).fatal(header);
		EngineResult result = DataEngine.verify(broken, specs, EngineOptions.defaults());
		for (ConstraintResult c : result.constraints()) {
			assertEquals(Verdict.ERROR, c.verdict());
			assertTrue(c.message().contains("data/test.csv:1:3: missing-column: no column 'c'"), c.message());
		}
		assertEquals(List.of(header), result.fatalProblems());
		EngineResult ragged = DataEngine.verify(MemorySource.of(SCHEMA, withNaN()).split(3, 4).failingChunk(1), specs,
				EngineOptions.defaults().withThreads(2));
		for (ConstraintResult c : ragged.constraints()) {
			assertEquals(Verdict.ERROR, c.verdict());
			assertTrue(c.message().contains("data/test.csv:5: ragged row"), c.message());
		}
		assertFalse(ragged.fatalProblems().isEmpty());
	}

	@Test
	void constraintsSharingAMetricShareOneState() {
		List<ConstraintSpec> specs = List.of(Specs.stat("a", Statistic.MEAN, "x", ANY), Specs.stat("b",
				Statistic.STANDARD_DEVIATION, "x", ANY), Specs.stat("c", Statistic.SUM, "x", ANY), Specs.stat("d", Statistic.MINIMUM,
				"x", ANY), Specs.stat("e", Statistic.MAXIMUM, "x", ANY), Specs.stat("f", Statistic.UNIQUENESS, "c", ANY),
				Specs.stat("g", Statistic.ENTROPY, "c", ANY), Specs.stat("h", Statistic.MEAN, "y", ANY));
		MemorySource source = MemorySource.of(SCHEMA, withNaN());
		Plan plan = DataEngine.plan(source.name(), source.schema(), specs, EngineOptions.defaults());
		for (int i = 0; i < specs.size(); i++) {
			assertEquals(null, plan.error(i));
		}
		assertEquals(4, plan.keys().size(), plan.keys().toString());
	}
}
