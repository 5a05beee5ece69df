package org.assay.runtime.data;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A loaded tabular dataset, column-oriented. Numeric cells are doubles, categorical cells category indexes, text cells
 * indexes into the column's distinct values (first-seen order, see {@link #text(int, int)}). A cell
 * is <em>missing</em> when the file left it empty, and <em>invalid</em> when it held something the schema does not
 * allow (wrong type, out of range, unknown category, NaN); invalid cells read as missing ({@code NaN} / {@code -1})
 * so no value is ever silently coerced.
 */
public final class Table {

	private final String source;
	private final Schema schema;
	private final int rows;
	private final double[][] numeric;
	private final int[][] codes;
	private final BitSet[] missing;
	private final BitSet[] invalid;
	/** For text columns: the distinct values their codes index; null for other columns. */
	private final String[][] words;
	/** Each row's file line, or null when the table was not read from a file. */
	private final long[] lines;

	Table(String source, Schema schema, int rows, double[][] numeric, int[][] codes, BitSet[] missing, BitSet[] invalid) {
		this(source, schema, rows, numeric, codes, missing, invalid, new String[schema.columns().size()][], null);
	}

	Table(String source, Schema schema, int rows, double[][] numeric, int[][] codes, BitSet[] missing, BitSet[] invalid,
			String[][] words, long[] lines) {
		this.words = words;
		this.lines = lines;
		this.source = source;
		this.schema = schema;
		this.rows = rows;
		this.numeric = numeric;
		this.codes = codes;
		this.missing = missing;
		this.invalid = invalid;
	}

	/**
	 * Builds a table from arrays (one array per column: {@code double[]}, {@code int[]} codes, or {@code String[]} for a
	 * text column, null where missing); for tests and tools.
	 */
	public static Table of(String source, Schema schema, List<?> columnValues) {
		int columns = schema.columns().size();
		if (columnValues.size() != columns) {
			throw new IllegalArgumentException("expected " + columns + " columns, got " + columnValues.size());
		}
		int rows = -1;
		double[][] numeric = new double[columns][];
		int[][] codes = new int[columns][];
		BitSet[] missing = new BitSet[columns];
		BitSet[] invalid = new BitSet[columns];
		String[][] words = new String[columns][];
		for (int c = 0; c < columns; c++) {
			Object values = columnValues.get(c);
			int length;
			missing[c] = new BitSet();
			invalid[c] = new BitSet();
			if (schema.columns().get(c).isText()) {
				String[] texts = (String[]) values;
				length = texts.length;
				TextDictionary dictionary = new TextDictionary();
				codes[c] = new int[length];
				for (int r = 0; r < length; r++) {
					codes[c][r] = texts[r] == null ? -1 : dictionary.code(texts[r]);
					if (texts[r] == null) {
						missing[c].set(r);
					}
				}
				words[c] = dictionary.words();
			} else if (schema.columns().get(c).isNumeric()) {
				numeric[c] = ((double[]) values).clone();
				length = numeric[c].length;
				for (int r = 0; r < length; r++) {
					if (Double.isNaN(numeric[c][r])) {
						missing[c].set(r);
					}
				}
			} else {
				codes[c] = ((int[]) values).clone();
				length = codes[c].length;
				for (int r = 0; r < length; r++) {
					if (codes[c][r] < 0) {
						missing[c].set(r);
					}
				}
			}
			if (rows >= 0 && length != rows) {
				throw new IllegalArgumentException("column " + schema.columns().get(c).name() + " has " + length + " rows, not " + rows);
			}
			rows = length;
		}
		return new Table(source, schema, Math.max(rows, 0), numeric, codes, missing, invalid, words, null);
	}

	public String source() {
		return source;
	}

	public Schema schema() {
		return schema;
	}

	public int rows() {
		return rows;
	}

	/** The values of a numeric column ({@code NaN} where missing or invalid). */
	public double[] numeric(String column) {
		int index = schema.indexOf(column);
		if (index < 0 || numeric[index] == null) {
			throw new IllegalArgumentException(column + " is not a numeric column of " + source);
		}
		return numeric[index];
	}

	/**
	 * The category indexes of a categorical column ({@code -1} where missing or invalid); for a text column, indexes
	 * of its distinct values ({@link #text(int, int)}).
	 */
	public int[] codes(String column) {
		int index = schema.indexOf(column);
		if (index < 0 || codes[index] == null) {
			throw new IllegalArgumentException(column + " is not a categorical column of " + source);
		}
		return codes[index];
	}

	/** A text column's cell as in the file (null where missing). */
	public String text(int column, int row) {
		if (words[column] == null) {
			throw new IllegalArgumentException(schema.columns().get(column).name() + " is not a text column of " + source);
		}
		int code = codes[column][row];
		return code < 0 ? null : words[column][code];
	}

	/**
	 * The file line a row was read from (the header is line 1; a row with quoted line breaks spans more); for a table
	 * not read from a file, {@code row + 2}.
	 */
	public long line(int row) {
		return lines != null ? lines[row] : row + 2L;
	}

	public boolean isMissing(int column, int row) {
		return missing[column].get(row);
	}

	public boolean isInvalid(int column, int row) {
		return invalid[column].get(row);
	}

	public int missingCount(int column) {
		return missing[column].cardinality();
	}

	public int invalidCount(int column) {
		return invalid[column].cardinality();
	}

	/** The row as comparable values (for duplicate detection): doubles for numeric, codes for categorical columns. */
	public double[] rowKey(int row) {
		double[] key = new double[schema.columns().size()];
		for (int c = 0; c < key.length; c++) {
			key[c] = numeric[c] != null ? numeric[c][row] : codes[c][row];
		}
		return key;
	}

	@Override
	public String toString() {
		return source + " (" + rows + " rows, columns " + Arrays.toString(schema.columns().toArray()) + ")";
	}
}
