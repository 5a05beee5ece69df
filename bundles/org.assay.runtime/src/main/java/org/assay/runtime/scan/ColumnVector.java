package org.assay.runtime.scan;

/**
 * One declared column's cells in a {@link Batch}, typed by the schema. Accessors take the row index within the batch.
 * A cell is exactly one of: null (empty or absent), invalid (present but not of the declared type, outside the
 * declared range or an undeclared category — the findings say which), or a value. A NaN in a numeric column is a
 * value whose {@link #number} is NaN: the constraint's null policy decides what it means.
 */
public interface ColumnVector {

	/** How the column's values are read. */
	enum Kind {
		/** {@code int} and {@code double} columns: {@link #number}. */
		NUMBER,
		/** Declared categories: {@link #code} indexes the declared list. */
		CATEGORY,
		/** Free text ({@code text} columns): {@link #text}. */
		TEXT
	}

	Kind kind();

	boolean isNull(int row);

	/** Present but not allowed by the declaration (wrong type, outside the declared range, undeclared category). */
	boolean isInvalid(int row);

	/** NUMBER: the value (NaN for a NaN cell); undefined for null or invalid cells. */
	double number(int row);

	/** CATEGORY: index in the declared categories; -1 for null or invalid. */
	int code(int row);

	/** The cell's text as in the file (unquoted, unescaped), for every kind; null for a null cell. */
	CharSequence text(int row);

	/**
	 * A 64-bit hash of the cell's value, equal for equal values whatever engine or batch read them: the UTF-8 text for
	 * TEXT and CATEGORY, the canonical double ({@code Double.doubleToLongBits}, -0.0 as 0.0) for NUMBER. Undefined for
	 * null cells.
	 */
	long hash(int row);
}
