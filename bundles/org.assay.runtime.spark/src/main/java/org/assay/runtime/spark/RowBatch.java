package org.assay.runtime.spark;

import java.util.List;

import org.apache.spark.sql.Row;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.Decimals;
import org.assay.runtime.data.FindingsCollector;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;
import org.assay.runtime.scan.ValueHash;

/**
 * Spark rows of typed columns (a Parquet file's) as a {@link Batch} of Assay cells, classified by the dataset's
 * declaration exactly as the local Parquet reader does (docs/readers.md): numbers from integer and floating types,
 * texts parsed as in CSV, booleans invalid in numeric columns; a category or text from a number is its decimal text;
 * an empty or blank string is null; NaN is a value, reported. Lines are rows counted from 1, as for Parquet locally.
 */
final class RowBatch implements Batch {

	static final int ROWS = 4096;

	private static final byte VALUE = 0;
	private static final byte NULL = 1;
	private static final byte INVALID = 2;

	private final Cells[] columns;
	private int size;
	private long firstRow;

	RowBatch(List<Column> declared) {
		columns = new Cells[declared.size()];
		for (int c = 0; c < columns.length; c++) {
			columns[c] = new Cells(declared.get(c));
		}
	}

	void reset(long first) {
		size = 0;
		firstRow = first;
	}

	boolean isFull() {
		return size == ROWS;
	}

	/** Adds a row whose declared columns start at field {@code offset}; problems go to {@code findings}. */
	void add(Row row, int offset, FindingsCollector findings) {
		long line = firstRow + size + 1;
		for (int c = 0; c < columns.length; c++) {
			DataProblem.Kind problem = columns[c].put(size, row.get(offset + c));
			if (problem != null) {
				CharSequence text = columns[c].text(size);
				findings.add(c, problem, text == null ? "" : text.toString().strip(), line);
			}
		}
		size++;
	}

	@Override
	public int size() {
		return size;
	}

	@Override
	public long firstRow() {
		return firstRow;
	}

	@Override
	public long lineInChunk(int row) {
		return firstRow + row + 1;
	}

	@Override
	public ColumnVector column(int index) {
		return columns[index];
	}

	private static final class Cells implements ColumnVector {
		final Column column;
		final Kind kind;
		final byte[] state = new byte[ROWS];
		final double[] numbers = new double[ROWS];
		final int[] codes = new int[ROWS];
		final String[] texts = new String[ROWS];

		Cells(Column column) {
			this.column = column;
			this.kind = column.isNumeric() ? Kind.NUMBER : column.isText() ? Kind.TEXT : Kind.CATEGORY;
		}

		DataProblem.Kind put(int row, Object value) {
			codes[row] = -1;
			String text = value == null ? null : text(value);
			if (text == null || text.isBlank()) {
				state[row] = NULL;
				texts[row] = null;
				return null;
			}
			state[row] = VALUE;
			texts[row] = kind == Kind.TEXT ? text : text.strip();
			switch (kind) {
			case NUMBER:
				return number(row, value, texts[row]);
			case CATEGORY:
				codes[row] = column.categoryIndex(texts[row]);
				if (codes[row] < 0) {
					state[row] = INVALID;
					return DataProblem.Kind.UNKNOWN_CATEGORY;
				}
				return null;
			default:
				return null;
			}
		}

		private DataProblem.Kind number(int row, Object value, String text) {
			double x;
			if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
				x = n.doubleValue();
			} else if (value instanceof Boolean) {
				state[row] = INVALID;
				return DataProblem.Kind.WRONG_TYPE;
			} else if (text.equalsIgnoreCase("nan")) {
				x = Double.NaN;
			} else {
				try {
					x = Decimals.parse(text);
				} catch (NumberFormatException e) {
					state[row] = INVALID;
					return DataProblem.Kind.WRONG_TYPE;
				}
			}
			numbers[row] = x;
			if (Double.isNaN(x)) {
				return DataProblem.Kind.NAN;
			}
			if (!column.admits(x)) { // NaN is a value, reported above
				state[row] = INVALID;
				return DataProblem.Kind.WRONG_TYPE;
			}
			if (x < column.minimum() || x > column.maximum()) {
				state[row] = INVALID;
				return DataProblem.Kind.OUT_OF_RANGE;
			}
			return null;
		}

		/** A value's text: a floating number without a fraction as an integer ({@code 2}, {@code 2.5}). */
		private static String text(Object value) {
			if (value instanceof Double || value instanceof Float) {
				double x = ((Number) value).doubleValue();
				return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : value.toString();
			}
			if (value instanceof byte[] bytes) {
				return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
			}
			return value.toString();
		}

		@Override
		public Kind kind() {
			return kind;
		}

		@Override
		public boolean isNull(int row) {
			return state[row] == NULL;
		}

		@Override
		public boolean isInvalid(int row) {
			return state[row] == INVALID;
		}

		@Override
		public double number(int row) {
			return numbers[row];
		}

		@Override
		public int code(int row) {
			return state[row] == VALUE ? codes[row] : -1;
		}

		@Override
		public CharSequence text(int row) {
			return texts[row];
		}

		@Override
		public long hash(int row) {
			if (kind == Kind.NUMBER && state[row] == VALUE) {
				return ValueHash.ofNumber(numbers[row]);
			}
			return ValueHash.ofText(texts[row] == null ? "" : texts[row]);
		}
	}
}
