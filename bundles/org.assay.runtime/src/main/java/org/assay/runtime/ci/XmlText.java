package org.assay.runtime.ci;

/** Text that XML 1.0 can hold: characters it forbids (most control characters, lone surrogates) become U+FFFD. */
final class XmlText {

	private XmlText() {
	}

	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (clean != null) {
					clean.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
			if (!allowed && clean == null) {
				clean = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (clean != null) {
				clean.append(allowed ? c : '\uFFFD');
			}
		}
		return clean == null ? text : clean.toString();
	}
}
