package org.assay.generator.java;

/**
 * Escaping of model strings for every place they appear in generated Java: string literals, comments and Javadoc.
 * Java translates {@code \}{@code uXXXX} escapes before it reads a token, anywhere in a file; both escapers therefore
 * double every backslash (a backslash preceded by an odd number of backslashes starts no escape), and emit
 * non-ASCII characters as escapes in literals, so no model string can end a literal or comment or inject code.
 */
public final class JavaText {

	private JavaText() {
	}

	/** A Java string literal, quotes included, with the exact value of {@code value}. */
	public static String literal(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c > 0x7e) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	/** A Java double literal ({@code 0.85}, {@code 1.0E-4}, {@code Double.POSITIVE_INFINITY}). */
	public static String doubleLiteral(double value) {
		if (value == Double.POSITIVE_INFINITY) {
			return "Double.POSITIVE_INFINITY";
		}
		if (value == Double.NEGATIVE_INFINITY) {
			return "Double.NEGATIVE_INFINITY";
		}
		if (Double.isNaN(value)) {
			return "Double.NaN";
		}
		return Double.toString(value);
	}

	/**
	 * Text for a single line inside a block or Javadoc comment: line breaks become spaces, {@code *}{@code /} cannot
	 * close the comment, backslashes cannot start unicode escapes, {@code @} cannot start a Javadoc tag.
	 */
	public static String comment(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
				out.append(' ');
			} else if (c == '\\') {
				out.append("\\\\");
			} else if (c == '/' && i > 0 && value.charAt(i - 1) == '*') {
				out.append("&#47;");
			} else if (c == '@') {
				out.append("&#64;");
			} else if (c == '<') {
				out.append("&lt;");
			} else if (c == '>') {
				out.append("&gt;");
			} else if (c == '&') {
				out.append("&amp;");
			} else if (Character.isISOControl(c)) {
				out.append(' ');
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
