package org.assay.runtime.scan.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where a CSV file's chunks start: the file is cut into ranges of a fixed size; each range is scanned once, in
 * parallel, for its quote count and, for both possible quote states at its start, the end of its first line break
 * outside quotes and the line breaks before it. A prefix over the ranges' quote parities then tells each range's true
 * state at its start, hence its first record boundary, exactly (RFC 4180: a quote toggles the quoted state, an escaped
 * {@code ""} toggles it twice). Boundaries depend only on the file's bytes and the range size.
 */
final class CsvBoundaries {

	/** A chunk's byte range and the line breaks before it (so its first line is {@code linesBefore + 1}). */
	record Span(long start, long end, long linesBefore) {
	}

	private record RangeScan(boolean oddQuotes, long lineBreaks, long[] boundary, long[] linesBefore) {
	}

	private CsvBoundaries() {
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
