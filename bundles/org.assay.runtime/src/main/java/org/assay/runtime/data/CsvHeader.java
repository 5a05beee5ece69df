package org.assay.runtime.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.data.DataProblem.Kind;

/**
 * A CSV header matched against a schema, the same way for every reader: names are stripped of surrounding spaces (and
 * the first of a byte order mark); a name that appears twice or a declared column that is absent is fatal; columns
 * the schema does not declare are listed as information.
 *
 * @param fields how many fields the header has (every row must have as many)
 * @param fieldColumn for each header field, the schema index of the column it holds, or -1 when undeclared
 * @param problems the header's fatal problems (empty when it is usable)
 * @param undeclared the names of the undeclared fields, in header order
 */
public record CsvHeader(int fields, int[] fieldColumn, List<DataProblem> problems, List<String> undeclared) {

	public CsvHeader {
		fieldColumn = fieldColumn.clone();
		problems = List.copyOf(problems);
		undeclared = List.copyOf(undeclared);
	}

	public boolean isUsable() {
		return problems.isEmpty();
	}

	/** Matches the header's raw field texts (as parsed, unstripped) found at {@code line} of {@code file}. */
	public static CsvHeader match(String file, long line, List<String> names, Schema schema) {
		List<DataProblem> problems = new ArrayList<>();
		Map<String, Integer> byName = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).strip();
			if (i == 0 && name.startsWith("\uFEFF")) {
				name = name.substring(1).strip(); // a byte order mark is not part of the first column's name
			}
			if (byName.putIfAbsent(name, i) != null) {
				problems.add(new DataProblem(file, line, i + 1, Kind.DUPLICATE_COLUMN, "column '" + name + "' appears twice "
						+ "in the header. Rename one of them."));
			}
		}
		int[] fieldColumn = new int[names.size()];
		Arrays.fill(fieldColumn, -1);
		List<Column> columns = schema.columns();
		for (int c = 0; c < columns.size(); c++) {
			Integer position = byName.get(columns.get(c).name());
			if (position == null) {
				problems.add(new DataProblem(file, line, 0, Kind.MISSING_COLUMN, "the header lacks the declared column '"
						+ columns.get(c).name() + "' (found: " + String.join(", ", names) + ")."));
			} else {
				fieldColumn[position] = c;
			}
		}
		List<String> undeclared = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			if (fieldColumn[i] < 0) {
				undeclared.add(names.get(i).strip().replace("\uFEFF", ""));
			}
		}
		return new CsvHeader(names.size(), fieldColumn, problems, undeclared);
	}

	/** The message of a row whose field count differs from the header's. */
	public static String raggedMessage(long fieldCount, int headerFields) {
		return "the row has " + fieldCount + " fields but the header has " + headerFields + ". Fix the row's commas or quoting.";
	}

	/** The message of a cell the column's declaration does not allow ({@code text} stripped of surrounding spaces). */
	public static String invalidMessage(Column column, Kind kind, String text) {
		return switch (kind) {
		case NAN -> "'" + column.name() + "' is NaN, which is neither a number nor a missing value. Leave the cell empty "
				+ "if the value is missing.";
		case OUT_OF_RANGE -> "'" + column.name() + "' is " + text + ", outside its declared range " + column.minimum()
				+ " .. " + column.maximum() + ".";
		case UNKNOWN_CATEGORY -> "'" + column.name() + "' is '" + text + "', not one of its categories "
				+ column.categories() + ".";
		default -> "'" + column.name() + "' must be " + (column.isInteger() ? "an integer" : "a finite number") + ", not '"
				+ text + "'.";
		};
	}

	public static final String NOT_UTF8_MESSAGE = "the file is not valid UTF-8 here. Re-encode it as UTF-8 (for example "
			+ "with iconv -t UTF-8).";

	public static final String EMPTY_FILE_MESSAGE = "the file is empty; it needs a header line and at least one row.";

	public static final String NO_ROWS_MESSAGE = "the file has a header but no rows.";
}
