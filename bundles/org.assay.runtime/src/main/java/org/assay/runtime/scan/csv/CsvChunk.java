package org.assay.runtime.scan.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.CsvHeader;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.DataProblem.Kind;
import org.assay.runtime.data.FindingsCollector;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.Chunk;

/**
 * A byte range of a CSV file between record boundaries, parsed on its own into batches. Lines are relative to the
 * chunk (its first line is 1), except in chunk 0 whose lines are the file's (it starts at line 1 with the header); so
 * are the lines of the problems that stop it, which {@link CsvRowSource#fatalProblems} makes the file's. A chunk whose
 * end is a guessed boundary ({@link CsvBoundaries#guessed}) checks it: ending inside a quoted field, it says so in its
 * summary instead of stopping the file, and where that record starts ({@link CsvRowSource#recut} cuts there).
 */
final class CsvChunk implements Chunk {

	static final int BATCH_ROWS = 1024;

	private final CsvRowSource source;
	private final int index;
	private final CsvBoundaries.Span span;
	private final boolean last;
	/** Whether the end is a guessed boundary, which an open quote at the end shows wrong. */
	private final boolean guessedEnd;
	/** The line the chunk starts on: the file's in chunk 0 (it starts after the header), else 1. */
	private final long firstLine;
	/** Where the record that ran past the guessed end starts (a file offset), once read; else -1. */
	private volatile long openRecordStart = -1;

	CsvChunk(CsvRowSource source, int index, CsvBoundaries.Span span, boolean last, boolean guessedEnd) {
		this.source = source;
		this.index = index;
		this.span = span;
		this.last = last;
		this.guessedEnd = guessedEnd;
		this.firstLine = index == 0 ? span.linesBefore() + 1 : 1;
	}

	long start() {
		return span.start();
	}

	long end() {
		return span.end();
	}

	long openRecordStart() {
		return openRecordStart;
	}

	/** This chunk ending at {@code end}, a record boundary (no guess). */
	CsvChunk endingAt(long end) {
		return new CsvChunk(source, index, new CsvBoundaries.Span(span.start(), end, span.linesBefore()), false, false);
	}

	/** This chunk starting at {@code start}, a record boundary (its line breaks before not counted). */
	CsvChunk startingAt(long start) {
		return new CsvChunk(source, index, new CsvBoundaries.Span(start, span.end(), -1), last, guessedEnd);
	}

	/** The line breaks before the chunk's start if known, else -1. */
	long linesBefore() {
		return span.linesBefore();
	}

	@Override
	public int index() {
		return index;
	}

	@Override
	public Summary read(Consumer<Batch> batches) throws IOException {
		if (span.end() - span.start() > Integer.MAX_VALUE - 8) {
			source.fatal(this, new DataProblem(source.name(), firstLine, 0, Kind.UNREADABLE, "a record "
					+ "here runs on for more than 2 GiB (a quote that is never closed?). Check the quoting."));
			return new Summary(0, 0, new CsvChunkFindings(List.of(), 0, new FindingsCollector()));
		}
		int length = (int) (span.end() - span.start());
		byte[] bytes = source.buffers().take(length);
		try {
			source.input().read(span.start(), bytes, length);
			return parse(bytes, length, batches);
		} finally {
			source.buffers().give(bytes);
		}
	}

	/** Parses the chunk's {@code length} bytes at the start of {@code bytes} (an array reused by the chunks). */
	private Summary parse(byte[] bytes, int length, Consumer<Batch> batches) {
		Reading reading = new Reading(bytes, length);
		CsvTokenizer tokenizer = reading.tokenizer;
		CsvBatch batch = reading.batch;
		long rows = 0;
		boolean more = true;
		while (more) {
			more = reading.fill(length) > 0;
			rows += batch.size();
			if (batch.isFull()) {
				batches.accept(batch);
				batch.reset();
			}
		}
		if (batch.size() > 0) {
			batches.accept(batch);
		}
		long lines = reading.endsInsideRecord ? reading.readLine - 1 // the lines before the record that runs on
				: tokenizer.line() - 1 + (length > 0 && bytes[length - 1] != '\n' && bytes[length - 1] != '\r' ? 1 : 0);
		return new Summary(rows, lines, new CsvChunkFindings(reading.problems, reading.problemCount, reading.findings),
				reading.endsInsideRecord);
	}

	/** One reading of the chunk: its bytes, tokenizer, batch and findings (local, so chunks may be read in parallel). */
	private final class Reading {

		final byte[] bytes;
		final List<Column> columns = source.schema().columns();
		final CsvHeader header = source.header();
		final int[] fieldColumn = header.fieldColumn();
		/** The declared columns' fields in file order: as the loader, each row's problems in the order of its fields. */
		final int[] fields = java.util.stream.IntStream.range(0, fieldColumn.length).filter(i -> fieldColumn[i] >= 0).toArray();
		final CsvBatch batch;
		/** The vector of each of {@link #fields}. */
		final CsvColumnVector[] vectors;
		final CsvTokenizer tokenizer;
		/** The first byte in the chunk that is not UTF-8, once a record reaches it; else -1. */
		int invalidUtf8 = -1;
		/** Where the bytes not yet checked for UTF-8 start: at a record's start (always where a character starts). */
		int unchecked;
		final List<DataProblem> problems = new ArrayList<>();
		long problemCount;
		final FindingsCollector findings = new FindingsCollector();
		/** The guessed end fell inside a quoted field. */
		boolean endsInsideRecord;
		/** Where the records read end (after the last one's line break) and the line there. */
		int readTo;
		long readLine = firstLine;

		Reading(byte[] bytes, int length) {
			this.bytes = bytes;
			this.batch = new CsvBatch(columns, BATCH_ROWS, bytes);
			this.tokenizer = new CsvTokenizer(bytes, 0, length, source.delimiter(), firstLine);
			this.vectors = new CsvColumnVector[fields.length];
			for (int i = 0; i < fields.length; i++) {
				vectors[i] = batch.vector(fieldColumn[fields[i]]);
			}
		}

		/**
		 * Reads records into the batch until it is full or the chunk ends; returns the bytes left, or -1 when a record
		 * stopped the chunk. One test ends the loop at both ends, so that its exit is taken at every batch, and the
		 * result is arithmetic, not a test: the JIT compiles code that has seen every way out, instead of code it throws
		 * away where the first chunk ends (the whole chunk's loop, compiled on stack, was compiled three times per
		 * verification that way). Each record is a call, compiled as an ordinary method early.
		 */
		int fill(int length) {
			CsvTokenizer t = tokenizer;
			CsvBatch b = batch;
			while (((t.position() - length) & (b.size() - BATCH_ROWS)) < 0) { // both negative: input left, room left
				int count = t.next();
				if (count == CsvTokenizer.END || !record(count)) {
					return -1;
				}
			}
			return length - t.position();
		}

		/** Puts the record the tokenizer has just read ({@code count} fields) into the batch; false when it stops the chunk. */
		boolean record(int count) {
			if (tokenizer.takeNonAscii() && invalidUtf8 < 0) { // only records with bytes >= 0x80 need the UTF-8 check
				invalidUtf8 = Utf8.firstInvalid(bytes, unchecked, tokenizer.position());
			}
			unchecked = tokenizer.position();
			if ((count != header.fields() || tokenizer.openQuoteAtEnd() || invalidUtf8 >= 0 && tokenizer.position() > invalidUtf8)
					&& !unusual(count)) {
				return false;
			}
			long line = tokenizer.recordLine();
			int row = batch.size();
			batch.line(line);
			for (int i = 0; i < fields.length; i++) {
				int field = fields[i];
				CsvColumnVector vector = vectors[i];
				Kind problem = tokenizer.escaped(field) ? escaped(vector, row, field)
						: vector.put(row, bytes, tokenizer.start(field), tokenizer.end(field), false);
				if (problem != null) {
					problem(vector, row, fieldColumn[field], field, line, problem);
				}
			}
			batch.commit();
			readTo = tokenizer.position();
			readLine = tokenizer.line();
			return true;
		}

		private Kind escaped(CsvColumnVector vector, int row, int field) {
			int at = batch.copyUnescaped(tokenizer.start(field), tokenizer.end(field));
			return vector.put(row, batch.copies(), at, batch.copiedEnd(), true);
		}

		private void problem(CsvColumnVector vector, int row, int c, int field, long line, Kind problem) {
			String text = vector.text(row).toString().strip();
			Column column = columns.get(c);
			problemCount++;
			if (problems.size() < CsvLoader.MAX_LISTED_PROBLEMS) {
				problems.add(new DataProblem(source.name(), line, field + 1, problem,
						CsvHeader.invalidMessage(column, problem, text)));
			}
			findings.add(c, problem, text, line);
		}

		/** A record past bad UTF-8, malformed, ragged or with a quote open at its end: false when it stops the chunk. */
		private boolean unusual(int count) {
			if (invalidUtf8 >= 0 && tokenizer.position() > invalidUtf8) {
				notUtf8(bytes, invalidUtf8);
				return false;
			}
			long line = tokenizer.recordLine();
			if (count == CsvTokenizer.MALFORMED) {
				source.fatal(CsvChunk.this, new DataProblem(source.name(), tokenizer.line(), tokenizer.malformedColumn(),
						Kind.UNREADABLE, "malformed CSV: text follows the closing quote of a quoted field. Quote the whole "
								+ "field and double the quotes inside it (\"a \"\"b\"\" c\")."));
				return false;
			}
			if (tokenizer.openQuoteAtEnd() && !last && guessedEnd) {
				endsInsideRecord = true; // the next chunk's start was a wrong guess: this record goes on there
				openRecordStart = span.start() + readTo;
				return false;
			}
			if (tokenizer.openQuoteAtEnd() && !last) {
				source.fatal(CsvChunk.this, new DataProblem(source.name(), line, 0, Kind.UNREADABLE, "a quote inside an "
						+ "unquoted field before this line makes the file's records ambiguous to split. Quote every field "
						+ "that holds a quote and double the quotes inside it (\"a \"\"b\"\" c\")."));
				return false;
			}
			if (count != header.fields()) {
				source.fatal(CsvChunk.this, new DataProblem(source.name(), line, 0, Kind.RAGGED_ROW,
						CsvHeader.raggedMessage(count, header.fields())));
				return false;
			}
			return true;
		}
	}

	private void notUtf8(byte[] bytes, int offset) {
		int lineStart = offset;
		while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
			lineStart--;
		}
		long breaks = countBreaks(bytes, 0, offset);
		long line = firstLine + breaks;
		source.fatal(this, new DataProblem(source.name(), line, (int) Utf8.column(bytes, lineStart, offset), Kind.NOT_UTF8,
				CsvHeader.NOT_UTF8_MESSAGE));
	}

	static long countBreaks(byte[] b, int from, int to) {
		long breaks = 0;
		for (int i = from; i < to; i++) {
			if (b[i] == '\n' || b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) {
				breaks++;
			}
		}
		return breaks;
	}

	@Override
	public String toString() {
		return source.name() + " bytes " + span.start() + ".." + span.end()
				+ (span.linesBefore() < 0 ? " (a guessed start)" : " (from line " + (span.linesBefore() + 1) + ")");
	}

	static String decode(byte[] bytes, int start, int end) {
		return new String(bytes, start, end - start, StandardCharsets.UTF_8);
	}
}
