package org.assay.runtime.profile;

import java.util.List;

/**
 * What a profiled column is declared as: its type, its declared range (numbers; NaN ends when it has no finite number)
 * or categories (in order of first appearance), whether every value occurs once, and, when the data made a choice
 * worth saying, why.
 *
 * @param note a sentence on a choice the data forced (mixed types, an empty column), or null
 */
public record InferredColumn(String name, Type type, double low, double high, List<String> categories, boolean unique,
		String note) {

	/** The column types of the language ({@code int}, {@code double}, {@code category}, {@code text}); EMPTY: no value at all. */
	public enum Type {
		INT, DOUBLE, CATEGORY, TEXT, EMPTY;

		public boolean isNumeric() {
			return this == INT || this == DOUBLE;
		}
	}

	public InferredColumn {
		categories = List.copyOf(categories);
	}

	public boolean hasRange() {
		return !Double.isNaN(low) && !Double.isNaN(high);
	}

	/** The column as a runtime schema declares it (an EMPTY column has no declaration). */
	public org.assay.runtime.data.Column declaration() {
		double min = hasRange() ? low : Double.NEGATIVE_INFINITY;
		double max = hasRange() ? high : Double.POSITIVE_INFINITY;
		return switch (type) {
		case INT -> org.assay.runtime.data.Column.integer(name, min, max);
		case DOUBLE -> org.assay.runtime.data.Column.real(name, min, max);
		case CATEGORY -> org.assay.runtime.data.Column.categorical(name, categories);
		case TEXT -> org.assay.runtime.data.Column.text(name);
		case EMPTY -> throw new IllegalStateException(name + " is empty: it is not declared");
		};
	}
}
