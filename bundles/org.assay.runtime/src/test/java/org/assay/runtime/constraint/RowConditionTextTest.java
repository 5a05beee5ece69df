package org.assay.runtime.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.List;

import org.assay.runtime.engine.StateKey;
import org.assay.runtime.engine.state.StateKind;
import org.assay.runtime.stats.Criterion.Operator;
import org.junit.jupiter.api.Test;

/**
 * Conditions and state keys write their text themselves (a record's own toString needs a bootstrap at its first call):
 * it must stay the record form, which state keys and stored states hold ({@code InRange[column=score, low=0.0, high=1.0]}).
 */
class RowConditionTextTest {

	/** The text {@link Record#toString} gives: the simple name, then each component as name=value. */
	private static String recordForm(Record record) throws ReflectiveOperationException {
		StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
		RecordComponent[] components = record.getClass().getRecordComponents();
		for (int i = 0; i < components.length; i++) {
			text.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=')
					.append(components[i].getAccessor().invoke(record));
		}
		return text.append(']').toString();
	}

	@Test
	void everyConditionWritesItsRecordForm() throws ReflectiveOperationException {
		RowCondition range = new RowCondition.InRange("score", 0, 1);
		RowCondition set = new RowCondition.InSet("country", List.of("US", "a \"quoted\", value", ""));
		List<RowCondition> conditions = List.of(new RowCondition.Compare("age", Operator.GREATER_OR_EQUAL, 18),
				new RowCondition.Compare("income", Operator.LESS, -0.0), new RowCondition.Compare("x", Operator.NOT_EQUAL, Double.NaN),
				new RowCondition.CompareColumns("start", Operator.LESS_OR_EQUAL, "end"), set, range,
				new RowCondition.InRange("t", Double.NEGATIVE_INFINITY, 1e-7), new RowCondition.Matches("code", "[A-Z]{2}-\\d+"),
				new RowCondition.LengthInRange("name", 1, 40), new RowCondition.InColumn("customer", "customers", "id"),
				new RowCondition.And(range, set), new RowCondition.Or(set, new RowCondition.Not(range)),
				new RowCondition.Not(new RowCondition.And(range, new RowCondition.Or(set, range))));
		for (RowCondition condition : conditions) {
			assertEquals(recordForm((Record) condition), condition.toString());
		}
		assertEquals("InRange[column=score, low=0.0, high=1.0]", range.toString());
	}

	@Test
	void stateKeysWriteTheirRecordFormAndCompareByValue() throws ReflectiveOperationException {
		StateKey key = new StateKey(StateKind.SATISFACTION, List.of("score"), NullPolicy.MISSING, "InRange[column=score, low=0.0, high=1.0]");
		StateKey same = new StateKey(StateKind.SATISFACTION, new java.util.ArrayList<>(List.of("score")), NullPolicy.MISSING,
				"InRange[column=score, low=0.0, high=1.0]");
		assertEquals(recordForm(key), key.toString());
		assertEquals(key, same);
		assertEquals(key.hashCode(), same.hashCode());
		for (StateKey other : List.of(new StateKey(StateKind.MOMENTS, List.of("score"), NullPolicy.MISSING, key.parameter()),
				new StateKey(StateKind.SATISFACTION, List.of("age"), NullPolicy.MISSING, key.parameter()),
				new StateKey(StateKind.SATISFACTION, List.of("score"), NullPolicy.INVALID, key.parameter()),
				new StateKey(StateKind.SATISFACTION, List.of("score"), NullPolicy.MISSING, ""))) {
			org.junit.jupiter.api.Assertions.assertNotEquals(key, other);
		}
	}
}
