package org.assay.runtime.engine;

/**
 * A located row that fails a constraint (or holds a null/NaN its policy forbids, or the failing extreme).
 *
 * @param row the data row, from 1 (the first row after the header)
 * @param line the file line (the header is line 1)
 * @param values the offending cells, {@code column='value', …}
 */
public record Counterexample(long row, long line, String values) {

	/** {@code file:line: values (row N)}. */
	public String located(String file) {
		return file + ":" + line + ": " + values + " (row " + row + ")";
	}
}
