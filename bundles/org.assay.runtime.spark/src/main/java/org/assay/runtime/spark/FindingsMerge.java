package org.assay.runtime.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;

/**
 * Merges the data findings of consecutive parts of a file (sub-chunks of a Spark task, then the tasks' segments) in
 * file order, their lines shifted to the file's: counts and first rows are exactly those of one pass; the listed values
 * are the most frequent among what each part listed (each part lists its {@value DataFindings#LISTED_VALUES} most
 * frequent), so with more distinct offending values than that per part the list may differ from a local run's.
 */
final class FindingsMerge {

	private static final class Entry {
		String declared;
		long count;
		final Map<String, Long> values = new LinkedHashMap<>();
		long other;
		final List<Long> firstRows = new ArrayList<>();
	}

	private final List<Column> columns;
	/** By column position in the schema, then kind. */
	private final Map<Integer, Map<DataProblem.Kind, Entry>> entries = new TreeMap<>();
	private List<String> undeclared;

	FindingsMerge(List<Column> columns) {
		this.columns = columns;
	}

	/** Adds a later part's findings, its lines shifted by {@code lineOffset}. */
	void add(DataFindings later, long lineOffset) {
		if (later == null) {
			return;
		}
		if (undeclared == null) {
			undeclared = later.undeclaredColumns();
		}
		for (DataFindings.Finding finding : later.findings()) {
			int column = position(finding.column());
			Entry entry = entries.computeIfAbsent(column, c -> new TreeMap<>()).computeIfAbsent(finding.kind(), k -> new Entry());
			entry.declared = finding.declared();
			entry.count += finding.count();
			finding.values().forEach((value, count) -> entry.values.merge(value, count, Long::sum));
			entry.other += finding.otherCount();
			for (long row : finding.firstRows()) {
				if (entry.firstRows.size() < DataFindings.LISTED_ROWS) {
					entry.firstRows.add(row + lineOffset);
				}
			}
		}
	}

	private int position(String column) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(column)) {
				return i;
			}
		}
		return columns.size();
	}

	DataFindings finish(String dataset, long rows) {
		List<DataFindings.Finding> findings = new ArrayList<>();
		entries.forEach((column, byKind) -> byKind.forEach((kind, entry) -> {
			Map<String, Long> top = new LinkedHashMap<>();
			entry.values.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
					.limit(DataFindings.LISTED_VALUES).forEach(v -> top.put(v.getKey(), v.getValue()));
			long listed = top.values().stream().mapToLong(Long::longValue).sum();
			findings.add(new DataFindings.Finding(columns.get(column).name(), kind, entry.declared, entry.count, top,
					entry.count - listed, entry.firstRows));
		}));
		return new DataFindings(dataset, rows, findings, undeclared == null ? List.of() : undeclared);
	}
}
