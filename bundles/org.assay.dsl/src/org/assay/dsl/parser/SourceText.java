package org.assay.dsl.parser;

/**
 * Lexical helpers for the pre-parse guards: recognizes where strings and comments begin and end, so that brackets
 * and words inside them are not mistaken for code.
 */
final class SourceText {

	private SourceText() {
	}

	/**
	 * If a string literal or comment starts at {@code index}, the index just after it (or the text's length when it
	 * is not closed); otherwise {@code -1}.
	 */
	static int skipNonCode(CharSequence text, int index) {
		int length = text.length();
		char c = text.charAt(index);
		if (c == '"' || c == '\'') {
			int i = index + 1;
			while (i < length) {
				char d = text.charAt(i);
				if (d == '\\') {
					i += 2;
					continue;
				}
				if (d == c || d == '\n') {
					return i + 1;
				}
				i++;
			}
			return length;
		}
		if (c == '/' && index + 1 < length && text.charAt(index + 1) == '/') {
			int i = index;
			while (i < length && text.charAt(i) != '\n') {
				i++;
			}
			return i;
		}
		if (c == '/' && index + 1 < length && text.charAt(index + 1) == '*') {
			for (int i = index + 2; i + 1 < length; i++) {
				if (text.charAt(i) == '*' && text.charAt(i + 1) == '/') {
					return i + 2;
				}
			}
			return length;
		}
		return -1;
	}

	static boolean isOpener(char c) {
		return c == '(' || c == '[' || c == '{';
	}

	static boolean isCloser(char c) {
		return c == ')' || c == ']' || c == '}';
	}
}
