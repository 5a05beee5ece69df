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

	private static List<String> said(EngineResult result) {
		return result.constraints().stream().map(c -> c.verdict() + " " + c.message()
				+ (c.measurement() == null ? "" : " " + c.measurement().interval())).toList();
	}
}
