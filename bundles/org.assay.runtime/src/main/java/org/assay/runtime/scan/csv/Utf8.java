package org.assay.runtime.scan.csv;

/** Strict UTF-8 checks and edge whitespace on raw bytes, with the same rules as Java's decoder and Character. */
final class Utf8 {

	private static final boolean[] ASCII_SPACE = new boolean[128];

	static {
		for (int c = 0; c < 128; c++) {
			ASCII_SPACE[c] = Character.isWhitespace(c);
		}
	}

	private Utf8() {
	}

	/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
	static int firstInvalid(byte[] b, int from, int to) {
		int i = from;
		while (i < to) {
			// ASCII runs: eight bytes at a time when none has its high bit set
			while (i + 8 <= to && (b[i] | b[i + 1] | b[i + 2] | b[i + 3] | b[i + 4] | b[i + 5] | b[i + 6] | b[i + 7]) >= 0) {
				i += 8;
			}
			if (i >= to) {
				break;
			}
			int c = b[i] & 0xFF;
			if (c < 0x80) {
				i++;
				continue;
			}
			int length = sequence(b, i, to, c);
			if (length < 0) {
				return i;
			}
			i += length;
		}
		return -1;
	}

	private static int sequence(byte[] b, int i, int to, int c) {
		if (c >= 0xC2 && c <= 0xDF) {
			return i + 1 < to && continuation(b[i + 1]) ? 2 : -1;
		}
		if (c >= 0xE0 && c <= 0xEF) {
			if (i + 2 >= to) {
				return -1;
			}
			int c1 = b[i + 1] & 0xFF;
			boolean ok = c == 0xE0 ? c1 >= 0xA0 && c1 <= 0xBF : c == 0xED ? c1 >= 0x80 && c1 <= 0x9F : continuation(b[i + 1]);
			return ok && continuation(b[i + 2]) ? 3 : -1;
		}
		if (c >= 0xF0 && c <= 0xF4) {
			if (i + 3 >= to) {
				return -1;
			}
			int c1 = b[i + 1] & 0xFF;
			boolean ok = c == 0xF0 ? c1 >= 0x90 && c1 <= 0xBF : c == 0xF4 ? c1 >= 0x80 && c1 <= 0x8F : continuation(b[i + 1]);
			return ok && continuation(b[i + 2]) && continuation(b[i + 3]) ? 4 : -1;
		}
		return -1;
	}

	private static boolean continuation(byte b) {
		return (b & 0xC0) == 0x80;
	}

	/** The UTF-16 column (1-based) of the byte at {@code offset} on a line that starts at {@code lineStart}. */
	static long column(byte[] b, int lineStart, int offset) {
		long column = 1;
		for (int i = lineStart; i < offset; i++) {
			int c = b[i] & 0xFF;
			if (c < 0x80 || c >= 0xC0 && c < 0xF0) {
				column++;
			} else if (c >= 0xF0) {
				column += 2; // a supplementary character is two UTF-16 units
			}
		}
		return column;
	}

	/** The first offset in [start, end) after leading whitespace ({@link Character#isWhitespace}). */
	static int stripStart(byte[] b, int start, int end) {
		while (start < end) {
			int c = b[start];
			if (c >= 0) {
				if (!ASCII_SPACE[c]) {
					return start;
				}
				start++;
			} else {
				int length = length(c & 0xFF);
				if (start + length > end || !Character.isWhitespace(codePoint(b, start, length))) {
					return start;
				}
				start += length;
			}
		}
		return start;
	}

	/** The end offset in [start, end) before trailing whitespace. */
	static int stripEnd(byte[] b, int start, int end) {
		while (end > start) {
			int c = b[end - 1];
			if (c >= 0) {
				if (!ASCII_SPACE[c]) {
					return end;
				}
				end--;
			} else {
				int lead = end - 1;
				while (lead > start && (b[lead] & 0xC0) == 0x80) {
					lead--;
				}
				int length = length(b[lead] & 0xFF);
				if (lead + length != end || !Character.isWhitespace(codePoint(b, lead, length))) {
					return end;
				}
				end = lead;
			}
		}
		return end;
	}

	private static int length(int lead) {
		return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
	}

	private static int codePoint(byte[] b, int i, int length) {
		int c = b[i] & 0xFF;
		return switch (length) {
		case 2 -> (c & 0x1F) << 6 | b[i + 1] & 0x3F;
		case 3 -> (c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
		case 4 -> (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
		default -> -1;
		};
	}
}
