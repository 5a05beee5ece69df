package org.assay.runtime.scan.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.data.CsvHeader;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.DataProblem.Kind;
import org.assay.runtime.data.FindingsCollector;
import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.FatalProblems;
import org.assay.runtime.scan.SourceFormat;

/**
 * A CSV or TSV file read with positional reads in chunks of about {@link #CHUNK_BYTES} bytes (see
 * {@link CsvBoundaries}), each parsed on its own into columnar batches with {@code CsvLoader}'s strictness. Nothing
 * grows with the row count: a chunk's bytes and one batch per reading thread.
 */
public final class CsvRowSource implements RowSource {

	/** The default range size chunks are cut from. */
	public static final int CHUNK_BYTES = 8 << 20;

	private final Path file;
	private final String name;
	private final Schema schema;
	private final byte delimiter;
	private final int chunkBytes;
	private final CsvInput input;
	private final long size;
	private final FatalProblems fatal = new FatalProblems();
	private final ChunkBuffers buffers;
	private CsvHeader header;
	private long dataStart;
	private long dataLinesBefore;
	/** The chunks cut so far (null before any): exactly, or at guesses (and then maybe cut again from a wrong one). */
	private List<Chunk> chunks;
	private boolean exact;

	private CsvRowSource(Path file, CsvInput input, String name, Schema schema, char delimiter, int chunkBytes)
			throws IOException {
		this.file = file;
		this.name = name;
		this.schema = schema;
		this.delimiter = (byte) delimiter;
		this.chunkBytes = chunkBytes;
		this.input = input;
		this.size = input.size();
		this.buffers = new ChunkBuffers(chunkBytes);
	}

	/** Opens a file (already resolved inside the project) and reads its header; {@code name} is the model's path. */
	public static CsvRowSource open(Path file, String name, Schema schema, char delimiter) throws IOException {
		return open(file, name, schema, delimiter, CHUNK_BYTES);
	}

	/** As {@link #open(Path, String, Schema, char)} with another range size (tests cut small files into many chunks). */
	public static CsvRowSource open(Path file, String name, Schema schema, char delimiter, int chunkBytes)
			throws IOException {
		if (chunkBytes < 1) {
			throw new IllegalArgumentException("chunk size must be positive: " + chunkBytes);
		}
		return opened(new CsvRowSource(file, CsvInput.of(FileChannel.open(file)), name, schema, delimiter, chunkBytes));
	}

	/**
	 * A CSV text held in memory (header included), read exactly as a file of those bytes: for engines that receive a
	 * file's lines from elsewhere (the Spark engine parses each partition's lines with this reader). Located problems
	 * name {@code name}; lines count from the first byte (the header is line 1).
	 */
	public static CsvRowSource of(byte[] bytes, String name, Schema schema, char delimiter, int chunkBytes)
			throws IOException {
		if (chunkBytes < 1) {
			throw new IllegalArgumentException("chunk size must be positive: " + chunkBytes);
		}
		return opened(new CsvRowSource(null, CsvInput.of(bytes), name, schema, delimiter, chunkBytes));
	}

	private static CsvRowSource opened(CsvRowSource source) throws IOException {
		try {
			source.readHeader();
		} catch (IOException | RuntimeException e) {
			source.close();
			throw e;
		}
		return source;
	}

	private void readHeader() throws IOException {
		int window = (int) Math.min(size, 1 << 16);
		while (true) {
			byte[] bytes = new byte[window];
			input.read(0, bytes, window);
			List<String> names = new ArrayList<>();
			CsvTokenizer tokenizer = new CsvTokenizer(bytes, 0, window, delimiter, 1);
			int fields = tokenizer.next();
			for (int i = 0; i < fields; i++) {
				names.add(tokenizer.escaped(i) ? unescaped(bytes, tokenizer.start(i), tokenizer.end(i))
						: CsvChunk.decode(bytes, tokenizer.start(i), tokenizer.end(i)));
			}
			if (window < size && tokenizer.position() >= window) { // the header may go on after the window

				window = (int) Math.min(size, Math.min(Integer.MAX_VALUE - 8, (long) window * 4));
				continue;
			}
			if (fields == CsvTokenizer.END) {
				fatal.opening(new DataProblem(name, 1, 0, Kind.EMPTY_FILE, CsvHeader.EMPTY_FILE_MESSAGE));
				return;
			}
			int bad = Utf8.firstInvalid(bytes, 0, tokenizer.position());
			if (bad >= 0) {
				fatal.opening(new DataProblem(name, 1 + CsvChunk.countBreaks(bytes, 0, bad), (int) Utf8.column(bytes,
						lineStart(bytes, bad), bad), Kind.NOT_UTF8, CsvHeader.NOT_UTF8_MESSAGE));
				return;
			}
			if (fields == CsvTokenizer.MALFORMED) {
				fatal.opening(new DataProblem(name, tokenizer.line(), tokenizer.malformedColumn(), Kind.UNREADABLE,
						"malformed CSV header: text follows a closing quote. Quote the whole name."));
				return;
			}
			header = CsvHeader.match(name, tokenizer.recordLine(), names, schema);
			header.problems().forEach(fatal::opening);
			dataStart = tokenizer.position();
			dataLinesBefore = tokenizer.line() - 1;
			if (header.isUsable() && !hasRecordAfter(dataStart)) {
				fatal.opening(new DataProblem(name, 2, 0, Kind.NO_ROWS, CsvHeader.NO_ROWS_MESSAGE));
			}
			return;
		}
	}

	private static int lineStart(byte[] bytes, int offset) {
		int start = offset;
		while (start > 0 && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') {
			start--;
		}
		return start;
	}

	private static String unescaped(byte[] bytes, int start, int end) {
		byte[] out = new byte[end - start];
		int n = CsvTokenizer.unescape(bytes, start, end, out, 0);
		return CsvChunk.decode(out, 0, n);
	}

	/** Whether anything but line breaks follows the header. */
	private boolean hasRecordAfter(long offset) throws IOException {
		long at = offset;
		while (at < size) {
			int window = (int) Math.min(size - at, 1 << 16);
			byte[] bytes = new byte[window];
			input.read(at, bytes, window);
			for (int i = 0; i < window; i++) {
				byte b = bytes[i];
				if (b != '\n' && b != '\r') {
					return true;
				}
			}
			at += window;
		}
		return false;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Schema schema() {
		return schema;
	}

	@Override
	public SourceFormat format() {
		return delimiter == '\t' ? SourceFormat.TSV : SourceFormat.CSV;
	}

	/**
	 * The chunks of the data rows, cut exactly (every range scanned first, see {@link CsvBoundaries#spans}); none when
	 * the file cannot be used ({@link #fatalProblems} says why).
	 */
	@Override
	public synchronized List<Chunk> chunks() throws IOException {
		if (chunks == null || !exact) {
			cut(fatal.unusable() ? List.of() : CsvBoundaries.spans(input, size, dataStart, dataLinesBefore, chunkBytes), false);
			exact = true;
		}
		return chunks;
	}

	/**
	 * The chunks cut at guessed boundaries (see {@link CsvBoundaries#guessed}), without reading the file first: each
	 * checks the next one's start; or the chunks already cut (exactly, or again after a wrong guess).
	 */
	@Override
	public synchronized List<Chunk> guessedChunks() throws IOException {
		if (chunks == null) {
			cut(fatal.unusable() ? List.of() : CsvBoundaries.guessed(input, size, dataStart, dataLinesBefore, chunkBytes),
					true);
		}
		return chunks;
	}

	/**
	 * After chunk {@code index} ended inside a quoted field (its end, the next start, was a wrong guess): that chunk
	 * now ends where its last record starts, and the next one starts there; the others stay.
	 */
	@Override
	public synchronized List<Chunk> recut(int index) throws IOException {
		long at = chunks == null || exact ? -1 : ((CsvChunk) chunks.get(index)).openRecordStart();
		if (at < 0 || index + 1 >= chunks.size()) {
			throw new IllegalStateException(name + ": chunk " + index + " did not end inside a record at a guess");
		}
		List<Chunk> list = new ArrayList<>(chunks);
		list.set(index, ((CsvChunk) chunks.get(index)).endingAt(at));
		list.set(index + 1, ((CsvChunk) chunks.get(index + 1)).startingAt(at));
		chunks = List.copyOf(list);
		fatal.forget(index);
		fatal.forget(index + 1);
		return chunks;
	}

	/** Replaces the chunks by chunks of {@code spans}, forgetting what the old ones found. */
	private void cut(List<CsvBoundaries.Span> spans, boolean guessed) {
		for (int i = 0; chunks != null && i < chunks.size(); i++) {
			fatal.forget(i);
		}
		List<Chunk> list = new ArrayList<>(spans.size());
		for (int i = 0; i < spans.size(); i++) {
			boolean last = i == spans.size() - 1;
			list.add(new CsvChunk(this, i, spans.get(i), last, guessed && !last));
		}
		chunks = List.copyOf(list);
	}

	/** The line breaks before chunk {@code index}: counted now if its start was a guess. */
	private long breaksBefore(int index) throws IOException {
		CsvChunk chunk = (CsvChunk) chunks.get(index);
		return chunk.linesBefore() >= 0 ? chunk.linesBefore() : CsvBoundaries.countBreaks(input, size, 0, chunk.start());
	}

	/**
	 * The header's problems, or else the first problem that stopped a chunk, in chunk order (a ragged row, bad UTF-8,
	 * a malformed quote), located with file lines.
	 */
	@Override
	public synchronized List<DataProblem> fatalProblems() {
		return fatal.list(index -> {
			try { // chunk 0's lines are the file's, the others' count from 1
				return index == 0 ? 0 : breaksBefore(index);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	@Override
	public DataFindings findings(List<Chunk.Summary> summaries) {
		FindingsCollector all = new FindingsCollector();
		if (header != null) {
			header.undeclared().forEach(all::undeclared);
		}
		long rows = 0;
		long lines = 0;
		for (int i = 0; i < summaries.size(); i++) {
			Chunk.Summary summary = summaries.get(i);
			if (summary.findings() instanceof CsvChunkFindings found) {
				all.append(found.collector(), i == 0 ? 0 : lines);
			}
			rows += summary.rows();
			lines += summary.lines();
		}
		return all.finish(name, rows, schema.columns());
	}

	@Override
	public void close() throws IOException {
		input.close();
	}

	CsvHeader header() {
		return header;
	}

	CsvInput input() {
		return input;
	}

	ChunkBuffers buffers() {
		return buffers;
	}

	byte delimiter() {
		return delimiter;
	}

	/** A problem that stopped {@code chunk}, located by a line relative to it; ignored when that chunk was cut again. */
	synchronized void fatal(CsvChunk chunk, DataProblem problem) {
		int index = chunk.index();
		if (chunks != null && index < chunks.size() && chunks.get(index) == chunk) {
			this.fatal.reading(index, problem);
		}
	}

	@Override
	public String toString() {
		return name + " (" + (file == null ? "in memory" : file) + ", " + size + " bytes)";
	}
}
