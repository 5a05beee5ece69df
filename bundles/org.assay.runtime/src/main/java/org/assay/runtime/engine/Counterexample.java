package org.assay.runtime.engine;

/**
 * A located row that fails a constraint (or holds a null/NaN its policy forbids, or the failing extreme, or the first
 * row holding a repeated value).
 *
 * @param row the data row, from 1 (the first row after the header)
 * @param line the file line (the header is line 1)
 * @param values the offending cells, {@code column='value', …}
 * @param more what else the row stands for ({@code occurs 3 times, also at lines 12, 40}); empty when nothing
 * @param file the file holding the row when the source is several files (a partitioned dataset: the row is counted
 *        over all partitions, the line in this file); null when it is the source's one file
 */
public record Counterexample(long row, long line, String values, String more, String file) {

	public Counterexample {
		more = more == null ? "" : more;
	}

	public Counterexample(long row, long line, String values, String more) {
		this(row, line, values, more, null);
	}

	public Counterexample(long row, long line, String values) {
		this(row, line, values, "", null);
	}

	/**
	 * {@code file:line: values (row N)}, then {@code ; more} when there is more to say; {@code source} is the file
	 * unless the counterexample names its own.
	 */
	public String located(String source) {
		return (file == null ? source : file) + ":" + line + ": " + values + " (row " + row + ")"
				+ (more.isEmpty() ? "" : "; " + more);
	}
}
