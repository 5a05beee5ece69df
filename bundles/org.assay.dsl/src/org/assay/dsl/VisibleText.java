package org.assay.dsl;

/**
 * Text from a model shown in a message: characters that cannot be seen or that would garble a terminal (NUL and
 * other controls, bidi marks, zero-width characters, lone surrogates, line separators) are written {@code U+XXXX}, so
 * that a message shows what is in the file.
 */
public final class VisibleText {

	private VisibleText() {
	}

	public static String of(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder shown = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			int type = Character.getType(c);
			boolean invisible = (Character.isISOControl(c) && c != '\t') || type == Character.FORMAT
					|| type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE;
			if (invisible) {
				shown.append(String.format("U+%04X", c));
			} else {
				shown.appendCodePoint(c);
			}
		});
		return shown.toString();
	}
}
