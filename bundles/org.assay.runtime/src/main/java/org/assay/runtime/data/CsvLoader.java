package org.assay.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.assay.runtime.data.DataProblem.Kind;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * Loads a CSV file (RFC 4180, comma-separated, UTF-8, first line the header) against a {@link Schema}. Every problem
 * is located ({@code file:row:column}) and nothing is coerced: an empty cell is missing, a cell the schema does not
 * allow is invalid (both read as missing values), and a file that cannot be used as a whole (not UTF-8, no rows, a
 * missing column, a ragged row) yields fatal problems and no table.
 */
public final class CsvLoader {

	/** How many value-level problems are listed; more are counted. */
	public static final int MAX_LISTED_PROBLEMS = 100;

	/**
	 * The outcome of loading: the table (null when a fatal problem occurred), the problems (the first
	 * {@value #MAX_LISTED_PROBLEMS} listed, all counted) and their summary per column (empty when the file is unusable).
	 */
	public record Result(Table table, List<DataProblem> problems, long problemCount, DataFindings findings) {
		public boolean isUsable() {
			return table != null;
		}

		public List<DataProblem> fatalProblems() {
			return problems.stream().filter(p -> p.kind().isFatal()).toList();
		}
	}

	private CsvLoader() {
	}

	/** Files from this size on are split at a record boundary and the parts loaded in parallel. */
	static final long PARALLEL_FROM_BYTES = 4L << 20;

	public static Result load(Path file, Schema schema) {
		try {
			long size = Files.size(file);
			int parts = Runtime.getRuntime().availableProcessors() >= 2 && size >= PARALLEL_FROM_BYTES
					&& size < Integer.MAX_VALUE ? 2 : 1;
			if (parts > 1) {
				Result parallel = Segments.load(file, schema, size);
				if (parallel != null) {
					return parallel;
				}
			}
			try (InputStream in = Files.newInputStream(file)) {
				return load(file.toString(), in, schema);
			}
		} catch (IOException e) {
			return fatal(file.toString(), 0, 0, Kind.UNREADABLE, "cannot read the file: " + e.getMessage()
					+ ". Check the path and permissions.");
		}
	}

	public static Result load(String name, InputStream in, Schema schema) {
		Loader loader = new Loader(name, schema, 0, null);
		Result failed = parse(name, in, loader, 0);
		return failed != null ? failed : loader.finish();
	}

	/**
	 * Parses a stream into a loader, converting each cell as FastCSV hands it over (no String per cell); line numbers
	 * are shifted by {@code lineOffset}. Returns the fatal result when the stream cannot be read as CSV, else null.
	 */
	static Result parse(String name, InputStream in, Loader loader, long lineOffset) {
		try (CsvReader<Object> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
				.skipEmptyLines(true).build(loader, new StrictUtf8Reader(in))) {
			for (Object ignored : reader) {
				if (loader.stopped()) {
					break;
				}
			}
		} catch (UncheckedIOException e) {
			if (e.getCause() instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
				return fatal(name, notUtf8.line + lineOffset, (int) notUtf8.column, Kind.NOT_UTF8, "the file is not valid "
						+ "UTF-8 here. Re-encode it as UTF-8 (for example with iconv -t UTF-8).");
			}
			return fatal(name, 0, 0, Kind.UNREADABLE, "cannot read the file: " + e.getCause().getMessage());
		} catch (CsvParseException e) {
			return fatal(name, 0, 0, Kind.UNREADABLE, "malformed CSV: " + e.getMessage() + ". Check quoting.");
		} catch (IOException e) {
			return fatal(name, 0, 0, Kind.UNREADABLE, "cannot read the file: " + e.getMessage());
		}
		return null;
	}

	/**
	 * Loading in two parts on two threads: the file is split at the first line break after its middle that is not
	 * inside a quoted field (quote parity counted from the start), the first part reads the header, and the second
	 * part's rows, problems and line numbers follow the first's exactly as a sequential load would give them; a fatal
	 * problem in the first part hides everything after it, as it would sequentially.
	 */
	private static final class Segments {

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
			Loader first = new Loader(name, schema, 0, null);
			Loader second = new Loader(name, schema, linesBefore, first);
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

		private static Result parseRange(Path file, long start, long end, Loader loader, long lineOffset) {
			try (FileChannel channel = FileChannel.open(file)) {
				channel.position(start);
				InputStream in = new java.io.BufferedInputStream(limited(Channels.newInputStream(channel), end - start), 1 << 16);
				return parse(file.toString(), in, loader, lineOffset);
			} catch (IOException e) {
				return fatal(file.toString(), 0, 0, Kind.UNREADABLE, "cannot read the file: " + e.getMessage());
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

	private static Result fatal(String file, long row, int column, Kind kind, String message) {
		return new Result(null, List.of(new DataProblem(file, row, column, kind, message)), 1, none(file));
	}

	private static DataFindings none(String file) {
		return new DataFindings(file, 0, List.of(), List.of());
	}

	/**
	 * Accumulates one file's (or one part's) records column by column, converting each cell from the parser's buffer as
	 * it is handed over. A row's cells and problems are staged and kept only once the row is known not to be ragged.
	 */
	static final class Loader extends AbstractBaseCsvCallbackHandler<Object> {
		private static final Object ROW = new Object();

		private record StagedCell(int column, String text) {
		}

		private final String file;
		private final Schema schema;
		private final List<Column> columns;
		private final char[][][] categories;
		private final long lineOffset;
		/** For a later part: the part that reads the header; null for the first part. */
		private final Loader headerPart;
		private final CountDownLatch headerRead = new CountDownLatch(1);
		private final List<DataProblem> problems = new ArrayList<>();
		private long problemCount;
		private boolean fatal;
		private int headerFields = -1;
		private int[] positions;
		private int[] fieldColumn = new int[0];
		private final List<String> headerNames = new ArrayList<>();
		private int rows;
		private double[][] numeric;
		private int[][] codes;
		private final BitSet[] missing;
		private final BitSet[] invalid;
		private final double[] stagedNumber;
		private final int[] stagedCode;
		private final byte[] stagedState; // 0 value, 1 missing, 2 invalid
		private final List<DataProblem> staged = new ArrayList<>();
		/** The staged problems' columns and cell text, for the findings. */
		private final List<StagedCell> stagedCells = new ArrayList<>();
		private final FindingsCollector findings = new FindingsCollector();

		Loader(String file, Schema schema, long lineOffset, Loader headerPart) {
			this.file = file;
			this.schema = schema;
			this.columns = schema.columns();
			this.lineOffset = lineOffset;
			this.headerPart = headerPart;
			int n = columns.size();
			this.positions = new int[n];
			this.numeric = new double[n][];
			this.codes = new int[n][];
			this.missing = new BitSet[n];
			this.invalid = new BitSet[n];
			this.categories = new char[n][][];
			this.stagedNumber = new double[n];
			this.stagedCode = new int[n];
			this.stagedState = new byte[n];
			for (int c = 0; c < n; c++) {
				missing[c] = new BitSet();
				invalid[c] = new BitSet();
				if (columns.get(c).isNumeric()) {
					numeric[c] = new double[1024];
				} else {
					codes[c] = new int[1024];
					categories[c] = columns.get(c).categories().stream().map(String::toCharArray).toArray(char[][]::new);
				}
			}
		}

		boolean stopped() {
			return fatal;
		}

		boolean isFatal() {
			return fatal;
		}

		int headerFields() {
			return headerFields;
		}

		/** Lets a later part go on: the header is read (or will never be). */
		void headerDone() {
			headerRead.countDown();
		}

		@Override
		protected void handleBegin(long startingLineNumber) {
			if (headerPart != null && headerFields < 0) {
				adoptHeader();
			}
			java.util.Arrays.fill(stagedState, (byte) 1); // a field the row lacks is missing (the row is ragged anyway)
			staged.clear();
			stagedCells.clear();
		}

		private void adoptHeader() {
			try {
				headerPart.headerRead.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fatal = true;
				return;
			}
			if (headerPart.fatal || headerPart.headerFields < 0) {
				fatal = true; // the first part reports it
				headerFields = 0;
				return;
			}
			headerFields = headerPart.headerFields;
			positions = headerPart.positions;
			fieldColumn = headerPart.fieldColumn;
		}

		@Override
		protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
			if (headerFields < 0) {
				headerNames.add(new String(buffer, offset, length));
			} else if (index < fieldColumn.length && fieldColumn[index] >= 0) {
				cell(fieldColumn[index], buffer, offset, length, index + 1);
			}
		}

		@Override
		protected Object buildRecord() {
			if (getRecordType() != RecordType.DATA || fatal) {
				return null;
			}
			long line = getStartingLineNumber() + lineOffset;
			if (headerFields < 0) {
				header(line);
				headerDone();
				return ROW;
			}
			if (getFieldCount() != headerFields) {
				problem(line, 0, Kind.RAGGED_ROW, "the row has " + getFieldCount() + " fields but the header has "
						+ headerFields + ". Fix the row's commas or quoting.");
				fatal = true;
				return ROW;
			}
			ensureCapacity(rows + 1);
			for (int c = 0; c < columns.size(); c++) {
				if (stagedState[c] == 1) {
					missing[c].set(rows);
				} else if (stagedState[c] == 2) {
					invalid[c].set(rows);
				}
				if (numeric[c] != null) {
					numeric[c][rows] = stagedState[c] == 0 ? stagedNumber[c] : Double.NaN;
				} else {
					codes[c][rows] = stagedState[c] == 0 ? stagedCode[c] : -1;
				}
			}
			for (int i = 0; i < staged.size(); i++) {
				DataProblem problem = staged.get(i);
				problem(problem.row(), problem.column(), problem.kind(), problem.message());
				StagedCell cell = stagedCells.get(i);
				findings.add(cell.column(), problem.kind(), cell.text(), problem.row());
			}
			rows++;
			return ROW;
		}

		private void header(long line) {
			headerFields = headerNames.size();
			Map<String, Integer> byName = new HashMap<>();
			for (int i = 0; i < headerNames.size(); i++) {
				String name = headerNames.get(i).strip();
				if (i == 0 && name.startsWith("\uFEFF")) {
					name = name.substring(1).strip(); // a byte order mark is not part of the first column's name
				}
				if (byName.putIfAbsent(name, i) != null) {
					problem(line, i + 1, Kind.DUPLICATE_COLUMN, "column '" + name + "' appears twice in the header. Rename one "
							+ "of them.");
					fatal = true;
				}
			}
			fieldColumn = new int[headerFields];
			java.util.Arrays.fill(fieldColumn, -1);
			for (int c = 0; c < columns.size(); c++) {
				Integer position = byName.get(columns.get(c).name());
				if (position == null) {
					problem(line, 0, Kind.MISSING_COLUMN, "the header lacks the declared column '" + columns.get(c).name()
							+ "' (found: " + String.join(", ", headerNames) + ").");
					fatal = true;
				} else {
					positions[c] = position;
					fieldColumn[position] = c;
				}
			}
			for (int i = 0; i < headerFields; i++) {
				if (fieldColumn[i] < 0) {
					findings.undeclared(headerNames.get(i).strip().replace("\uFEFF", ""));
				}
			}
		}

		private void cell(int c, char[] buffer, int offset, int length, int field) {
			int start = offset;
			int end = offset + length;
			while (start < end && isSpace(buffer[start])) {
				start++;
			}
			while (end > start && isSpace(buffer[end - 1])) {
				end--;
			}
			if (start == end) {
				stagedState[c] = 1;
				return;
			}
			Column column = columns.get(c);
			int n = end - start;
			if (column.isNumeric()) {
				if (n == 3 && (buffer[start] | 0x20) == 'n' && (buffer[start + 1] | 0x20) == 'a' && (buffer[start + 2] | 0x20) == 'n') {
					invalid(c, field, Kind.NAN, buffer, start, n);
					return;
				}
				double value;
				try {
					value = Decimals.parse(buffer, start, n);
				} catch (NumberFormatException e) {
					invalid(c, field, Kind.WRONG_TYPE, buffer, start, n);
					return;
				}
				if (!Double.isFinite(value) || column.isInteger() && value != Math.rint(value)) {
					invalid(c, field, Kind.WRONG_TYPE, buffer, start, n);
					return;
				}
				if (value < column.minimum() || value > column.maximum()) {
					invalid(c, field, Kind.OUT_OF_RANGE, buffer, start, n);
					return;
				}
				stagedState[c] = 0;
				stagedNumber[c] = value;
			} else {
				int code = category(categories[c], buffer, start, n);
				if (code < 0) {
					invalid(c, field, Kind.UNKNOWN_CATEGORY, buffer, start, n);
					return;
				}
				stagedState[c] = 0;
				stagedCode[c] = code;
			}
		}

		/** {@link Character#isWhitespace}, decided without a call for the usual printable ASCII characters. */
		private static boolean isSpace(char c) {
			return c <= ' ' || c >= 0x80 ? Character.isWhitespace(c) : false;
		}

		private static int category(char[][] categories, char[] buffer, int start, int length) {
			// categories are few and short: a plain loop beats a library comparison's call overhead here
			for (int k = 0; k < categories.length; k++) {
				char[] category = categories[k];
				if (category.length != length) {
					continue;
				}
				int i = 0;
				while (i < length && category[i] == buffer[start + i]) {
					i++;
				}
				if (i == length) {
					return k;
				}
			}
			return -1;
		}

		private static String text(char[] buffer, int start, int length) {
			return new String(buffer, start, length);
		}

		/** Stages an invalid cell: its located problem, and its text for the findings (cold path, kept out of cell()). */
		private void invalid(int c, int field, Kind kind, char[] buffer, int start, int n) {
			Column column = columns.get(c);
			String text = text(buffer, start, n);
			String message = switch (kind) {
			case NAN -> "'" + column.name() + "' is NaN, which is neither a number nor a missing value. Leave the cell empty "
					+ "if the value is missing.";
			case OUT_OF_RANGE -> "'" + column.name() + "' is " + text + ", outside its declared range " + column.minimum()
					+ " .. " + column.maximum() + ".";
			case UNKNOWN_CATEGORY -> "'" + column.name() + "' is '" + text + "', not one of its categories "
					+ column.categories() + ".";
			default -> "'" + column.name() + "' must be " + (column.isInteger() ? "an integer" : "a finite number") + ", not '" + text
					+ "'.";
			};
			stagedState[c] = 2;
			staged.add(new DataProblem(file, getStartingLineNumber() + lineOffset, field, kind, message));
			stagedCells.add(new StagedCell(c, text));
		}

		private void problem(long line, int field, Kind kind, String message) {
			problemCount++;
			if (kind.isFatal() || problems.size() < MAX_LISTED_PROBLEMS) {
				problems.add(new DataProblem(file, line, field, kind, message));
			}
		}

		private int capacity = 1024;

		private void ensureCapacity(int needed) {
			if (needed <= capacity) {
				return;
			}
			capacity = Math.max(needed, capacity * 2);
			for (int c = 0; c < columns.size(); c++) {
				if (numeric[c] != null) {
					numeric[c] = java.util.Arrays.copyOf(numeric[c], capacity);
				} else {
					codes[c] = java.util.Arrays.copyOf(codes[c], capacity);
				}
			}
		}

		/** Appends a later part's rows and problems after this part's, as one sequential load would have them. */
		Loader append(Loader later) {
			ensureCapacity(rows + later.rows);
			for (int c = 0; c < columns.size(); c++) {
				if (numeric[c] != null) {
					System.arraycopy(later.numeric[c], 0, numeric[c], rows, later.rows);
				} else {
					System.arraycopy(later.codes[c], 0, codes[c], rows, later.rows);
				}
				for (int r = later.missing[c].nextSetBit(0); r >= 0; r = later.missing[c].nextSetBit(r + 1)) {
					missing[c].set(rows + r);
				}
				for (int r = later.invalid[c].nextSetBit(0); r >= 0; r = later.invalid[c].nextSetBit(r + 1)) {
					invalid[c].set(rows + r);
				}
			}
			rows += later.rows;
			for (DataProblem problem : later.problems) {
				if (problem.kind().isFatal() || problems.size() < MAX_LISTED_PROBLEMS) {
					problems.add(problem);
				}
			}
			problemCount += later.problemCount;
			findings.append(later.findings);
			fatal |= later.fatal;
			return this;
		}

		Result finish() {
			if (headerFields < 0) {
				return new Result(null, List.of(new DataProblem(file, 1, 0, Kind.EMPTY_FILE,
						"the file is empty; it needs a header line and at least one row.")), 1, none(file));
			}
			if (!fatal && rows == 0) {
				problem(2, 0, Kind.NO_ROWS, "the file has a header but no rows.");
				fatal = true;
			}
			if (fatal) {
				return new Result(null, problems, problemCount, none(file));
			}
			for (int c = 0; c < columns.size(); c++) {
				if (numeric[c] != null) {
					numeric[c] = java.util.Arrays.copyOf(numeric[c], rows);
				} else {
					codes[c] = java.util.Arrays.copyOf(codes[c], rows);
				}
			}
			return new Result(new Table(file, schema, rows, numeric, codes, missing, invalid), problems, problemCount,
					findings.finish(file, rows, columns));
		}
	}
}
