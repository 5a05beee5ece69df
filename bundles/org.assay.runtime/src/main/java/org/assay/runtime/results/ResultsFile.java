package org.assay.runtime.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The results file {@code target/assay/results.json}: a versioned JSON document holding the evidence of every test
 * run. Appending is atomic (written to a temporary file in the same folder, then moved), so a crash never leaves a
 * half-written file. Non-finite numbers are written as JSON {@code null}.
 */
public final class ResultsFile {

	/** Identifies the format; readers reject other versions. */
	public static final String SCHEMA = "assay-results/1";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private ResultsFile() {
	}

	/** Reads all evidence; an absent file has none. */
	public static List<Evidence> read(Path file) throws IOException {
		if (!Files.exists(file)) {
			return new ArrayList<>();
		}
		JsonNode root = JSON.readTree(file.toFile());
		String schema = root.path("schema").asText();
		if (!SCHEMA.equals(schema)) {
			throw new IOException(file + ": unsupported results format '" + schema + "', expected '" + SCHEMA + "'");
		}
		List<Evidence> evidence = new ArrayList<>();
		for (JsonNode node : root.path("evidence")) {
			ObjectNode copy = node.deepCopy();
			for (String number : List.of("value", "lower", "upper", "confidence")) {
				if (copy.path(number).isNull()) {
					copy.put(number, Double.NaN);
				}
			}
			evidence.add(JSON.treeToValue(copy, Evidence.class));
		}
		return evidence;
	}

	/** Appends evidence atomically. */
	public static synchronized void append(Path file, List<Evidence> added) throws IOException {
		List<Evidence> all = read(file);
		all.addAll(added);
		write(file, all);
	}

	/** Replaces the file's content atomically. */
	public static void write(Path file, List<Evidence> evidence) throws IOException {
		ObjectNode root = JSON.createObjectNode();
		root.put("schema", SCHEMA);
		var array = root.putArray("evidence");
		for (Evidence e : evidence) {
			ObjectNode node = JSON.valueToTree(e);
			for (String number : List.of("value", "lower", "upper", "confidence")) {
				if (!node.path(number).isNumber() || !Double.isFinite(node.path(number).asDouble())) {
					node.putNull(number);
				}
			}
			array.add(node);
		}
		AtomicFiles.write(file, JSON.writeValueAsBytes(root));
	}
}
