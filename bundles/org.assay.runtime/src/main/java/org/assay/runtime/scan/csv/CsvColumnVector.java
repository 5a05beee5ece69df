package org.assay.runtime.scan.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.Decimals;
import org.assay.runtime.scan.ColumnVector;
import org.assay.runtime.scan.ValueHash;

/**
 * One column of a CSV batch: each cell converted from the chunk's bytes as the row is read, with the strictness of
 * {@code CsvLoader} (surrounding spaces stripped for numbers and categories, empty = null, NaN a value but reported,
 * wrong type / out of range / undeclared category invalid). Cells refer to their bytes in the chunk (or, for quoted
 * fields with {@code ""}, in the batch's unescaped copy) instead of copying them.
 */
final class CsvColumnVector implements ColumnVector {

	private static final byte VALUE = 0;
	private static final byte NULL = 1;
	private static final byte INVALID = 2;

	private final Kind kind;
	/** The column (whether a number is of its type) and its declared bounds, in fields of this vector (read per cell). */
	private final Column column;
	private final double minimum;
	private final double maximum;
	private final byte[][] categories;
	private final long[] categoryHashes;
	/** Categories of at most 8 bytes packed into a long (see {@link #packed}), for a compare without a call. */
	private final long[] packedCategories;
	private final int[] categoryLengths;
	/** The code of each one-byte category by its byte, else -1. */
	private final int[] oneByte = new int[256];
	private final List<String> categoryNames;
	private final byte[] state;
	private final double[] numbers;
	private final int[] codes;
	/** Where each cell's text starts: in the chunk's bytes when >= 0, else at {@code ~start} in the batch's copy. */
	private final int[] starts;
	private final int[] lengths;
	private final CsvBatch batch;

	CsvColumnVector(Column column, int capacity, CsvBatch batch) {
		this.batch = batch;
		this.kind = column.isNumeric() ? Kind.NUMBER : column.isText() ? Kind.TEXT : Kind.CATEGORY;
		this.minimum = column.minimum();
		this.maximum = column.maximum();
		this.column = column;
		this.categoryNames = column.categories();
		this.categories = categoryNames.stream().map(c -> c.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
		this.categoryHashes = new long[categories.length];
		for (int k = 0; k < categories.length; k++) {
			categoryHashes[k] = ValueHash.ofBytes(categories[k], 0, categories[k].length);
		}
		this.packedCategories = new long[categories.length];
		this.categoryLengths = new int[categories.length];
		for (int k = 0; k < categories.length; k++) {
			categoryLengths[k] = categories[k].length;
			packedCategories[k] = categories[k].length <= 8 ? packed(categories[k], 0, categories[k].length) : 0;
		}
		java.util.Arrays.fill(oneByte, -1);
		for (int k = categories.length - 1; k >= 0; k--) {
			if (categories[k].length == 1) {
				oneByte[categories[k][0] & 0xFF] = k;
			}
		}
		this.state = new byte[capacity];
		this.numbers = kind == Kind.NUMBER ? new double[capacity] : null;
		this.codes = kind == Kind.CATEGORY ? new int[capacity] : null;
		this.starts = new int[capacity];
		this.lengths = new int[capacity];
	}

	/**
	 * Converts one cell ({@code bytes[start, end)}, where {@code bytes} is the chunk's or, when {@code copied}, the
	 * batch's unescaped copy). Returns null when the cell is a value or null, else the kind of problem (for NAN the
	 * cell is still a value, NaN).
	 */
	DataProblem.Kind put(int row, byte[] bytes, int start, int end, boolean copied) {
		int from = start;
		int to = end;
		// most cells start and end with a printable ASCII byte: nothing to strip (bytes are signed: non-ASCII is < 0)
		if (from == to || bytes[from] <= ' ' || bytes[to - 1] <= ' ') {
			from = Utf8.stripStart(bytes, start, end);
			to = Utf8.stripEnd(bytes, from, end);
			if (from == to) {
				state[row] = NULL;
				starts[row] = 0;
				lengths[row] = 0;
				return null;
			}
			if (kind == Kind.TEXT) { // free text keeps its spaces
				from = start;
				to = end;
			}
		}
		starts[row] = copied ? ~from : from;
		lengths[row] = to - from;
		state[row] = VALUE;
		// compares, not a switch on the enum: no switch map to load per cell, and each kind's code in its own method
		if (kind == Kind.NUMBER) {
			return putNumber(row, bytes, from, to - from);
		}
		return kind == Kind.CATEGORY ? putCategory(row, bytes, from, to - from) : null;
	}

	private DataProblem.Kind putNumber(int row, byte[] bytes, int from, int n) {
		if (n == 3 && (bytes[from] | 0x20) == 'n' && (bytes[from + 1] | 0x20) == 'a' && (bytes[from + 2] | 0x20) == 'n') {
			numbers[row] = Double.NaN;
			return DataProblem.Kind.NAN;
		}
		// NaN when the text is no number: no exception per such cell ('-', "n/a" in a numeric column)
		double value = Decimals.parseOrNaN(bytes, from, n);
		if (!column.admits(value)) {
			return invalid(row, DataProblem.Kind.WRONG_TYPE);
		}
		if (value < minimum || value > maximum) {
			return invalid(row, DataProblem.Kind.OUT_OF_RANGE);
		}
		numbers[row] = value;
		return null;
	}

	private DataProblem.Kind putCategory(int row, byte[] bytes, int from, int n) {
		int code = category(bytes, from, n);
		codes[row] = code;
		if (code < 0) {
			return invalid(row, DataProblem.Kind.UNKNOWN_CATEGORY);
		}
		return null;
	}

	private DataProblem.Kind invalid(int row, DataProblem.Kind problem) {
		state[row] = INVALID;
		return problem;
	}

	private int category(byte[] bytes, int from, int n) {
		if (n == 1) {
			return oneByte[bytes[from] & 0xFF];
		}
		if (n <= 8) {
			long key = packed(bytes, from, n);
			for (int k = 0; k < packedCategories.length; k++) {
				if (packedCategories[k] == key && categoryLengths[k] == n) {
					return k;
				}
			}
			return -1;
		}
		for (int k = 0; k < categories.length; k++) {
			byte[] category = categories[k];
			if (category.length == n && java.util.Arrays.equals(category, 0, n, bytes, from, from + n)) {
				return k;
			}
		}
		return -1;
	}

	private static long packed(byte[] bytes, int from, int n) {
		long key = 0;
		for (int i = 0; i < n; i++) {
			key = key << 8 | bytes[from + i] & 0xFF;
		}
		return key;
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
		return numbers != null && state[row] == VALUE ? numbers[row] : Double.NaN;
	}

	@Override
	public int code(int row) {
		return codes != null && state[row] == VALUE ? codes[row] : -1;
	}

	@Override
	public CharSequence text(int row) {
		if (state[row] == NULL) {
			return null;
		}
		if (codes != null && state[row] == VALUE) {
			return categoryNames.get(codes[row]);
		}
		int start = starts[row];
		return start >= 0 ? new String(batch.bytes(), start, lengths[row], StandardCharsets.UTF_8)
				: new String(batch.copies(), ~start, lengths[row], StandardCharsets.UTF_8);
	}

	@Override
	public long hash(int row) {
		if (state[row] == VALUE) {
			if (numbers != null) {
				return ValueHash.ofNumber(numbers[row]);
			}
			if (codes != null) {
				return categoryHashes[codes[row]];
			}
		}
		int start = starts[row];
		return start >= 0 ? ValueHash.ofBytes(batch.bytes(), start, lengths[row])
				: ValueHash.ofBytes(batch.copies(), ~start, lengths[row]);
	}
}
