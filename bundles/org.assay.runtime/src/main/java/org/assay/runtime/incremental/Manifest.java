package org.assay.runtime.incremental;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What a stored partition's states were computed from (docs/incremental.md): the engine and its version, the schema's
 * hash, the partition file's SHA-256 with its size and modification time (a cheap pre-check before hashing), its rows,
 * and the plan's state ids with the file each is stored in. Written as a sorted Java properties file, so that equal
 * manifests are equal bytes.
 *
 * @param states state id ({@link org.assay.runtime.engine.StateKey#id()}) → file name in the partition's folder
 * @param unstorable ids of states computed but not stored, because this Java cannot encode them (a sketch on Java 25):
 *        a plan that needs one scans the partition again
 */
public record Manifest(String engine, String engineVersion, String schemaHash, String dataHash, long size, long modified,
		long rows, Map<String, String> states, List<String> unstorable) {

	/** The manifest's own format; a manifest of another format is not trusted (its partition is scanned again). */
	public static final int FORMAT = 1;

	public Manifest {
		states = new LinkedHashMap<>(states);
		unstorable = List.copyOf(unstorable);
	}

	public byte[] toBytes() {
		Properties properties = new Properties();
		properties.setProperty("format", Integer.toString(FORMAT));
		properties.setProperty("engine", engine);
		properties.setProperty("engine.version", engineVersion);
		properties.setProperty("schema.sha256", schemaHash);
		properties.setProperty("data.sha256", dataHash);
		properties.setProperty("data.size", Long.toString(size));
		properties.setProperty("data.modified", Long.toString(modified));
		properties.setProperty("rows", Long.toString(rows));
		properties.setProperty("states", Integer.toString(states.size()));
		int i = 0;
		for (var state : states.entrySet()) {
			properties.setProperty("state." + i + ".id", state.getKey());
			properties.setProperty("state." + i + ".file", state.getValue());
			i++;
		}
		properties.setProperty("unstorable", Integer.toString(unstorable.size()));
		for (int u = 0; u < unstorable.size(); u++) {
			properties.setProperty("unstorable." + u + ".id", unstorable.get(u));
		}
		StringWriter text = new StringWriter();
		try {
			properties.store(text, null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		String sorted = Arrays.stream(text.toString().split("\r?\n")).filter(line -> !line.startsWith("#")).sorted()
				.collect(Collectors.joining("\n", "", "\n"));
		return sorted.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** Reads a manifest; throws (with what is wrong) for another format or a missing field. */
	public static Manifest parse(byte[] bytes) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
		String format = required(properties, "format");
		if (!format.equals(Integer.toString(FORMAT))) {
			throw new IOException("manifest format " + format + ", this Assay reads format " + FORMAT);
		}
		try {
			int count = Integer.parseInt(required(properties, "states"));
			Map<String, String> states = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				states.put(required(properties, "state." + i + ".id"), required(properties, "state." + i + ".file"));
			}
			List<String> unstorable = new java.util.ArrayList<>();
			int notStored = Integer.parseInt(properties.getProperty("unstorable", "0"));
			for (int u = 0; u < notStored; u++) {
				unstorable.add(required(properties, "unstorable." + u + ".id"));
			}
			return new Manifest(required(properties, "engine"), required(properties, "engine.version"),
					required(properties, "schema.sha256"), required(properties, "data.sha256"),
					Long.parseLong(required(properties, "data.size")), Long.parseLong(required(properties, "data.modified")),
					Long.parseLong(required(properties, "rows")), states, unstorable);
		} catch (NumberFormatException e) {
			throw new IOException("manifest holds a malformed number: " + e.getMessage(), e);
		}
	}

	private static String required(Properties properties, String key) throws IOException {
		String value = properties.getProperty(key);
		if (value == null) {
			throw new IOException("manifest has no '" + key + "'");
		}
		return value;
	}
}
