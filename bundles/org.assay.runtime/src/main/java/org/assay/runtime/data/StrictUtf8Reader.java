package org.assay.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly, in one pass, and tells where the first invalid byte sequence is (line and column), instead
 * of replacing it silently.
 */
final class StrictUtf8Reader extends Reader {

	/** Thrown at the first byte sequence that is not UTF-8. */
	static final class NotUtf8Exception extends IOException {
		private static final long serialVersionUID = 1L;
		final long line;
		final long column;

		NotUtf8Exception(long line, long column) {
			super("not UTF-8 at line " + line + ", column " + column);
			this.line = line;
			this.column = column;
		}
	}

	private final InputStream in;
	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
	private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
	private boolean endOfInput;
	private long line = 1;
	private long column = 1;

	StrictUtf8Reader(InputStream in) {
		this.in = in;
		bytes.flip();
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (true) {
			CoderResult result = decoder.decode(bytes, out, endOfInput);
			if (result.isError()) {
				track(buffer, offset, out.position() - offset);
				throw new NotUtf8Exception(line, column);
			}
			int produced = out.position() - offset;
			if (produced > 0) {
				track(buffer, offset, produced);
				return produced;
			}
			if (endOfInput) {
				decoder.flush(out);
				produced = out.position() - offset;
				return produced > 0 ? produced : -1;
			}
			bytes.compact();
			int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
			if (n < 0) {
				endOfInput = true;
			} else {
				bytes.position(bytes.position() + n);
			}
			bytes.flip();
		}
	}

	private void track(char[] buffer, int offset, int count) {
		for (int i = offset; i < offset + count; i++) {
			if (buffer[i] == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
