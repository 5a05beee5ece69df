package org.assay.dsl.init;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.Schema;
import org.assay.runtime.profile.DataProfile;
import org.assay.runtime.profile.Profiler;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.RowSources;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spec.DatasetSpec;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads a data file for {@code assay init}: its format (from the extension), its column names, and its profile in one
 * pass through the runtime's {@link RowSources} with every column read as text.
 */
public final class DataFile {

	/** The file cannot be profiled; the message is located and says how to fix it. */
	public static final class Unusable extends Exception {
		private static final long serialVersionUID = 1L;

		Unusable(String message) {
			super(message);
		}
	}

	private DataFile() {
	}

	static SourceFormat format(Path file) throws Unusable {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return SourceFormat.CSV;
		}
		if (name.endsWith(".tsv") || name.endsWith(".tab")) {
			return SourceFormat.TSV;
		}
		if (name.endsWith(".parquet")) {
			return SourceFormat.PARQUET;
		}
		throw new Unusable(file + ": the format is not known from the file's extension; name it .csv, .tsv or .parquet");
	}

	/** The header's column names (stripped, without a byte order mark); duplicate or empty names are refused. */
	static List<String> header(Path file, SourceFormat format) throws Unusable, IOException {
		if (format == SourceFormat.PARQUET) {
			return ParquetColumns.names(file);
		}
		List<String> names = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(format == SourceFormat.TSV ? '\t' : ',')
				.skipEmptyLines(true).ofCsvRecord(file)) {
			var records = reader.iterator();
			if (!records.hasNext()) {
				throw new Unusable(file + ":1:0: the file is empty; a header line naming the columns is expected");
			}
			for (String field : records.next().getFields()) {
				String name = field.strip();
				names.add(names.isEmpty() && name.startsWith("\uFEFF") ? name.substring(1).strip() : name);
			}
		} catch (UncheckedIOException e) {
			throw new Unusable(file + ":1:0: cannot read the header: " + e.getCause().getMessage());
		} catch (RuntimeException e) {
			throw new Unusable(file + ":1:0: cannot read the header as " + format + ": " + e.getMessage() + ". Check the quoting.");
		}
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).isEmpty()) {
				throw new Unusable(file + ":1:" + (i + 1) + ": column " + (i + 1) + " has no name. Name it in the header line.");
			}
			Integer first = seen.putIfAbsent(names.get(i), i);
			if (first != null) {
				throw new Unusable(file + ":1:" + (i + 1) + ": column '" + names.get(i) + "' appears twice in the header (columns "
						+ (first + 1) + " and " + (i + 1) + "). Rename one of them.");
			}
		}
		return names;
	}

	/** Profiles the file {@code name} of {@code folder} in one pass. */
	static DataProfile profile(Path folder, String name, SourceFormat format, List<String> names)
			throws Unusable, IOException {
		List<Column> columns = names.stream().map(Column::text).toList();
		DatasetSpec spec = new DatasetSpec("init", name, name, null, new Schema(columns), List.of(), new double[0], 0, null,
				Map.of());
		try (RowSource source = RowSources.open(folder, spec, format)) {
			return Profiler.profile(source, Runtime.getRuntime().availableProcessors());
		} catch (Profiler.UnusableData e) {
			StringBuilder message = new StringBuilder("the file cannot be profiled:");
			for (DataProblem problem : e.problems()) {
				message.append("\n  ").append(problem);
			}
			throw new Unusable(message.toString());
		}
	}
}
