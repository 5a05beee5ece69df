package org.assay.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.assay.runtime.data.CsvLoader.Result;
import org.assay.runtime.data.DataProblem.Kind;

/**
 * Loading in two parts on two threads: the file is split at the first line break after its middle that is not
 * inside a quoted field (quote parity counted from the start), the first part reads the header, and the second
 * part's rows, problems and line numbers follow the first's exactly as a sequential load would give them; a fatal
 * problem in the first part hides everything after it, as it would sequentially.
 */
final class CsvSegments {

	private CsvSegments() {
	}

	static Result load(Path file, Schema schema, long size) throws IOException {
		long split;
		long linesBefore;
		try (FileChannel channel = FileChannel.open(file)) {
			MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
			long[] found = boundary(bytes, (int) (size / 2));
			if (found == null) {
				return null;
			}
			split = found[0];
			linesBefore = found[1];
		}
		String name = file.toString();
		CsvRecordLoader first = new CsvRecordLoader(name, schema, 0, null);
		CsvRecordLoader second = new CsvRecordLoader(name, schema, linesBefore, first);
		Result[] failed = new Result[2];
		Thread worker = new Thread(() -> failed[1] = parseRange(file, split, size, second, linesBefore), "assay-csv-part-2");
		worker.setDaemon(true);
		worker.start();
		try {
			failed[0] = parseRange(file, 0, split, first, 0);
		} finally {
			first.headerDone(); // never leave the second part waiting, whatever happened to the first
			joinUninterruptibly(worker);
		}
		if (failed[0] != null) {
			return failed[0];
		}
		if (first.isFatal() || first.headerFields() < 0) {
			return first.finish();
		}
		if (failed[1] != null) {
			return failed[1];
		}
		return first.append(second).finish();
	}

	private static Result parseRange(Path file, long start, long end, CsvRecordLoader loader, long lineOffset) {
		try (FileChannel channel = FileChannel.open(file)) {
			channel.position(start);
			InputStream in = new java.io.BufferedInputStream(limited(Channels.newInputStream(channel), end - start), 1 << 16);
			return CsvLoader.parse(file.toString(), in, loader, lineOffset);
		} catch (IOException e) {
			return CsvLoader.fatal(file.toString(), 0, 0, Kind.UNREADABLE, "cannot read the file: " + e.getMessage());
		}
	}

	/** The offset just after the first line break at or after {@code middle} outside quotes, and the lines before it. */
	private static long[] boundary(MappedByteBuffer bytes, int middle) {
		boolean quoted = false;
		long lines = 0;
		int limit = bytes.limit();
		for (int i = 0; i < limit; i++) {
			byte b = bytes.get(i);
			if (b == '"') {
				quoted = !quoted;
			} else if (!quoted && (b == '\n' || b == '\r' && (i + 1 == limit || bytes.get(i + 1) != '\n'))) {
				lines++;
				if (i >= middle) {
					return i + 1 < limit ? new long[] { i + 1, lines } : null;
				}
			} else if (quoted && (b == '\n' || b == '\r' && (i + 1 == limit || bytes.get(i + 1) != '\n'))) {
				lines++;
			}
		}
		return null;
	}

	private static InputStream limited(InputStream in, long length) {
		return new java.io.FilterInputStream(in) {
			private long left = length;

			@Override
			public int read() throws IOException {
				if (left <= 0) {
					return -1;
				}
				int b = super.read();
				if (b >= 0) {
					left--;
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int count) throws IOException {
				if (left <= 0) {
					return -1;
				}
				int n = super.read(buffer, offset, (int) Math.min(count, left));
				if (n > 0) {
					left -= n;
				}
				return n;
			}
		};
	}

	private static void joinUninterruptibly(Thread thread) {
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
