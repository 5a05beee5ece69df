package org.assay.runtime.scan.csv;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/** The bytes a {@link CsvRowSource} reads: a file, memory-mapped piece by piece, or an array already in memory. */
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
				MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, at, length);
				mapped.get(0, into, 0, length);
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
