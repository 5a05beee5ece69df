package org.assay.runtime.data;

/**
 * A located problem in a data file: {@code file:row:column: kind: message}. Rows are 1-based file lines (the
 * header is row 1); column 0 means the whole row or file.
 */
public record DataProblem(String file, long row, int column, Kind kind, String message) {

	/** What is wrong. Fatal kinds make the file unusable; the others are counted by the data-quality metrics. */
	public enum Kind {
		EMPTY_FILE(true), NO_ROWS(true), NOT_UTF8(true), MISSING_COLUMN(true), DUPLICATE_COLUMN(true), RAGGED_ROW(true),
		UNREADABLE(true), WRONG_TYPE(false), OUT_OF_RANGE(false), UNKNOWN_CATEGORY(false), NAN(false);

		private final boolean fatal;

		Kind(boolean fatal) {
			this.fatal = fatal;
		}

		public boolean isFatal() {
			return fatal;
		}
	}

	@Override
	public String toString() {
		return file + ":" + row + ":" + column + ": " + kind.name().toLowerCase().replace('_', '-') + ": " + message;
	}
}
