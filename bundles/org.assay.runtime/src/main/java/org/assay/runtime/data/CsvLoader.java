package org.assay.runtime.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.runtime.data.DataProblem.Kind;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

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
				Result parallel = CsvSegments.load(file, schema, size);
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
		CsvRecordLoader loader = new CsvRecordLoader(name, schema, 0, null);
		Result failed = parse(name, in, loader, 0);
		return failed != null ? failed : loader.finish();
	}

	/**
	 * Parses a stream into a loader, converting each cell as FastCSV hands it over (no String per cell); line numbers
	 * are shifted by {@code lineOffset}. Returns the fatal result when the stream cannot be read as CSV, else null.
	 */
	static Result parse(String name, InputStream in, CsvRecordLoader loader, long lineOffset) {
		try (CsvReader<Object> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
				.skipEmptyLines(true).build(loader, new StrictUtf8Reader(in))) {
			for (Object ignored : reader) {
				if (loader.stopped()) {
					break;
				}
			}
		} catch (UncheckedIOException e) {
			if (e.getCause() instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
				return fatal(name, notUtf8.line + lineOffset, (int) notUtf8.column, Kind.NOT_UTF8,
						CsvHeader.NOT_UTF8_MESSAGE);
			}
			return fatal(name, 0, 0, Kind.UNREADABLE, "cannot read the file: " + e.getCause().getMessage());
		} catch (CsvParseException e) {
			return fatal(name, 0, 0, Kind.UNREADABLE, "malformed CSV: " + e.getMessage() + ". Check quoting.");
		} catch (IOException e) {
			return fatal(name, 0, 0, Kind.UNREADABLE, "cannot read the file: " + e.getMessage());
		}
		return null;
	}

	static Result fatal(String file, long row, int column, Kind kind, String message) {
		return new Result(null, List.of(new DataProblem(file, row, column, kind, message)), 1, none(file));
	}

	static DataFindings none(String file) {
		return new DataFindings(file, 0, List.of(), List.of());
	}
}
