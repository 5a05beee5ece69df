package org.assay.runtime.scan.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where a CSV file's chunks start. Guessed ({@link #guessed}, what the engine's pass reads): each range of a fixed
 * size gives the end of the first line break at or after its start, read from a small window, as though the range
 * started outside quotes; the chunk before checks the guess as it reads (it must not end inside a quoted field; if it
 * does, the next chunk starts at its last record instead, see {@link CsvRowSource#recut}). Exact ({@link #spans}, for
 * the readers that take chunks in any order): each range is scanned once, in parallel, for its quote count and, for
 * both possible quote states at its start, the end of its first line break outside quotes and the line breaks before
 * it. A prefix over the ranges' quote parities then tells each range's true state at its start, hence its first
 * record boundary, exactly (RFC 4180: a quote toggles the quoted state, an escaped {@code ""} toggles it twice).
 * Boundaries depend only on the file's bytes and the range size.
 */
final class CsvBoundaries {

	/** Bytes read at a time when looking for a line break. */
	private static final int WINDOW = 1 << 12;

	/**
	 * A chunk's byte range and the line breaks before it (so its first line is {@code linesBefore + 1}); -1 when not
	 * counted (a guessed boundary).
	 */
	record Span(long start, long end, long linesBefore) {
	}

	private record RangeScan(boolean oddQuotes, long lineBreaks, long[] boundary, long[] linesBefore) {
	}

	private CsvBoundaries() {
	}

	/**
	 * The chunks of the data after the header, cut at guesses: the first starts at {@code dataStart} (whose preceding
	 * line breaks are {@code dataLinesBefore}), the others at the end of the first line break (LF, CR LF or a lone CR)
	 * at or after the start of each range of {@code rangeBytes} counted from the start of the file; the line breaks
	 * before them are not counted. Reads a few bytes per range.
	 */
	static List<Span> guessed(CsvInput input, long size, long dataStart, long dataLinesBefore, int rangeBytes)
			throws IOException {
		List<Span> spans = new ArrayList<>();
		long start = dataStart;
		for (long from = rangeBytes; from < size; from += rangeBytes) {
			long boundary = breakEnd(input, size, Math.max(from, start));
			if (boundary >= size) {
				break;
			}
			spans.add(new Span(start, boundary, spans.isEmpty() ? dataLinesBefore : -1));
			start = boundary;
			if (boundary > from + rangeBytes) { // a line longer than a range: go on from the range it ends in
				from = boundary - boundary % rangeBytes;
			}
		}
		spans.add(new Span(start, size, spans.isEmpty() ? dataLinesBefore : -1));
		return spans;
	}

	/** The end of the first line break at or after {@code from} (after its LF for a CR LF); {@code size} when none. */
	private static long breakEnd(CsvInput input, long size, long from) throws IOException {
		byte[] bytes = new byte[WINDOW + 1];
		for (long at = from; at < size; at += WINDOW) {
			int length = (int) Math.min(WINDOW, size - at);
			int read = (int) Math.min(length + 1L, size - at); // one byte more: does a CR at the end precede an LF?
			input.read(at, bytes, read);
			for (int i = 0; i < length; i++) {
				byte b = bytes[i];
				if (b == '\n' || b == '\r' && (i + 1 >= read || bytes[i + 1] != '\n')) {
					return at + i + 1;
				}
			}
		}
		return size;
	}

	/**
	 * The chunks of the data after the header: the first starts at {@code dataStart} (whose preceding line breaks are
	 * {@code dataLinesBefore}), the others at the first record boundary of each range; together they cover the file.
	 */
	static List<Span> spans(CsvInput channel, long size, long dataStart, long dataLinesBefore, int rangeBytes)
			throws IOException {
		int ranges = (int) Math.max(1, (size + rangeBytes - 1) / rangeBytes);
		RangeScan[] scans = new RangeScan[ranges];
		try {
			IntStream.range(0, ranges).parallel().forEach(r -> scans[r] = scan(channel, size, (long) r * rangeBytes,
					Math.min(size, (long) (r + 1) * rangeBytes)));
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		List<Span> spans = new ArrayList<>();
		long start = dataStart;
		long startLines = dataLinesBefore;
		int parity = 0;
		long lines = 0;
		for (int r = 0; r < ranges; r++) {
			RangeScan scan = scans[r];
			long boundary = scan.boundary[parity];
			if (boundary > start && boundary < size) {
				long before = lines + scan.linesBefore[parity];
				spans.add(new Span(start, boundary, startLines));
				start = boundary;
				startLines = before;
			}
			parity ^= scan.oddQuotes ? 1 : 0;
			lines += scan.lineBreaks;
		}
		if (start < size || spans.isEmpty()) {
			spans.add(new Span(start, size, startLines));
		}
		return spans;
	}

	/** The line breaks in {@code [from, to)} (where {@code to} is not between a CR and its LF). */
	static long countBreaks(CsvInput input, long size, long from, long to) throws IOException {
		long breaks = 0;
		for (long at = from; at < to; at += 1 << 16) {
			int length = (int) Math.min(1 << 16, to - at);
			// one byte more when there is one: does a CR at the window's end precede an LF?
			byte[] bytes = new byte[(int) Math.min(length + 1L, size - at)];
			input.read(at, bytes, bytes.length);
			breaks += CsvChunk.countBreaks(bytes, 0, length);
		}
		return breaks;
	}

	/** Counts a range's quotes and line breaks, and finds its first break outside quotes for either starting state. */
	private static RangeScan scan(CsvInput channel, long size, long from, long to) {
		int length = (int) (to - from);
		boolean peek = to < size;
		byte[] bytes = new byte[length + (peek ? 1 : 0)];
		try {
			channel.read(from, bytes, bytes.length);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		long[] boundary = { -1, -1 };
		long[] linesBefore = { 0, 0 };
		int quoted = 0; // quotes seen in this range, modulo 2
		long breaks = 0;
		for (int i = 0; i < length; i++) {
			byte b = bytes[i];
			// digits, letters and most punctuation sort after the quote: one compare passes them. A plain byte loop: the
			// word-at-a-time test through a VarHandle that was here cost more compile time at each start than it saved
			if (b > '"') {
				continue;
			}
			if (b == '"') {
				quoted ^= 1;
			} else if (b == '\n' || b == '\r' && (i + 1 < length || peek ? bytes[i + 1] != '\n' : true)) {
				breaks++;
				// outside quotes when the range started in the state that the quotes seen so far cancel
				int entry = quoted;
				if (boundary[entry] < 0) {
					boundary[entry] = from + i + 1;
					linesBefore[entry] = breaks;
				}
			}
		}
		return new RangeScan(quoted == 1, breaks, boundary, linesBefore);
	}
}
