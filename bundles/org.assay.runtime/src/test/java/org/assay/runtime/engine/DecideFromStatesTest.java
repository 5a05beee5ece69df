package org.assay.runtime.engine;

import static org.assay.runtime.engine.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.stats.Criterion.Operator;
import org.junit.jupiter.api.Test;

/**
 * The engine's public seams for other engines and stores of states: plan, scan, encode, decode, merge and decide give
 * the results of {@link DataEngine#verify}.
 */
class DecideFromStatesTest {

	private static List<ConstraintSpec> specs() {
		return List.of(Specs.stat("rows", Statistic.ROW_COUNT, List.of(), NullPolicy.MISSING, at(Operator.GREATER, 10)),
				Specs.stat("complete age", Statistic.COMPLETENESS, List.of("age"), NullPolicy.MISSING, at(Operator.GREATER_OR_EQUAL, 0.99)),
				Specs.stat("unique id", Statistic.UNIQUENESS, "id", at(Operator.GREATER_OR_EQUAL, 1)),
				Specs.stat("mean income", Statistic.MEAN, "income", at(Operator.GREATER, 0)),
				Specs.stat("sd income", Statistic.STANDARD_DEVIATION, "income", at(Operator.LESS, 1e9)),
				Specs.argument("median", Statistic.QUANTILE, "income", 0.5, at(Operator.GREATER, 0)),
				Specs.where("adult", new RowCondition.Compare("age", Operator.GREATER_OR_EQUAL, 18), NullPolicy.MISSING,
						at(Operator.GREATER_OR_EQUAL, 0.99)),
				Specs.stat("mean of a text", Statistic.MEAN, "id", at(Operator.GREATER, 0)));
	}

	@Test
	void decidingDecodedStatesOfTwoHalvesGivesTheResultsOfOnePass() throws Exception {
		List<Object[]> rows = EngineData.rows(2000, 7);
		MemorySource whole = MemorySource.of(EngineData.SCHEMA, rows);
		EngineOptions options = EngineOptions.defaults().withThreads(1);
		EngineResult expected = DataEngine.verify(whole, specs(), options);

		Plan plan = DataEngine.plan(whole.name(), whole.schema(), specs(), options);
		assertEquals(6, plan.keys().size(), plan.keys().toString());
		ScanResult first = DataEngine.scan(MemorySource.of(EngineData.SCHEMA, rows.subList(0, 1200)), plan, 2);
		ScanResult second = DataEngine.scan(MemorySource.of(EngineData.SCHEMA, rows.subList(1200, 2000)), plan, 2);
		Map<StateKey, MetricState> merged = new LinkedHashMap<>();
		for (StateKey key : plan.keys()) {
			MetricState a = StateCodec.decode(StateCodec.encode(first.states().get(key)));
			MetricState b = StateCodec.decode(StateCodec.encode(second.states().get(key)));
			b.relocate(first.rows(), first.rows());
			a.merge(b);
			merged.put(key, a);
		}
		EngineResult decided = DataEngine.decide(plan, merged, first.rows() + second.rows(), null, whole, options);
		assertEquals(expected.rows(), decided.rows());
		for (int i = 0; i < specs().size(); i++) {
			ConstraintResult want = expected.constraints().get(i);
			ConstraintResult got = decided.constraints().get(i);
			assertEquals(want.verdict(), got.verdict(), want.message());
			assertEquals(want.message(), got.message());
			assertEquals(want.counterexamples(), got.counterexamples(), want.message());
		}
		assertEquals("DISTINCT_VALUES(id)/MISSING", plan.keyOf(2).id());
		assertEquals(null, plan.keyOf(7));
	}

	@Test
	void aMissingStateIsRefusedByName() {
		MemorySource source = MemorySource.of(EngineData.SCHEMA, EngineData.rows(10, 1));
		Plan plan = DataEngine.plan(source.name(), source.schema(), specs(), EngineOptions.defaults());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> DataEngine.decide(plan, Map.of(), 10, null, null, EngineOptions.defaults()));
		assertEquals("no state ROW_COUNT()/MISSING was computed for " + source.name(), e.getMessage());
	}
}
