package org.assay.runtime.scan.csv;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The bytes a {@link CsvRowSource} reads: a file, read piece by piece at positions, or an array already in memory. */
interface CsvInput extends AutoCloseable {

	long size() throws IOException;

	/** Copies {@code length} bytes from offset {@code at} into the start of {@code into}. */
	void read(long at, byte[] into, int length) throws IOException;

	@Override
	void close() throws IOException;

	static CsvInput of(FileChannel channel) {
		return new CsvInput() {
			@Override
			public long size() throws IOException {
				return channel.size();
			}

			@Override
			public void read(long at, byte[] into, int length) throws IOException {
				// positional reads, not memory mappings: a JVM's first mapping cost the first verification about 20 ms
				ByteBuffer target = ByteBuffer.wrap(into, 0, length);
				long position = at;
				while (target.hasRemaining()) {
					int read = channel.read(target, position);
					if (read < 0) {
						throw new EOFException("the file ended at byte " + position + ", inside the " + length + " bytes from "
								+ at + " being read: did it change while it was read?");
					}
					position += read;
				}
			}

			@Override
			public void close() throws IOException {
				channel.close();
			}
		};
	}

	static CsvInput of(byte[] bytes) {
		return new CsvInput() {
			@Override
			public long size() {
				return bytes.length;
			}

			@Override
			public void read(long at, byte[] into, int length) {
				System.arraycopy(bytes, (int) at, into, 0, length);
			}

			@Override
			public void close() {
				// nothing is held open
			}
		};
	}
}
