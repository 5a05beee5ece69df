package org.assay.runtime.engine.condition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.state.Cells;
import org.assay.runtime.engine.state.SatisfactionState.RowTest;
import org.assay.runtime.scan.ColumnVector;

/**
 * Turns a {@link RowCondition} into a {@link RowTest} over a schema, once per pass: columns resolved to indexes,
 * regular expressions compiled, sets hashed, a category column's answers computed per category. Impossible conditions
 * (an unknown column, a comparison on a category, a regex that does not compile) are refused with a message that
 * says which and how to fix it.
 */
public final class ConditionCompiler {

	private final Schema schema;
	private final String dataset;
	private final Function<RowCondition.InColumn, ReferenceSet> references;

	/** {@code references} reads the referenced column of an {@link RowCondition.InColumn} (may throw). */
	public ConditionCompiler(Schema schema, String dataset, Function<RowCondition.InColumn, ReferenceSet> references) {
		this.schema = schema;
		this.dataset = dataset;
		this.references = references;
	}

	public RowTest compile(RowCondition condition) {
		if (condition instanceof RowCondition.Compare c) {
			int index = numeric(c.column(), c.operator().symbol());
			double value = c.value();
			var operator = c.operator();
			return (batch, row) -> operator.holds(batch.column(index).number(row), value);
		}
		if (condition instanceof RowCondition.CompareColumns c) {
			int left = numeric(c.left(), c.operator().symbol());
			int right = numeric(c.right(), c.operator().symbol());
			var operator = c.operator();
			return (batch, row) -> operator.holds(batch.column(left).number(row), batch.column(right).number(row));
		}
		if (condition instanceof RowCondition.InRange c) {
			int index = index(c.column());
			if (!schema.columns().get(index).isNumeric()) { // the range's text only for the message (it costs a conversion)
				throw notNumeric("in " + c.low() + " .. " + c.high(), c.column());
			}
			if (c.low() > c.high()) {
				throw new IllegalArgumentException("the range " + c.low() + " .. " + c.high() + " of " + c.column()
						+ " is empty; write the lower end first");
			}
			double low = c.low();
			double high = c.high();
			return (batch, row) -> {
				double value = batch.column(index).number(row);
				return low <= value && value <= high;
			};
		}
		if (condition instanceof RowCondition.InSet c) {
			int index = index(c.column());
			Set<String> texts = new HashSet<>(c.values());
			Set<Long> numbers = new HashSet<>();
			for (String value : c.values()) {
				try {
					numbers.add(Cells.key(Double.parseDouble(value.trim())));
				} catch (NumberFormatException e) {
					// a value that is no number never matches a numeric cell
				}
			}
			boolean[] perCategory = perCategory(c.column(), texts::contains);
			return (batch, row) -> {
				ColumnVector vector = batch.column(index);
				return switch (vector.kind()) {
				case NUMBER -> numbers.contains(Cells.key(vector.number(row)));
				case CATEGORY -> perCategory != null ? perCategory[vector.code(row)] : texts.contains(vector.text(row).toString());
				case TEXT -> texts.contains(vector.text(row).toString());
				};
			};
		}
		if (condition instanceof RowCondition.Matches c) {
			int index = index(c.column());
			Pattern pattern;
			try {
				pattern = Pattern.compile(c.regex());
			} catch (PatternSyntaxException e) {
				throw new IllegalArgumentException("the pattern \"" + c.regex() + "\" of " + c.column() + " does not compile: "
						+ e.getDescription() + " at index " + e.getIndex());
			}
			boolean[] perCategory = perCategory(c.column(), name -> pattern.matcher(name).matches());
			return (batch, row) -> {
				ColumnVector vector = batch.column(index);
				return perCategory != null && vector.kind() == ColumnVector.Kind.CATEGORY ? perCategory[vector.code(row)]
						: pattern.matcher(vector.text(row)).matches();
			};
		}
		if (condition instanceof RowCondition.LengthInRange c) {
			int index = index(c.column());
			int low = c.low();
			int high = c.high();
			if (low > high) {
				throw new IllegalArgumentException("the length range " + low + " .. " + high + " of " + c.column() + " is empty");
			}
			return (batch, row) -> {
				CharSequence text = batch.column(index).text(row);
				int length = Character.codePointCount(text, 0, text.length());
				return low <= length && length <= high;
			};
		}
		if (condition instanceof RowCondition.InColumn c) {
			int index = index(c.column());
			ReferenceSet set = references.apply(c);
			return (batch, row) -> set.contains(batch.column(index), row);
		}
		if (condition instanceof RowCondition.And c) {
			RowTest left = compile(c.left());
			RowTest right = compile(c.right());
			return (batch, row) -> left.test(batch, row) && right.test(batch, row);
		}
		if (condition instanceof RowCondition.Or c) {
			RowTest left = compile(c.left());
			RowTest right = compile(c.right());
			return (batch, row) -> left.test(batch, row) || right.test(batch, row);
		}
		RowTest operand = compile(((RowCondition.Not) condition).operand());
		return (batch, row) -> !operand.test(batch, row);
	}

	/** The schema indexes of columns, refusing unknown ones. */
	public int[] indexes(List<String> columns) {
		int[] indexes = new int[columns.size()];
		for (int i = 0; i < indexes.length; i++) {
			indexes[i] = index(columns.get(i));
		}
		return indexes;
	}

	private int index(String column) {
		int index = schema.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException("dataset " + dataset + " has no column '" + column + "' (its columns: "
					+ String.join(", ", schema.columns().stream().map(Column::name).toList()) + ")");
		}
		return index;
	}

	private int numeric(String column, String what) {
		int index = index(column);
		if (!schema.columns().get(index).isNumeric()) {
			throw notNumeric(what, column);
		}
		return index;
	}

	private static IllegalArgumentException notNumeric(String what, String column) {
		return new IllegalArgumentException("'" + what + "' compares numbers, but " + column + " is not a numeric column; "
				+ "use 'in [...]' or 'matches' on it");
	}

	private boolean[] perCategory(String column, java.util.function.Predicate<String> test) {
		Column declared = schema.column(column);
		if (declared.isNumeric() || declared.categories().isEmpty()) {
			return null;
		}
		boolean[] answers = new boolean[declared.categories().size()];
		for (int i = 0; i < answers.length; i++) {
			answers[i] = test.test(declared.categories().get(i));
		}
		return answers;
	}
}
