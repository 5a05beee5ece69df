package org.assay.dsl.tests;

/**
 * Model text with one region marked as {@code ⟦…⟧}: the expected location of an issue.
 */
public record MarkedText(String text, int offset, int length) {

	public static final String OPEN = "⟦";
	public static final String CLOSE = "⟧";

	public static MarkedText of(String marked) {
		int open = marked.indexOf(OPEN);
		int close = marked.indexOf(CLOSE);
		if (open < 0 || close < open) {
			throw new IllegalArgumentException("no ⟦marked⟧ region in: " + marked);
		}
		String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
		return new MarkedText(text, open, close - open - 1);
	}

	/** 1-based line of the marked region. */
	public int line() {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}
}
