package org.assay.dsl.validation;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The header line of a data file, read without reading the rest: the bytes up to the first line break outside
 * quotes (at most {@link #LIMIT} bytes), decoded as strict UTF-8 and split into column names as the run's CSV loader
 * reads them (RFC 4180 quoting, names stripped, a byte order mark ignored). Problems in later lines are the run's to
 * report.
 */
final class DataFileHeader {

	/** A header longer than this is not read further (1 MiB). */
	static final int LIMIT = 1 << 20;

	/** The column names, or why there are none. */
	record Result(List<String> names, String problem, Problem kind) {
	}

	enum Problem {
		UNREADABLE, NOT_UTF8, INVALID
	}

	private DataFileHeader() {
	}

	static Result read(Path file, char separator) {
		byte[] bytes;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			bytes = firstLine(in);
		} catch (IOException | SecurityException e) {
			return problem(Problem.UNREADABLE, "it cannot be read (" + e.getMessage() + "). Check its permissions.");
		}
		if (bytes == null) {
			return problem(Problem.INVALID, "its header line is longer than " + (LIMIT >> 20) + " MiB; is it a data file?");
		}
		String text;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes);
		CharBuffer output = CharBuffer.allocate(bytes.length + 1);
		var outcome = decoder.decode(input, output, true);
		if (outcome.isError()) {
			return problem(Problem.NOT_UTF8, "its header is not valid UTF-8 at byte " + (input.position() + 1)
					+ ". Re-encode the file as UTF-8 (for example with iconv -t UTF-8).");
		}
		try {
			outcome = decoder.flush(output);
			if (outcome.isError()) {
				outcome.throwException();
			}
		} catch (CharacterCodingException e) {
			return problem(Problem.NOT_UTF8, "its header ends inside a UTF-8 character. Re-encode the file as UTF-8.");
		}
		text = output.flip().toString();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			return problem(Problem.INVALID, "it is empty; it needs a header line naming its columns and at least one row.");
		}
		return new Result(split(text, separator), null, null);
	}

	/** The bytes before the first line break outside quotes; null when there are more than {@link #LIMIT}. */
	private static byte[] firstLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		boolean quoted = false;
		for (int b; (b = in.read()) >= 0;) {
			if (b == '"') {
				quoted = !quoted;
			} else if (!quoted && (b == '\n' || b == '\r')) {
				if (line.size() > 0) {
					break;
				}
				continue; // leading empty lines are skipped, as the loader skips them
			}
			if (line.size() >= LIMIT) {
				return null;
			}
			line.write(b);
		}
		return line.toByteArray();
	}

	/** Splits one CSV record into stripped field values: {@code "a ""b"""} is {@code a "b"}. */
	static List<String> split(String record, char separator) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < record.length(); i++) {
			char c = record.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == separator) {
				fields.add(field.toString().strip());
				field.setLength(0);
			} else {
				field.append(c);
			}
		}
		fields.add(field.toString().strip());
		return fields;
	}

	private static Result problem(Problem kind, String message) {
		return new Result(List.of(), message, kind);
	}
}
