package org.assay.dsl.parser;

/**
 * Protects the recursive-descent parser (and everything that walks the resulting tree) from pathologically deep
 * nesting. Brackets nested deeper than {@link #MAX_DEPTH} are blanked out, together with what they enclose, before
 * parsing; offsets and line numbers stay unchanged, and the parser reports a located diagnostic for the first such
 * region instead of failing with a {@link StackOverflowError}.
 */
public final class NestingGuard {

	/** Deepest bracket nesting that is parsed; real models need fewer than ten levels. */
	public static final int MAX_DEPTH = 100;

	/** The outcome: the text to parse and, if something was blanked, where. */
	public record Result(CharSequence text, int violationOffset, int violationLength) {
		public boolean violated() {
			return violationOffset >= 0;
		}
	}

	private NestingGuard() {
	}

	/** Checks the text; returns it unchanged (no copy) when the nesting is within {@link #MAX_DEPTH}. */
	public static Result check(CharSequence text) {
		int length = text.length();
		int depth = 0;
		StringBuilder blanked = null;
		int violationStart = -1;
		int violationEnd = -1;
		int blankDepth = 0;
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (blankDepth > 0) {
				if (SourceText.isOpener(c)) {
					blankDepth++;
				} else if (SourceText.isCloser(c)) {
					blankDepth--;
				}
				blank(blanked, i);
				if (blankDepth == 0 && violationEnd < 0) {
					violationEnd = i + 1;
				}
				i++;
				continue;
			}
			int afterNonCode = SourceText.skipNonCode(text, i);
			if (afterNonCode >= 0) {
				i = afterNonCode;
				continue;
			}
			if (c == 'n' && isWordStart(text, i) && startsWord(text, i, "not")) {
				// 'not not not …' nests like brackets do
				int run = 0;
				int j = i;
				int blankFrom = -1;
				while (startsWord(text, j, "not")) {
					run++;
					if (run == MAX_DEPTH + 1) {
						blankFrom = j;
					}
					j += 3;
					while (j < length && Character.isWhitespace(text.charAt(j))) {
						j++;
					}
				}
				if (blankFrom >= 0) {
					if (blanked == null) {
						blanked = new StringBuilder(text);
					}
					if (violationStart < 0) {
						violationStart = blankFrom;
						violationEnd = j;
					}
					for (int k = blankFrom; k < j; k++) {
						blank(blanked, k);
					}
				}
				i = j;
				continue;
			}
			if (SourceText.isOpener(c)) {
				if (depth == MAX_DEPTH) {
					if (blanked == null) {
						blanked = new StringBuilder(text);
					}
					if (violationStart < 0) {
						violationStart = i;
					}
					blankDepth = 1;
					blank(blanked, i);
				} else {
					depth++;
				}
			} else if (SourceText.isCloser(c) && depth > 0) {
				depth--;
			}
			i++;
		}
		if (blanked == null) {
			return new Result(text, -1, 0);
		}
		int end = violationEnd < 0 ? length : violationEnd;
		return new Result(blanked, violationStart, end - violationStart);
	}

	private static boolean isWordStart(CharSequence text, int index) {
		return index == 0 || !Character.isJavaIdentifierPart(text.charAt(index - 1));
	}

	/** Whether the word {@code word} (not a prefix of a longer identifier) starts at {@code index}. */
	private static boolean startsWord(CharSequence text, int index, String word) {
		if (index + word.length() > text.length()) {
			return false;
		}
		for (int k = 0; k < word.length(); k++) {
			if (text.charAt(index + k) != word.charAt(k)) {
				return false;
			}
		}
		int end = index + word.length();
		return end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end));
	}

	private static void blank(StringBuilder text, int index) {
		char c = text.charAt(index);
		if (c != '\n' && c != '\r') {
			text.setCharAt(index, ' ');
		}
	}
}
