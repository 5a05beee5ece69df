package org.assay.runtime.results;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.assay.runtime.data.DataFindings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The evidence of every run, {@code target/assay/runs.jsonl}: JSON lines, each one record, appended and never
 * rewritten. A {@code run} line (schema {@value #SCHEMA}: id, start, commit) opens a run; {@code evidence} lines (one
 * test's result) and {@code data} lines (what loading a dataset found) name the run they belong to. Appending takes a
 * file lock, so suites in several JVMs may record into the same file; a last line cut short by a crash is ignored.
 * The results file of earlier versions ({@link ResultsFile}, {@code results.json} in the same folder) is read as a
 * first run, {@value #LEGACY_RUN}. See docs/evidence-format.md.
 */
public final class RunsFile {

	/** Identifies the format of the lines; a reader refuses a run line of another schema. */
	public static final String SCHEMA = "assay-results/2";

	/** Where suites record, relative to a project. */
	public static final String PATH = "target/assay/runs.jsonl";

	/** The id given to the evidence of an old {@code results.json}. */
	public static final String LEGACY_RUN = "legacy";

	/** Runs whose opening line this JVM wrote, per file. */
	private static final Set<String> OPENED = ConcurrentHashMap.newKeySet();

	private RunsFile() {
	}

	/** Records one test's result in the run. */
	public static void append(Path file, RunInfo run, Evidence evidence) throws IOException {
		ObjectNode line = ResultsJson.evidence(evidence);
		append(file, run, "evidence", line);
	}

	/** Records what loading a dataset found in the run. */
	public static void append(Path file, RunInfo run, DataFindings findings) throws IOException {
		append(file, run, "data", ResultsJson.findings(findings));
	}

	private static synchronized void append(Path file, RunInfo run, String type, ObjectNode content) throws IOException {
		StringBuilder lines = new StringBuilder();
		String opened = file.toAbsolutePath().normalize() + "\n" + run.id();
		if (!OPENED.contains(opened)) {
			ObjectNode header = ResultsJson.JSON.createObjectNode();
			header.put("record", "run").put("schema", SCHEMA).put("run", run.id()).put("started", run.started())
					.put("commit", run.commit());
			lines.append(ResultsJson.JSON.writeValueAsString(header)).append('\n');
		}
		ObjectNode line = ResultsJson.JSON.createObjectNode();
		line.put("record", type).put("run", run.id());
		line.setAll(content);
		lines.append(ResultsJson.JSON.writeValueAsString(line)).append('\n');
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
			ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
		}
		OPENED.add(opened);
	}

	/**
	 * Every run recorded in {@code file} (and, first, the evidence of an old {@code results.json} next to it), in the
	 * order they were opened; none when nothing has run yet.
	 */
	public static List<Run> read(Path file) throws IOException {
		Map<String, RunInfo> infos = new LinkedHashMap<>();
		Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
		Map<String, Map<String, DataFindings>> data = new LinkedHashMap<>();
		Path legacy = file.toAbsolutePath().resolveSibling("results.json");
		List<Evidence> old = ResultsFile.read(legacy);
		if (!old.isEmpty()) {
			infos.put(LEGACY_RUN, new RunInfo(LEGACY_RUN, null, null));
			evidence.put(LEGACY_RUN, old);
		}
		if (Files.exists(file)) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			boolean complete = Files.size(file) == 0 || endsWithNewline(file);
			for (int i = 0; i < lines.size(); i++) {
				String text = lines.get(i);
				if (text.isBlank()) {
					continue;
				}
				JsonNode node;
				try {
					node = ResultsJson.parse(text);
				} catch (JsonProcessingException e) {
					if (i == lines.size() - 1 && !complete) {
						break; // cut short by a crash while appending: the rest of the file is whole
					}
					throw new IOException(file + ":" + (i + 1) + ": not a JSON record: " + e.getOriginalMessage(), e);
				}
				record(file, i + 1, node, infos, evidence, data);
			}
		}
		List<Run> runs = new ArrayList<>();
		for (RunInfo info : infos.values()) {
			runs.add(new Run(info, evidence.getOrDefault(info.id(), List.of()),
					new ArrayList<>(data.getOrDefault(info.id(), Map.of()).values())));
		}
		return runs;
	}

	private static void record(Path file, int line, JsonNode node, Map<String, RunInfo> infos,
			Map<String, List<Evidence>> evidence, Map<String, Map<String, DataFindings>> data) throws IOException {
		String type = node.path("record").asText("");
		String run = node.path("run").asText(null);
		if (run == null) {
			throw new IOException(file + ":" + line + ": the record names no run");
		}
		try {
			switch (type) {
			case "run" -> {
				String schema = node.path("schema").asText(null);
				if (!SCHEMA.equals(schema)) {
					throw new IOException(file + ":" + line + ": run " + run + " has results format '" + schema + "', expected '"
							+ SCHEMA + "'; it was written by another version of Assay");
				}
				infos.putIfAbsent(run, new RunInfo(run, node.path("started").asText(null), node.path("commit").asText(null)));
			}
			case "evidence" -> {
				infos.putIfAbsent(run, new RunInfo(run, null, null));
				evidence.computeIfAbsent(run, r -> new ArrayList<>()).add(ResultsJson.evidence(node));
			}
			case "data" -> {
				infos.putIfAbsent(run, new RunInfo(run, null, null));
				DataFindings findings = ResultsJson.findings(node);
				// several suites of one run load the same dataset: once is enough
				data.computeIfAbsent(run, r -> new LinkedHashMap<>()).putIfAbsent(findings.dataset(), findings);
			}
			default -> {
				// a record type of a newer version: skipped, so that it does not stop this reader
			}
			}
		} catch (JsonProcessingException e) {
			throw new IOException(file + ":" + line + ": malformed " + type + " record: " + e.getOriginalMessage(), e);
		}
	}

	private static boolean endsWithNewline(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			ByteBuffer last = ByteBuffer.allocate(1);
			channel.read(last, channel.size() - 1);
			return last.get(0) == '\n';
		}
	}
}
