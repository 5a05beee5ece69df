package org.assay.runtime.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.runtime.data.DataProblem.Kind;

/**
 * What loading a dataset found that does not stop it from being used, summarised so that it can be said every time:
 * per column and kind of problem (a value outside the declared categories, outside the declared range, of the wrong
 * type, NaN) how many cells, the most frequent offending values with their counts and the first rows; and, as
 * information, the file's columns that the dataset does not declare. Rows are file lines (the header is line 1), as in
 * {@link DataProblem}. Built while loading at no cost for valid cells (see {@link FindingsCollector}).
 *
 * @param dataset the data file as the model names it
 * @param rows the number of data rows read
 * @param findings one entry per column and kind, in column order
 * @param undeclaredColumns header names the dataset does not declare (not loaded)
 */
public record DataFindings(String dataset, long rows, List<Finding> findings, List<String> undeclaredColumns) {

	/** How many distinct offending values a finding lists (the most frequent first). */
	public static final int LISTED_VALUES = 20;

	/** How many first rows a finding lists. */
	public static final int LISTED_ROWS = 5;

	/**
	 * One column's cells of one kind of problem.
	 *
	 * @param column the declared column
	 * @param kind what is wrong with the cells
	 * @param declared what the model declares for the column: its categories or its range
	 * @param count how many cells
	 * @param values up to {@link #LISTED_VALUES} offending values with their counts, most frequent first
	 * @param otherCount how many of the cells held a value not listed in {@code values}
	 * @param firstRows the first rows (file lines) holding such a cell, at most {@link #LISTED_ROWS}
	 */
	public record Finding(String column, Kind kind, String declared, long count, Map<String, Long> values, long otherCount,
			List<Long> firstRows) {

		public Finding {
			values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
			firstRows = List.copyOf(firstRows);
		}

		/** One readable line, e.g. {@code BusinessTravel: 147 value(s) not among its declared categories [...]: ...}. */
		public String describe() {
			StringBuilder text = new StringBuilder(column).append(": ").append(count).append(" value(s) ").append(switch (kind) {
			case UNKNOWN_CATEGORY -> "not among its declared categories " + declared;
			case OUT_OF_RANGE -> "outside its declared range " + declared;
			case NAN -> "NaN (neither a number nor a missing value)";
			default -> "not of its declared type (" + declared + ")";
			}).append(':');
			String separator = " ";
			for (var value : values.entrySet()) {
				text.append(separator).append('\'').append(value.getKey()).append("' ×").append(value.getValue());
				separator = ", ";
			}
			if (otherCount > 0) {
				text.append(separator).append(otherCount).append(" more");
			}
			text.append("; first at row(s) ");
			for (int i = 0; i < firstRows.size(); i++) {
				text.append(i == 0 ? "" : ", ").append(firstRows.get(i));
			}
			return text.toString();
		}
	}

	public DataFindings {
		findings = List.copyOf(findings);
		undeclaredColumns = List.copyOf(undeclaredColumns);
	}

	/** No problem in any cell and no undeclared column. */
	public boolean nothingFound() {
		return findings.isEmpty() && undeclaredColumns.isEmpty();
	}

	/** Cells with a problem, over all columns. */
	public long problemCells() {
		return findings.stream().mapToLong(Finding::count).sum();
	}

	/** Readable lines: one per finding, then the undeclared columns (one line, as information). */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		for (Finding finding : findings) {
			lines.add(finding.describe());
		}
		if (!undeclaredColumns.isEmpty()) {
			lines.add("information: " + undeclaredColumns.size() + " column(s) of the file are not declared and were not read: "
					+ String.join(", ", undeclaredColumns));
		}
		return lines;
	}

	/** A one-line headline, e.g. {@code data/x.csv (1470 rows): 147 cell(s) with problems in 1 column(s)}. */
	public String headline() {
		if (findings.isEmpty()) {
			return String.format(Locale.ROOT, "%s (%d rows): no value outside its declaration", dataset, rows);
		}
		return String.format(Locale.ROOT, "%s (%d rows): %d cell(s) outside their declaration in %d column(s)", dataset, rows,
				problemCells(), findings.stream().map(Finding::column).distinct().count());
	}

	/** The same findings under another dataset name (the model's path instead of the file system's). */
	public DataFindings named(String name) {
		return new DataFindings(name, rows, findings, undeclaredColumns);
	}
}
