package org.assay.runtime.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.runtime.data.DataProblem.Kind;

/**
 * Accumulates {@link DataFindings} while a file loads. Only invalid cells reach it, so valid data costs nothing; memory
 * is bounded: per column and kind a count, at most {@link #TRACKED_VALUES} distinct values with their counts (further
 * new values are only counted) and the first {@link DataFindings#LISTED_ROWS} rows.
 */
public final class FindingsCollector {

	/** Distinct values counted per column and kind; the listed top values are chosen among these. */
	static final int TRACKED_VALUES = 1000;

	private static final class Tally {
		long count;
		final Map<String, long[]> values = new LinkedHashMap<>();
		long untracked;
		final List<Long> firstRows = new ArrayList<>();

		void add(String value, long row) {
			count++;
			long[] seen = values.get(value);
			if (seen != null) {
				seen[0]++;
			} else if (values.size() < TRACKED_VALUES) {
				values.put(value, new long[] { 1 });
			} else {
				untracked++;
			}
			if (firstRows.size() < DataFindings.LISTED_ROWS) {
				firstRows.add(row);
			}
		}

		void append(Tally later, long rowOffset) {
			count += later.count;
			untracked += later.untracked;
			for (var value : later.values.entrySet()) {
				long[] seen = values.get(value.getKey());
				if (seen != null) {
					seen[0] += value.getValue()[0];
				} else if (values.size() < TRACKED_VALUES) {
					values.put(value.getKey(), value.getValue().clone());
				} else {
					untracked += value.getValue()[0];
				}
			}
			for (Long row : later.firstRows) {
				if (firstRows.size() < DataFindings.LISTED_ROWS) {
					firstRows.add(row + rowOffset);
				}
			}
		}
	}

	/** Keyed by column index, then kind. */
	private final Map<Integer, Map<Kind, Tally>> tallies = new HashMap<>();
	private final List<String> undeclared = new ArrayList<>();

	/** Counts one invalid cell of the column (schema index) with its text, at a row (file line). */
	public void add(int column, Kind kind, String value, long row) {
		tallies.computeIfAbsent(column, c -> new TreeMap<>()).computeIfAbsent(kind, k -> new Tally()).add(value, row);
	}

	/** Notes a header name the dataset does not declare. */
	public void undeclared(String header) {
		undeclared.add(header);
	}

	/** Adds a later part's findings after this part's, as one sequential load would have them. */
	void append(FindingsCollector later) {
		append(later, 0);
	}

	/**
	 * Adds a later part's findings after this part's, its rows shifted by {@code rowOffset} (a part that counted its
	 * rows from its own start): the result is what one sequential pass would have collected.
	 */
	public void append(FindingsCollector later, long rowOffset) {
		later.tallies.forEach((column, byKind) -> byKind.forEach((kind, tally) -> tallies.computeIfAbsent(column,
				c -> new TreeMap<>()).computeIfAbsent(kind, k -> new Tally()).append(tally, rowOffset)));
	}

	/** The findings of a dataset of {@code rows} rows read against {@code columns}. */
	public DataFindings finish(String dataset, long rows, List<Column> columns) {
		List<DataFindings.Finding> findings = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			Map<Kind, Tally> byKind = tallies.get(c);
			if (byKind == null) {
				continue;
			}
			Column column = columns.get(c);
			for (var entry : byKind.entrySet()) {
				Tally tally = entry.getValue();
				Map<String, Long> top = new LinkedHashMap<>();
				tally.values.entrySet().stream()
						.sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])) // stable: ties keep first-seen order
						.limit(DataFindings.LISTED_VALUES).forEach(v -> top.put(v.getKey(), v.getValue()[0]));
				long listed = top.values().stream().mapToLong(Long::longValue).sum();
				findings.add(new DataFindings.Finding(column.name(), entry.getKey(), declared(column), tally.count, top,
						tally.count - listed, tally.firstRows));
			}
		}
		return new DataFindings(dataset, rows, findings, undeclared);
	}

	private static String declared(Column column) {
		if (column.isText()) {
			return "text";
		}
		if (!column.isNumeric()) {
			return column.categories().toString();
		}
		return (column.isInteger() ? "integer " : "real ") + bound(column.minimum()) + " .. " + bound(column.maximum());
	}

	private static String bound(double value) {
		if (Double.isInfinite(value)) {
			return value > 0 ? "inf" : "-inf";
		}
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
