package org.assay.benchmarks.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One leg of the data benchmark run in a fresh JVM: its command, and what it printed ({@link LegOutput}'s lines parsed,
 * the others kept to show). Standard error goes to a log file, shown in part when the leg fails.
 */
public final class LegRun {

	/** A metric as a leg reported it: the value and the error the leg states for it (NaN for exact metrics). */
	public record Value(double value, double statedError) {
	}

	private final String name;
	private final List<String> command;
	private final Map<String, Long> timing = new LinkedHashMap<>();
	private final Map<String, Long> heap = new LinkedHashMap<>();
	private final Map<String, Value> metrics = new LinkedHashMap<>();
	private final List<String> notes = new ArrayList<>();
	private long wallMillis;
	private int exitCode = -1;
	private Path log;

	public LegRun(String name, List<String> command) {
		this.name = name;
		this.command = List.copyOf(command);
	}

	/** A leg that printed {@code lines} and exited with status 0 (what {@link #run} records, without a process). */
	static LegRun printed(String name, List<String> lines) {
		LegRun leg = new LegRun(name, List.of());
		lines.forEach(leg::parse);
		leg.exitCode = 0;
		return leg;
	}

	/** Runs the leg to its end; never throws for a failing leg (see {@link #failed()}). */
	public LegRun run(Path logs) throws IOException, InterruptedException {
		log = logs.resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = out.readLine()) != null;) {
				parse(line);
			}
		}
		exitCode = process.waitFor();
		wallMillis = (System.nanoTime() - start) / 1_000_000;
		return this;
	}

	private void parse(String line) {
		String[] words = line.trim().split("\\s+");
		switch (words[0]) {
		case "@timing" -> pairs(words, timing);
		case "@heap" -> pairs(words, heap);
		case "@metric" -> metrics.put(words[1],
				new Value(Double.parseDouble(words[2]), words.length > 3 ? Double.parseDouble(words[3]) : Double.NaN));
		default -> notes.add(line);
		}
	}

	private static void pairs(String[] words, Map<String, Long> into) {
		for (int i = 1; i < words.length; i++) {
			String[] pair = words[i].split("=", 2);
			into.put(pair[0], Long.parseLong(pair[1]));
		}
	}

	public String name() {
		return name;
	}

	public boolean failed() {
		return exitCode != 0 || !timing.containsKey("cold_ms");
	}

	/** A timing or heap figure ({@code jvm_ms}, {@code engine_ms}, {@code cold_ms}, {@code warm_ms}, {@code peak_mb}…); -1 when absent. */
	public long figure(String key) {
		return timing.getOrDefault(key, heap.getOrDefault(key, -1L));
	}

	public Value metric(String key) {
		return metrics.get(key);
	}

	public List<String> notes() {
		return notes;
	}

	public long wallMillis() {
		return wallMillis;
	}

	public int exitCode() {
		return exitCode;
	}

	public Path log() {
		return log;
	}
}
