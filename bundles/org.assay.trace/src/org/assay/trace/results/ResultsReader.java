package org.assay.trace.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.Run;
import org.assay.runtime.results.RunsFile;

/**
 * Reads a project's runs ({@code target/assay/runs.jsonl}, and an old {@code results.json} next to it) through the
 * runtime's {@link RunsFile}. A test may appear in many runs: its last record is its current result. A file of another
 * format, or one that is not JSON, is refused with the file, the line and the reason.
 */
public final class ResultsReader {

	private ResultsReader() {
	}

	/** Every run, oldest first; none when nothing has run yet. */
	public static List<Run> runs(Path file) throws IOException {
		return RunsFile.read(file);
	}

	/** All records in file order; none when the file does not exist (nothing has run yet). */
	public static List<ResultRecord> readAll(Path file) throws IOException {
		return records(runs(file));
	}

	/** The records of the runs, oldest run first. */
	public static List<ResultRecord> records(List<Run> runs) {
		List<ResultRecord> records = new ArrayList<>();
		for (Run run : runs) {
			for (Evidence evidence : run.evidence()) {
				records.add(ResultRecord.of(run.info().id(), evidence));
			}
		}
		return records;
	}

	/** The current result of each test ({@link ResultRecord#key()}): its last record. */
	public static Map<String, ResultRecord> latest(List<ResultRecord> records) {
		Map<String, ResultRecord> latest = new LinkedHashMap<>();
		for (ResultRecord record : records) {
			latest.remove(record.key());
			latest.put(record.key(), record);
		}
		return latest;
	}
}
