package org.assay.runtime.scan.csv;

/**
 * Splits bytes into records and fields as FastCSV does for {@code CsvLoader} (RFC 4180): a field that starts with a
 * quote is quoted until the next lone quote ({@code ""} is an escaped quote) and may hold delimiters and line breaks;
 * a quote elsewhere is an ordinary character; a line break is LF, CR LF or a lone CR; empty lines are skipped; a
 * quoted field still open at the end of the input runs to the end. Lines count every line break, quoted ones too.
 */
final class CsvTokenizer {

	/** {@link #next} at the end of the input. */
	static final int END = -1;
	/** {@link #next} on text after a closing quote (see {@link #malformedColumn}). */
	static final int MALFORMED = -2;

	private final byte[] buf;
	private final byte delimiter;
	private final int end;
	private int pos;
	private long line;
	private long recordLine;
	private int malformedColumn;
	private boolean openQuoteAtEnd;
	/** The bytes passed since {@link #takeNonAscii}, or-ed: negative when one of them was 0x80 or more. */
	private int passed;
	/**
	 * The last record's fields, one long each (one store per field): the start in the high half, the end in the low
	 * half, complemented ({@code ~end}, negative) when the field is quoted and holds {@code ""} still to unescape.
	 */
	private long[] fields = new long[16];

	CsvTokenizer(byte[] buf, int start, int end, byte delimiter, long firstLine) {
		this.buf = buf;
		this.pos = start;
		this.end = end;
		this.delimiter = delimiter;
		this.line = firstLine;
	}

	/** The line the last record started on. */
	long recordLine() {
		return recordLine;
	}

	/** The line the tokenizer is on (after the last record's line break: the next record's first line). */
	long line() {
		return line;
	}

	int position() {
		return pos;
	}

	/** The field (1-based) whose closing quote is followed by text, after {@link #MALFORMED}. */
	int malformedColumn() {
		return malformedColumn;
	}

	/** Whether the last field was quoted and not closed before the end of the input. */
	boolean openQuoteAtEnd() {
		return openQuoteAtEnd;
	}

	/**
	 * Whether a byte of 0x80 or more was passed since the last call: only then may the bytes read since be other than
	 * well-formed UTF-8 (ASCII always is), so a reader checks UTF-8 only where this says so.
	 */
	boolean takeNonAscii() {
		boolean any = passed < 0;
		passed = 0;
		return any;
	}

	int start(int field) {
		return (int) (fields[field] >>> 32);
	}

	int end(int field) {
		int end = (int) fields[field];
		return end < 0 ? ~end : end;
	}

	/** Whether the field was quoted and holds {@code ""} pairs still to be unescaped. */
	boolean escaped(int field) {
		return (int) fields[field] < 0;
	}

	private void field(int index, int start, int end, boolean escaped) {
		if (index == fields.length) {
			fields = java.util.Arrays.copyOf(fields, index * 2);
		}
		fields[index] = (long) start << 32 | (escaped ? ~end : end) & 0xFFFF_FFFFL;
	}

	/** Reads the next record (its fields: {@link #start}, {@link #end}); returns its field count, {@link #END} or {@link #MALFORMED}. */
	int next() {
		final byte[] b = buf;
		final int limit = end;
		final byte delim = delimiter;
		final int plain = Math.max(delim, '\r'); // bytes above this are none of delimiter, CR, LF (non-ASCII is < 0)
		int p = pos;
		while (p < limit) { // empty lines are skipped
			byte c = b[p];
			if (c == '\n') {
				line++;
				p++;
			} else if (c == '\r') {
				line++;
				p++;
				if (p < limit && b[p] == '\n') {
					p++;
				}
			} else {
				break;
			}
		}
		if (p >= limit) {
			pos = p;
			return END;
		}
		recordLine = line;
		int field = 0;
		int bits = delim; // negative once a byte of the record (delimiter included) is non-ASCII: the or of those bytes
		while (true) {
			if (p < limit && b[p] == '"') {
				int start = ++p;
				boolean escaped = false;
				int stop;
				while (true) {
					if (p >= limit) {
						stop = limit;
						openQuoteAtEnd = true;
						break;
					}
					byte c = b[p];
					if (c == '"') {
						if (p + 1 < limit && b[p + 1] == '"') {
							escaped = true;
							p += 2;
							continue;
						}
						stop = p++;
						break;
					}
					if (c == '\n' || c == '\r' && (p + 1 >= limit || b[p + 1] != '\n')) {
						line++;
					}
					bits |= c;
					p++;
				}
				if (p < limit) {
					byte c = b[p];
					if (c != delim && c != '\n' && c != '\r') {
						malformedColumn = field + 1;
						passed |= bits;
						pos = p;
						return MALFORMED;
					}
				}
				field(field, start, stop, escaped);
			} else {
				int start = p;
				while (p < limit) {
					byte c = b[p];
					// digits, letters and most punctuation sort after the delimiter and the line breaks: one compare
					// (non-ASCII bytes are negative: they take the second branch, where they are noted)
					if (c <= plain) {
						if (c == delim || c == '\n' || c == '\r') {
							break;
						}
						bits |= c;
					}
					p++;
				}
				field(field, start, p, false);
			}
			field++;
			if (p >= limit) {
				passed |= bits;
				pos = p;
				return field;
			}
			byte c = b[p++];
			if (c == delim) {
				continue;
			}
			line++;
			if (c == '\r' && p < limit && b[p] == '\n') {
				p++;
			}
			passed |= bits;
			pos = p;
			return field;
		}
	}

	/** Copies a quoted field's content with each {@code ""} made one quote; returns the new length. */
	static int unescape(byte[] from, int start, int end, byte[] to, int at) {
		int n = at;
		for (int i = start; i < end; i++) {
			to[n++] = from[i];
			if (from[i] == '"') {
				i++; // the second quote of the pair
			}
		}
		return n - at;
	}
}
