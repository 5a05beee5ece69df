package org.assay.runtime.engine;

import static org.assay.runtime.engine.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.stats.Criterion.Operator;
import org.junit.jupiter.api.Test;

/**
 * The constraints are decided on several threads, those reading one state one after the other (a quantile reorders its
 * state's values): many constraints sharing states give the same results on 1 and 4 threads, every time.
 */
class DecideInParallelTest {

	private static final List<Object[]> ROWS = EngineData.rows(2_000, 31);

	private static List<ConstraintSpec> sharing() {
		List<ConstraintSpec> specs = new ArrayList<>();
		for (String column : List.of("age", "income", "score")) {
			for (double q : new double[] { 0.05, 0.25, 0.5, 0.75, 0.95 }) {
				specs.add(Specs.argument(column + " q" + q, Statistic.QUANTILE, column, q, at(Operator.GREATER, 0)));
				specs.add(Specs.approxQuantile(column + " approx q" + q, column, q, 0.01, at(Operator.GREATER, 0)));
			}
			for (Statistic statistic : List.of(Statistic.UNIQUENESS, Statistic.DISTINCTNESS, Statistic.DISTINCT_COUNT,
					Statistic.ENTROPY, Statistic.TOP_FREQUENCY, Statistic.MINIMUM, Statistic.MAXIMUM, Statistic.MEAN,
					Statistic.STANDARD_DEVIATION, Statistic.COMPLETENESS)) {
				specs.add(Specs.stat(column + " " + statistic, statistic, column, at(Operator.GREATER, 0)));
			}
		}
		return specs;
	}

	@Test
	void sharedStatesGiveTheSameResultsOnOneAndOnSeveralThreads() {
		List<ConstraintSpec> specs = sharing();
		List<String> alone = said(DataEngine.verify(MemorySource.of(EngineData.SCHEMA, ROWS).split(700, 700, 600),
				specs, EngineOptions.defaults().withThreads(1)));
		assertEquals(specs.size(), alone.size());
		for (int run = 0; run < 20; run++) {
			List<String> together = said(DataEngine.verify(MemorySource.of(EngineData.SCHEMA, ROWS).split(700, 700, 600),
					specs, EngineOptions.defaults().withThreads(4)));
			assertEquals(alone, together, "run " + run);
		}
	}

	/**
	 * The longest to decide are handed to the pool first (a selection over exact values, then exact distinct values),
	 * the others after them in plan order: a quantile's selection does not start when the other threads are done.
	 */
	@Test
	void theLongestToDecideAreStartedFirst() {
		java.util.Map<StateKey, List<Integer>> byState = new java.util.LinkedHashMap<>();
		org.assay.runtime.constraint.NullPolicy missing = org.assay.runtime.constraint.NullPolicy.MISSING;
		byState.put(new StateKey(org.assay.runtime.engine.state.StateKind.COMPLETENESS, List.of("id"), missing, ""), List.of(0, 1));
		byState.put(new StateKey(org.assay.runtime.engine.state.StateKind.DISTINCT_VALUES, List.of("id"), missing, ""), List.of(2));
		byState.put(new StateKey(org.assay.runtime.engine.state.StateKind.MOMENTS, List.of("score"), missing, ""), List.of(3));
		byState.put(new StateKey(org.assay.runtime.engine.state.StateKind.KLL, List.of("income"), missing, "k200"), List.of(4));
		byState.put(new StateKey(org.assay.runtime.engine.state.StateKind.HLL, List.of("name"), missing, ""), List.of(5));
		byState.put(new StateKey(org.assay.runtime.engine.state.StateKind.VALUES, List.of("age"), missing, ""), List.of(6, 7));
		assertEquals(List.of(List.of(4), List.of(6, 7), List.of(2), List.of(0, 1), List.of(3), List.of(5)),
				DataEngine.longestFirst(byState));
	}

	private static List<String> said(EngineResult result) {
		return result.constraints().stream().map(c -> c.verdict() + " " + c.message()
				+ (c.measurement() == null ? "" : " " + c.measurement().interval())).toList();
	}
}
