package org.assay.runtime.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assay.runtime.profile.InferredColumn.Type;

/**
 * Infers a column's declaration from its profile (the rules of {@code docs/init.md}):
 * <ul>
 * <li>every present value a number: {@code int} when all are integers (no NaN), else {@code double}; the range is the
 * observed one rounded outward ({@link NiceNumbers#range});</li>
 * <li>otherwise {@code category} when there are few distinct values (at most {@value #MAX_CATEGORIES}, and at most one
 * per {@value #ROWS_PER_CATEGORY} present values), else {@code text};</li>
 * <li>the label is a {@code category} whenever it has at most {@value #MAX_CATEGORIES} distinct values, numbers
 * included (integer class codes), so that it can be learnt by a classifier; a numeric label with more is a
 * regression target.</li>
 * </ul>
 */
public final class Inference {

	public static final int MAX_CATEGORIES = 20;
	public static final int ROWS_PER_CATEGORY = 20;
	/** Fewer present values than this never make an identifier (every value of a tiny file is distinct). */
	public static final int MIN_ROWS_FOR_IDENTIFIER = 20;

	private static final Pattern IDENTIFIER_NAME = Pattern.compile("(?i)(.*[_\\W])?(id|key|uuid|guid|index)|.*[a-z0-9]Id");

	private Inference() {
	}

	public static InferredColumn infer(ColumnProfile column, boolean label) {
		long present = column.present();
		if (present == 0) {
			return new InferredColumn(column.name(), Type.EMPTY, Double.NaN, Double.NaN, List.of(), false,
					"every cell is empty (" + column.cells() + " rows)");
		}
		Map<String, Long> values = column.values();
		long distinct = column.distinctCount();
		boolean unique = present >= MIN_ROWS_FOR_IDENTIFIER && column.allDistinct();
		if (column.others() == 0) {
			boolean integral = column.fractions() == 0 && column.nans() == 0;
			if (label && integral && values != null && values.size() <= MAX_CATEGORIES) {
				return category(column, values, false, null);
			}
			if (column.finiteNumbers() == 0) {
				return new InferredColumn(column.name(), Type.DOUBLE, Double.NaN, Double.NaN, List.of(), false,
						"every value is NaN");
			}
			double[] range = NiceNumbers.range(column.minimum(), column.maximum(), integral);
			return new InferredColumn(column.name(), integral ? Type.INT : Type.DOUBLE, range[0], range[1], List.of(),
					integral && unique, null);
		}
		String note = column.numbers() == 0 ? null
				: column.numbers() + " of " + present + " values are numbers and " + column.others() + " are not ("
						+ examples(column.otherExamples()) + ")";
		boolean few = values != null && values.size() <= MAX_CATEGORIES
				&& (label ? values.size() < present : (long) values.size() * ROWS_PER_CATEGORY <= present);
		if (few) {
			return category(column, values, unique, note);
		}
		return new InferredColumn(column.name(), Type.TEXT, Double.NaN, Double.NaN, List.of(), unique && distinct > 0,
				note);
	}

	private static InferredColumn category(ColumnProfile column, Map<String, Long> values, boolean unique, String note) {
		return new InferredColumn(column.name(), Type.CATEGORY, Double.NaN, Double.NaN, new ArrayList<>(values.keySet()),
				unique, note);
	}

	/**
	 * Whether a column identifies rows rather than describing them, so that a model must not learn from it: its values
	 * are all distinct and it is text, or integers named like an identifier ({@code id}, {@code customer_id},
	 * {@code orderId}, {@code key}) or numbering the rows (consecutive integers).
	 */
	public static boolean identifies(InferredColumn inferred, ColumnProfile column) {
		if (!inferred.unique()) {
			return false;
		}
		if (inferred.type() == Type.TEXT) {
			return true;
		}
		return inferred.type() == Type.INT && (IDENTIFIER_NAME.matcher(inferred.name()).matches()
				|| column.maximum() - column.minimum() + 1 == column.present());
	}

	/** {@code '-' ×12, 'n/a' ×3}: values with their counts. */
	public static String examples(Map<String, Long> values) {
		StringBuilder text = new StringBuilder();
		values.forEach((value, count) -> text.append(text.length() == 0 ? "" : ", ").append('\'').append(value).append("' ×")
				.append(count));
		return text.toString();
	}
}
