package org.assay.runtime.engine.condition;

import java.util.stream.Collectors;

import org.assay.runtime.constraint.RowCondition;

/** A row condition as the language writes it: {@code age >= 18 and (country in ["DE", "FR"] or not is_active in [false])}. */
public final class ConditionText {

	private ConditionText() {
	}

	public static String show(RowCondition condition) {
		if (condition instanceof RowCondition.Compare c) {
			return c.column() + " " + c.operator().symbol() + " " + number(c.value());
		}
		if (condition instanceof RowCondition.CompareColumns c) {
			return c.left() + " " + c.operator().symbol() + " " + c.right();
		}
		if (condition instanceof RowCondition.InSet c) {
			return c.column() + " in " + c.values().stream().map(v -> "\"" + v.replace("\"", "\\\"") + "\"")
					.collect(Collectors.joining(", ", "[", "]"));
		}
		if (condition instanceof RowCondition.InRange c) {
			return c.column() + " in " + end(c.low()) + " .. " + end(c.high());
		}
		if (condition instanceof RowCondition.Matches c) {
			return c.column() + " matches \"" + c.regex().replace("\"", "\\\"") + "\"";
		}
		if (condition instanceof RowCondition.LengthInRange c) {
			return "length of " + c.column() + " in " + c.low() + " .. " + c.high();
		}
		if (condition instanceof RowCondition.InColumn c) {
			return c.column() + " in " + c.otherDataset() + "." + c.otherColumn();
		}
		if (condition instanceof RowCondition.And c) {
			return operand(c.left()) + " and " + operand(c.right());
		}
		if (condition instanceof RowCondition.Or c) {
			return operand(c.left()) + " or " + operand(c.right());
		}
		return "not " + operand(((RowCondition.Not) condition).operand());
	}

	private static String operand(RowCondition condition) {
		boolean compound = condition instanceof RowCondition.And || condition instanceof RowCondition.Or;
		return compound ? "(" + show(condition) + ")" : show(condition);
	}

	private static String end(double value) {
		return Double.isInfinite(value) ? "*" : number(value);
	}

	private static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
