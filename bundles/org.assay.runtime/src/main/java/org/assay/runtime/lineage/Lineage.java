package org.assay.runtime.lineage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a result was produced from, captured <em>before</em> execution: the SHA-256 of every input (data, model,
 * parameters), the seeds, and the versions of the engine, libraries and JVM. Comparing it with the hashes recorded
 * in the model marks a result as suspect when an input changed.
 */
public record Lineage(Map<String, String> inputs, Map<String, Long> seeds, Map<String, String> versions) {

	public Lineage {
		inputs = Map.copyOf(new TreeMap<>(inputs));
		seeds = Map.copyOf(new TreeMap<>(seeds));
		versions = Map.copyOf(new TreeMap<>(versions));
	}

	/** Starts a lineage record with the JVM's version and vendor. */
	public static Builder builder() {
		return new Builder();
	}

	/** Inputs whose recorded hash differs from their current content: the results that used them are suspect. */
	public Map<String, String> changedInputs(Map<String, String> recorded) {
		Map<String, String> changed = new TreeMap<>();
		recorded.forEach((input, hash) -> {
			String now = inputs.get(input);
			if (now != null && !now.equalsIgnoreCase(hash)) {
				changed.put(input, now);
			}
		});
		return changed;
	}

	public static final class Builder {
		private final Map<String, String> inputs = new TreeMap<>();
		private final Map<String, Long> seeds = new TreeMap<>();
		private final Map<String, String> versions = new TreeMap<>();

		Builder() {
			versions.put("java", System.getProperty("java.version"));
			versions.put("java.vendor", System.getProperty("java.vendor"));
			versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		}

		/** Hashes an input file or folder now, under a logical name (usually its path relative to the project). */
		public Builder input(String name, Path path) throws IOException {
			inputs.put(name, Sha256.of(path));
			return this;
		}

		/** Hashes a textual input (for example the canonical text of a pipeline's parameters) under a logical name. */
		public Builder inputText(String name, String content) {
			inputs.put(name, Sha256.of(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			return this;
		}

		public Builder seed(String name, long seed) {
			seeds.put(name, seed);
			return this;
		}

		public Builder version(String component, String version) {
			versions.put(component, version);
			return this;
		}

		public Lineage build() {
			return new Lineage(inputs, seeds, versions);
		}
	}
}
