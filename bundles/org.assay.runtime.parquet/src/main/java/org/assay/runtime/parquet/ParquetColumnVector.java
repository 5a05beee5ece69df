package org.assay.runtime.parquet;

import java.util.List;

import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.Decimals;
import org.assay.runtime.scan.ColumnVector;
import org.assay.runtime.scan.ValueHash;

/**
 * One declared column of a Parquet batch, read from the column's reader by the declaration's rules (the same as the CSV
 * reader's): numbers from numeric or string cells, categories and text from the cell's text, nulls from definition
 * levels, NaN a value but reported.
 */
final class ParquetColumnVector implements ColumnVector {

	private static final byte VALUE = 0;
	private static final byte NULL = 1;
	private static final byte INVALID = 2;

	private final Column column;
	private final Kind kind;
	private final PrimitiveTypeName type;
	private final int maxDefinition;
	private final List<String> categories;
	private final long[] categoryHashes;
	private final byte[] state;
	private final double[] numbers;
	private final int[] codes;
	private final String[] texts;

	ParquetColumnVector(Column column, PrimitiveTypeName type, int maxDefinition, int capacity) {
		this.column = column;
		this.type = type;
		this.maxDefinition = maxDefinition;
		this.kind = column.isNumeric() ? Kind.NUMBER : column.isText() ? Kind.TEXT : Kind.CATEGORY;
		this.categories = column.categories();
		this.categoryHashes = categories.stream().mapToLong(ValueHash::ofText).toArray();
		this.state = new byte[capacity];
		this.numbers = new double[capacity];
		this.codes = new int[capacity];
		this.texts = new String[capacity];
	}

	/** Reads the reader's current cell into {@code row}; returns the cell's problem or null (NAN: still a value). */
	DataProblem.Kind put(int row, ColumnReader reader) {
		texts[row] = null;
		if (reader.getCurrentDefinitionLevel() < maxDefinition) {
			state[row] = NULL;
			return null;
		}
		state[row] = VALUE;
		if (kind == Kind.NUMBER && type != PrimitiveTypeName.BINARY && type != PrimitiveTypeName.BOOLEAN) {
			double value = switch (type) {
			case INT32 -> reader.getInteger();
			case INT64 -> reader.getLong();
			case FLOAT -> reader.getFloat();
			default -> reader.getDouble();
			};
			return number(row, value, null);
		}
		String text = switch (type) {
		case INT32 -> Integer.toString(reader.getInteger());
		case INT64 -> Long.toString(reader.getLong());
		case FLOAT -> decimal(reader.getFloat());
		case DOUBLE -> decimal(reader.getDouble());
		case BOOLEAN -> Boolean.toString(reader.getBoolean());
		default -> reader.getBinary().toStringUsingUTF8();
		};
		String stripped = text.strip();
		if (stripped.isEmpty()) {
			state[row] = NULL;
			return null;
		}
		if (kind == Kind.TEXT) {
			texts[row] = text;
			return null;
		}
		texts[row] = stripped;
		if (kind == Kind.CATEGORY) {
			int code = categories.indexOf(stripped);
			codes[row] = code;
			if (code < 0) {
				state[row] = INVALID;
				return DataProblem.Kind.UNKNOWN_CATEGORY;
			}
			return null;
		}
		if (type == PrimitiveTypeName.BOOLEAN) {
			state[row] = INVALID;
			return DataProblem.Kind.WRONG_TYPE;
		}
		if (stripped.equalsIgnoreCase("nan")) {
			numbers[row] = Double.NaN;
			return DataProblem.Kind.NAN;
		}
		try {
			return number(row, Decimals.parse(stripped), stripped);
		} catch (NumberFormatException e) {
			state[row] = INVALID;
			return DataProblem.Kind.WRONG_TYPE;
		}
	}

	private DataProblem.Kind number(int row, double value, String text) {
		numbers[row] = value;
		if (Double.isNaN(value)) {
			texts[row] = "NaN";
			return DataProblem.Kind.NAN;
		}
		DataProblem.Kind problem = null;
		if (!column.admits(value)) { // NaN is a value, reported above
			problem = DataProblem.Kind.WRONG_TYPE;
		} else if (value < column.minimum() || value > column.maximum()) {
			problem = DataProblem.Kind.OUT_OF_RANGE;
		}
		if (problem != null) {
			state[row] = INVALID;
			texts[row] = text != null ? text : decimal(value);
		}
		return problem;
	}

	/** A number as text: integral values without a fraction, others as Java writes them. */
	private static String decimal(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
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
		return kind == Kind.NUMBER && state[row] == VALUE ? numbers[row] : Double.NaN;
	}

	@Override
	public int code(int row) {
		return kind == Kind.CATEGORY && state[row] == VALUE ? codes[row] : -1;
	}

	@Override
	public CharSequence text(int row) {
		if (state[row] == NULL) {
			return null;
		}
		if (texts[row] != null) {
			return texts[row];
		}
		return kind == Kind.CATEGORY ? categories.get(codes[row]) : decimal(numbers[row]);
	}

	@Override
	public long hash(int row) {
		if (state[row] == VALUE && kind == Kind.NUMBER) {
			return ValueHash.ofNumber(numbers[row]);
		}
		if (state[row] == VALUE && kind == Kind.CATEGORY) {
			return categoryHashes[codes[row]];
		}
		CharSequence text = text(row);
		return ValueHash.ofText(text == null ? "" : text);
	}
}
