package org.assay.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.assay.runtime.data.DataProblem.Kind;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Loads a CSV file (RFC 4180, comma-separated, UTF-8, first line the header) against a {@link Schema}. Every problem
 * is located ({@code file:row:column}) and nothing is coerced: an empty cell is missing, a cell the schema does not
 * allow is invalid (both read as missing values), and a file that cannot be used as a whole (not UTF-8, no rows, a
 * missing column, a ragged row) yields fatal problems and no table.
 */
public final class CsvLoader {

	/** How many value-level problems are listed; more are counted. */
	public static final int MAX_LISTED_PROBLEMS = 100;

	/** The outcome of loading: the table (null when a fatal problem occurred) and the problems. */
	public record Result(Table table, List<DataProblem> problems, long problemCount) {
		public boolean isUsable() {
			return table != null;
		}

		public List<DataProblem> fatalProblems() {
			return problems.stream().filter(p -> p.kind().isFatal()).toList();
		}
	}

	private CsvLoader() {
	}

	public static Result load(Path file, Schema schema) {
		try (InputStream in = Files.newInputStream(file)) {
			return load(file.toString(), in, schema);
		} catch (IOException e) {
			return fatal(file.toString(), 0, 0, Kind.UNREADABLE, "cannot read the file: " + e.getMessage()
					+ ". Check the path and permissions.");
		}
	}

	public static Result load(String name, InputStream in, Schema schema) {
		Loader loader = new Loader(name, schema);
		try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
				.skipEmptyLines(true).ofCsvRecord(new StrictUtf8Reader(in))) {
			consume(reader, loader);
		} catch (UncheckedIOException e) {
			if (e.getCause() instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
				return fatal(name, notUtf8.line, (int) notUtf8.column, Kind.NOT_UTF8, "the file is not valid UTF-8 here. "
						+ "Re-encode it as UTF-8 (for example with iconv -t UTF-8).");
			}
			return fatal(name, 0, 0, Kind.UNREADABLE, "cannot read the file: " + e.getCause().getMessage());
		} catch (CsvParseException e) {
			return fatal(name, 0, 0, Kind.UNREADABLE, "malformed CSV: " + e.getMessage() + ". Check quoting.");
		} catch (IOException e) {
			return fatal(name, 0, 0, Kind.UNREADABLE, "cannot read the file: " + e.getMessage());
		}
		return loader.finish();
	}

	/** Records handed from the parsing thread to the converting one, in file order. */
	private static final int BATCH = 2048;

	/** Marks the end of the records in the queue. */
	private static final List<CsvRecord> END = List.of();

	/**
	 * Parses on a second thread while the calling thread converts and checks the cells: the two halves of loading
	 * take about the same time, so this nearly halves it on two cores. Records are accepted strictly in file order,
	 * so problems, their order and the first fatal one are exactly those of a sequential load; a parse error is
	 * rethrown here after the records before it were accepted.
	 */
	private static void consume(CsvReader<CsvRecord> reader, Loader loader) throws IOException {
		BlockingQueue<List<CsvRecord>> queue = new ArrayBlockingQueue<>(8);
		AtomicBoolean stop = new AtomicBoolean();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread parser = new Thread(() -> {
			try {
				List<CsvRecord> batch = new ArrayList<>(BATCH);
				for (CsvRecord record : reader) {
					batch.add(record);
					if (batch.size() == BATCH) {
						if (!hand(queue, batch, stop)) {
							return;
						}
						batch = new ArrayList<>(BATCH);
					}
				}
				if (!batch.isEmpty() && !hand(queue, batch, stop)) {
					return;
				}
			} catch (RuntimeException | Error e) { // an Error too: a half-read file must never pass as the whole
				failure.set(e);
			} finally {
				hand(queue, END, stop);
			}
		}, "assay-csv-parser");
		parser.setDaemon(true);
		parser.start();
		try {
			while (true) {
				List<CsvRecord> batch = queue.take();
				if (batch == END) {
					break;
				}
				for (CsvRecord record : batch) {
					if (!loader.accept(record)) {
						return;
					}
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while loading", e);
		} finally {
			stop.set(true);
			queue.clear();
			// the reader is closed after this returns: wait for the parser whatever happens, it ends within a batch
			boolean interrupted = Thread.interrupted();
			while (parser.isAlive()) {
				try {
					parser.join();
				} catch (InterruptedException e) {
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		if (failure.get() instanceof RuntimeException e) {
			throw e;
		}
		if (failure.get() instanceof Error e) {
			throw e;
		}
	}

	/** Queues a batch for the converting thread; false once that thread has stopped taking them. */
	private static boolean hand(BlockingQueue<List<CsvRecord>> queue, List<CsvRecord> batch, AtomicBoolean stop) {
		try {
			if (stop.get()) {
				return false;
			}
			while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
				if (stop.get()) {
					return false;
				}
			}
			return true;
		} catch (InterruptedException e) {
			return false;
		}
	}

	private static Result fatal(String file, long row, int column, Kind kind, String message) {
		return new Result(null, List.of(new DataProblem(file, row, column, kind, message)), 1);
	}

	/** Accumulates one file's records column by column. */
	private static final class Loader {
		private final String file;
		private final Schema schema;
		private final List<Column> columns;
		private final int[] positions;
		private final List<DataProblem> problems = new ArrayList<>();
		private long problemCount;
		private boolean fatal;
		private int headerFields = -1;
		private int rows;
		private double[][] numeric;
		private int[][] codes;
		private final BitSet[] missing;
		private final BitSet[] invalid;

		Loader(String file, Schema schema) {
			this.file = file;
			this.schema = schema;
			this.columns = schema.columns();
			this.positions = new int[columns.size()];
			this.numeric = new double[columns.size()][];
			this.codes = new int[columns.size()][];
			this.missing = new BitSet[columns.size()];
			this.invalid = new BitSet[columns.size()];
			for (int c = 0; c < columns.size(); c++) {
				missing[c] = new BitSet();
				invalid[c] = new BitSet();
				if (columns.get(c).isNumeric()) {
					numeric[c] = new double[1024];
				} else {
					codes[c] = new int[1024];
				}
			}
		}

		boolean accept(CsvRecord record) {
			if (headerFields < 0) {
				return header(record);
			}
			long line = record.getStartingLineNumber();
			if (record.getFieldCount() != headerFields) {
				problem(line, 0, Kind.RAGGED_ROW, "the row has " + record.getFieldCount() + " fields but the header has "
						+ headerFields + ". Fix the row's commas or quoting.");
				fatal = true;
				return false;
			}
			ensureCapacity(rows + 1);
			for (int c = 0; c < columns.size(); c++) {
				cell(c, record.getField(positions[c]), line);
			}
			rows++;
			return true;
		}

		private boolean header(CsvRecord record) {
			headerFields = record.getFieldCount();
			Map<String, Integer> byName = new HashMap<>();
			for (int i = 0; i < record.getFieldCount(); i++) {
				String name = record.getField(i).strip();
				if (i == 0 && name.startsWith("\uFEFF")) {
					name = name.substring(1).strip(); // a byte order mark is not part of the first column's name
				}
				if (byName.putIfAbsent(name, i) != null) {
					problem(record.getStartingLineNumber(), i + 1, Kind.DUPLICATE_COLUMN, "column '" + name
							+ "' appears twice in the header. Rename one of them.");
					fatal = true;
				}
			}
			for (int c = 0; c < columns.size(); c++) {
				Integer position = byName.get(columns.get(c).name());
				if (position == null) {
					problem(record.getStartingLineNumber(), 0, Kind.MISSING_COLUMN, "the header lacks the declared column '"
							+ columns.get(c).name() + "' (found: " + String.join(", ", record.getFields()) + ").");
					fatal = true;
				} else {
					positions[c] = position;
				}
			}
			return !fatal;
		}

		private void cell(int c, String raw, long line) {
			Column column = columns.get(c);
			String text = raw.isEmpty() || !Character.isWhitespace(raw.charAt(0))
					&& !Character.isWhitespace(raw.charAt(raw.length() - 1)) ? raw : raw.strip();
			int row = rows;
			int field = positions[c] + 1;
			if (text.isEmpty()) {
				missing[c].set(row);
				store(c, row, Double.NaN, -1);
				return;
			}
			if (column.isNumeric()) {
				if (text.equalsIgnoreCase("nan")) {
					invalid(c, row, line, field, Kind.NAN, "'" + column.name() + "' is NaN, which is neither a number nor "
							+ "a missing value. Leave the cell empty if the value is missing.");
					return;
				}
				double value;
				try {
					value = Decimals.parse(text);
				} catch (NumberFormatException e) {
					invalid(c, row, line, field, Kind.WRONG_TYPE, "'" + column.name() + "' must be a number, not '" + text + "'.");
					return;
				}
				if (!Double.isFinite(value) || column.isInteger() && value != Math.rint(value)) {
					invalid(c, row, line, field, Kind.WRONG_TYPE, "'" + column.name() + "' must be "
							+ (column.isInteger() ? "an integer" : "a finite number") + ", not '" + text + "'.");
					return;
				}
				if (value < column.minimum() || value > column.maximum()) {
					invalid(c, row, line, field, Kind.OUT_OF_RANGE, "'" + column.name() + "' is " + text
							+ ", outside its declared range " + column.minimum() + " .. " + column.maximum() + ".");
					return;
				}
				store(c, row, value, -1);
			} else {
				int code = column.categoryIndex(text);
				if (code < 0) {
					invalid(c, row, line, field, Kind.UNKNOWN_CATEGORY, "'" + column.name() + "' is '" + text
							+ "', not one of its categories " + column.categories() + ".");
					return;
				}
				store(c, row, Double.NaN, code);
			}
		}

		private void invalid(int c, int row, long line, int field, Kind kind, String message) {
			invalid[c].set(row);
			store(c, row, Double.NaN, -1);
			problem(line, field, kind, message);
		}

		private void store(int c, int row, double value, int code) {
			if (numeric[c] != null) {
				numeric[c][row] = value;
			} else {
				codes[c][row] = code;
			}
		}

		private void problem(long line, int field, Kind kind, String message) {
			problemCount++;
			if (kind.isFatal() || problems.size() < MAX_LISTED_PROBLEMS) {
				problems.add(new DataProblem(file, line, field, kind, message));
			}
		}

		private void ensureCapacity(int needed) {
			for (int c = 0; c < columns.size(); c++) {
				if (numeric[c] != null && numeric[c].length < needed) {
					numeric[c] = java.util.Arrays.copyOf(numeric[c], numeric[c].length * 2);
				} else if (codes[c] != null && codes[c].length < needed) {
					codes[c] = java.util.Arrays.copyOf(codes[c], codes[c].length * 2);
				}
			}
		}

		Result finish() {
			if (headerFields < 0) {
				return new Result(null, List.of(new DataProblem(file, 1, 0, Kind.EMPTY_FILE,
						"the file is empty; it needs a header line and at least one row.")), 1);
			}
			if (!fatal && rows == 0) {
				problem(2, 0, Kind.NO_ROWS, "the file has a header but no rows.");
				fatal = true;
			}
			if (fatal) {
				return new Result(null, problems, problemCount);
			}
			for (int c = 0; c < columns.size(); c++) {
				if (numeric[c] != null) {
					numeric[c] = java.util.Arrays.copyOf(numeric[c], rows);
				} else {
					codes[c] = java.util.Arrays.copyOf(codes[c], rows);
				}
			}
			return new Result(new Table(file, schema, rows, numeric, codes, missing, invalid), problems, problemCount);
		}
	}
}
