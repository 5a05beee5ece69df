package org.assay.runtime.constraint;

import java.util.List;

import org.assay.runtime.stats.Criterion.Operator;

/**
 * A condition on one row, as data (not code) so that every engine — the local one-pass engine and Spark — evaluates
 * the same thing and it can be stored and compared. A row whose referenced cells are null or NaN is decided by the
 * constraint's {@link NullPolicy}, not by the condition.
 */
public sealed interface RowCondition extends java.io.Serializable {

	/** The columns the condition reads, in first-use order. */
	List<String> columns();

	/** {@code column OPERATOR number} on a numeric column. */
	record Compare(String column, Operator operator, double value) implements RowCondition {
		public List<String> columns() {
			return List.of(column);
		}

		@Override
		public String toString() {
			return text("Compare", "column", column, "operator", operator, "value", value);
		}
	}

	/** {@code left OPERATOR right} on two numeric columns of the same row. */
	record CompareColumns(String left, Operator operator, String right) implements RowCondition {
		public List<String> columns() {
			return List.of(left, right);
		}

		@Override
		public String toString() {
			return text("CompareColumns", "left", left, "operator", operator, "right", right);
		}
	}

	/** The cell's text (for a category, its name) is one of {@code values}. */
	record InSet(String column, List<String> values) implements RowCondition {
		public InSet {
			values = List.copyOf(values);
		}

		public List<String> columns() {
			return List.of(column);
		}

		@Override
		public String toString() {
			return text("InSet", "column", column, "values", values);
		}
	}

	/** {@code low <= value <= high} (an end may be infinite). */
	record InRange(String column, double low, double high) implements RowCondition {
		public List<String> columns() {
			return List.of(column);
		}

		@Override
		public String toString() {
			return text("InRange", "column", column, "low", low, "high", high);
		}
	}

	/** The whole cell text matches a Java regular expression. */
	record Matches(String column, String regex) implements RowCondition {
		public List<String> columns() {
			return List.of(column);
		}

		@Override
		public String toString() {
			return text("Matches", "column", column, "regex", regex);
		}
	}

	/** The cell text's length in code points lies in {@code [low, high]}. */
	record LengthInRange(String column, int low, int high) implements RowCondition {
		public List<String> columns() {
			return List.of(column);
		}

		@Override
		public String toString() {
			return text("LengthInRange", "column", column, "low", low, "high", high);
		}
	}

	/** The cell's value occurs in column {@code otherColumn} of dataset {@code otherDataset} (referential integrity). */
	record InColumn(String column, String otherDataset, String otherColumn) implements RowCondition {
		public List<String> columns() {
			return List.of(column);
		}

		@Override
		public String toString() {
			return text("InColumn", "column", column, "otherDataset", otherDataset, "otherColumn", otherColumn);
		}
	}

	record And(RowCondition left, RowCondition right) implements RowCondition {
		public List<String> columns() {
			return union(left, right);
		}

		@Override
		public String toString() {
			return text("And", "left", left, "right", right);
		}
	}

	record Or(RowCondition left, RowCondition right) implements RowCondition {
		public List<String> columns() {
			return union(left, right);
		}

		@Override
		public String toString() {
			return text("Or", "left", left, "right", right);
		}
	}

	record Not(RowCondition operand) implements RowCondition {
		public List<String> columns() {
			return operand.columns();
		}

		@Override
		public String toString() {
			return text("Not", "operand", operand);
		}
	}

	/**
	 * A record's text as {@link Record#toString} writes it ({@code InRange[column=score, low=0.0, high=1.0]}), which state
	 * keys and stored states hold, written out here: the record's own needs a bootstrap per class at its first call,
	 * tens of milliseconds of a fresh JVM's planning. {@code fields}: each component's name, then its value.
	 */
	private static String text(String record, Object... fields) {
		StringBuilder text = new StringBuilder(record).append('[');
		for (int i = 0; i < fields.length; i += 2) {
			text.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(fields[i + 1]);
		}
		return text.append(']').toString();
	}

	private static List<String> union(RowCondition a, RowCondition b) {
		java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(a.columns());
		all.addAll(b.columns());
		return List.copyOf(all);
	}
}
