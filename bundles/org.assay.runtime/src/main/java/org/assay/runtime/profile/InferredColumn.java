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
}
