package org.assay.runtime.engine;

import static org.assay.runtime.engine.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Row conditions: each record kind against a per-row reference written here, nulls left out or failing by policy,
 * invalid cells failing, located counterexamples across chunks and multi-line rows, referential containment.
 */
class RowConditionTest {

	private static final List<Object[]> ROWS = EngineData.rows(200, 5);

	/** The reference share and failing rows (from 0) of a condition reading {@code columns}. */
	private record Expected(double share, List<Integer> failing) {
	}

	private static Expected expected(int[] columns, NullPolicy policy, Predicate<Object[]> condition) {
		long satisfied = 0;
		long decided = 0;
		List<Integer> failing = new ArrayList<>();
		for (int i = 0; i < ROWS.size(); i++) {
			Object[] row = ROWS.get(i);
			boolean invalid = false;
			boolean missing = false;
			for (int c : columns) {
				invalid |= row[c] instanceof MemorySource.Invalid;
				missing |= row[c] == null || row[c] instanceof Double d && d.isNaN();
			}
			boolean fails;
			if (invalid) {
				fails = true;
			} else if (missing) {
				if (policy != NullPolicy.INVALID) {
					continue;
				}
				fails = true;
			} else {
				fails = !condition.test(row);
			}
			decided++;
			if (fails) {
				failing.add(i);
			} else {
				satisfied++;
			}
		}
		return new Expected((double) satisfied / decided, failing);
	}

	private static void assertCondition(RowCondition condition, int[] columns, NullPolicy policy, Predicate<Object[]> reference) {
		Expected expected = expected(columns, policy, reference);
		MemorySource source = MemorySource.of(EngineData.SCHEMA, ROWS).split(3, 60, 0, 137).batchSize(4)
				.spans(ROWS.stream().mapToInt(r -> r[EngineData.SCORE] instanceof Double d && d < 0.1 ? 2 : 1).toArray());
		ConstraintSpec passing = Specs.where("p", condition, policy, at(Operator.GREATER_OR_EQUAL, expected.share()));
		ConstraintSpec failing = Specs.where("f", condition, policy, at(Operator.GREATER, expected.share()));
		EngineResult result = DataEngine.verify(source, List.of(passing, failing), EngineOptions.defaults().withThreads(3));
		ConstraintResult pass = result.get("p");
		assertEquals(expected.share(), pass.measurement().interval().estimate(), 0, pass.message());
		assertEquals(Verdict.PASS, pass.verdict(), pass.message());
		assertEquals(Verdict.FAIL, result.get("f").verdict());
		List<Integer> first = expected.failing().subList(0, Math.min(5, expected.failing().size()));
		assertEquals(first.stream().map(r -> (long) r + 1).toList(), pass.counterexamples().stream().map(Counterexample::row).toList());
		assertEquals(first.stream().map(source::fileLine).toList(), pass.counterexamples().stream().map(Counterexample::line).toList());
	}

	private static double number(Object[] row, int column) {
		return (Double) row[column];
	}

	@Test
	void everyConditionKindAgainstARowByRowReference() {
		for (NullPolicy policy : NullPolicy.values()) {
			assertCondition(new RowCondition.Compare("age", Operator.GREATER_OR_EQUAL, 18), new int[] { EngineData.AGE }, policy,
					r -> number(r, EngineData.AGE) >= 18);
			assertCondition(new RowCondition.CompareColumns("start", Operator.LESS_OR_EQUAL, "end"),
					new int[] { EngineData.START, EngineData.END }, policy, r -> number(r, EngineData.START) <= number(r, EngineData.END));
			assertCondition(new RowCondition.InRange("score", 0.2, 0.8), new int[] { EngineData.SCORE }, policy,
					r -> number(r, EngineData.SCORE) >= 0.2 && number(r, EngineData.SCORE) <= 0.8);
			assertCondition(new RowCondition.InSet("country", List.of("DE", "Non-EU")), new int[] { EngineData.COUNTRY }, policy,
					r -> List.of("DE", "Non-EU").contains(r[EngineData.COUNTRY]));
			assertCondition(new RowCondition.Matches("id", "C-[0-9]+"), new int[] { EngineData.ID }, policy,
					r -> ((String) r[EngineData.ID]).matches("C-[0-9]+"));
			assertCondition(new RowCondition.LengthInRange("id", 3, 4), new int[] { EngineData.ID }, policy, r -> {
				String id = (String) r[EngineData.ID];
				int length = id.codePointCount(0, id.length());
				return length >= 3 && length <= 4;
			});
			RowCondition combined = new RowCondition.And(new RowCondition.Compare("age", Operator.GREATER_OR_EQUAL, 18),
					new RowCondition.Or(new RowCondition.InSet("country", List.of("DE")),
							new RowCondition.Not(new RowCondition.Compare("income", Operator.GREATER, 30000))));
			assertCondition(combined, new int[] { EngineData.AGE, EngineData.COUNTRY, EngineData.INCOME }, policy,
					r -> number(r, EngineData.AGE) >= 18
							&& ("DE".equals(r[EngineData.COUNTRY]) || !(number(r, EngineData.INCOME) > 30000)));
		}
	}

	@Test
	void messagesShowTheConditionAsTheLanguageWritesIt() {
		RowCondition condition = new RowCondition.And(new RowCondition.InRange("score", 0, Double.POSITIVE_INFINITY),
				new RowCondition.Or(new RowCondition.InSet("country", List.of("DE", "Non-EU")),
						new RowCondition.Not(new RowCondition.Matches("id", "C-[0-9]+"))));
		ConstraintResult result = DataEngine.verify(MemorySource.of(EngineData.SCHEMA, ROWS),
				List.of(Specs.where("w", condition, NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 0))), EngineOptions.defaults())
				.get("w");
		assertTrue(result.message().startsWith(
				"share of rows where score in 0 .. * and (country in [\"DE\", \"Non-EU\"] or not id matches \"C-[0-9]+\") = "),
				result.message());
	}

	@Test
	void referentialContainmentReadsTheOtherDatasetOnce() {
		Schema customers = Schema.of(Column.text("id"), Column.integer("n", 0, 10));
		List<Object[]> known = new ArrayList<>();
		for (int i = 0; i < 200; i += 2) {
			known.add(new Object[] { "C-" + i, 1.0 });
		}
		known.add(new Object[] { null, 1.0 });
		int[] opened = { 0 };
		EngineOptions options = EngineOptions.defaults().withReferences(name -> {
			assertEquals("Customers", name);
			opened[0]++;
			return new MemorySource("data/customers.csv", customers, known).split(40, 61);
		});
		RowCondition in = new RowCondition.InColumn("id", "Customers", "id");
		Expected expected = expected(new int[] { EngineData.ID }, NullPolicy.MISSING, r -> {
			String id = (String) r[EngineData.ID];
			return id.matches("C-[0-9]+") && Integer.parseInt(id.substring(2)) % 2 == 0;
		});
		EngineResult result = DataEngine.verify(MemorySource.of(EngineData.SCHEMA, ROWS).split(100, 100),
				List.of(Specs.where("ref", in, NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 0.99)),
						Specs.where("ref2", in, NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 0.1))),
				options);
		assertEquals(expected.share(), result.get("ref").measurement().interval().estimate(), 0);
		assertEquals(Verdict.FAIL, result.get("ref").verdict());
		assertEquals(Verdict.PASS, result.get("ref2").verdict());
		assertEquals(1, opened[0], "the referenced column is read once for both constraints");
		assertTrue(result.get("ref").counterexamples().get(0).located("data/test.csv").startsWith("data/test.csv:"),
				result.get("ref").counterexamples().toString());
		// without the other dataset: a clear ERROR, not an exception
		ConstraintResult missing = DataEngine.verify(MemorySource.of(EngineData.SCHEMA, ROWS),
				List.of(Specs.where("ref", in, NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 0.99))), EngineOptions.defaults())
				.get("ref");
		assertEquals(Verdict.ERROR, missing.verdict());
		assertTrue(missing.message().contains("dataset Customers, which is not available"), missing.message());
	}
}
