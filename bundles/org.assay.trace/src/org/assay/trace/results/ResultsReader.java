package org.assay.trace.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads {@code target/assay/results.json}. Every run appends its evidence, so a test may appear many times: the last
 * record of a test is its current result. A file of another schema, or one that is not JSON, is refused with the file
 * and the reason.
 */
public final class ResultsReader {

	/** The schema this reader understands (the runtime's {@code ResultsFile.SCHEMA}). */
	public static final String SCHEMA = "assay-results/1";

	private ResultsReader() {
	}

	/** All records in file order; none when the file does not exist (nothing has run yet). */
	public static List<ResultRecord> readAll(Path file) throws IOException {
		if (!Files.exists(file)) {
			return List.of();
		}
		JsonObject root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			JsonElement parsed = JsonParser.parseReader(reader);
			if (!parsed.isJsonObject()) {
				throw new IOException(file + ": not an Assay results file (no JSON object)");
			}
			root = parsed.getAsJsonObject();
		} catch (JsonParseException e) {
			throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
		}
		String schema = root.has("schema") ? root.get("schema").getAsString() : null;
		if (!SCHEMA.equals(schema)) {
			throw new IOException(file + ": schema '" + schema + "' is not " + SCHEMA + "; regenerate the results with this "
					+ "version of Assay");
		}
		List<ResultRecord> records = new ArrayList<>();
		JsonArray evidence = root.getAsJsonArray("evidence");
		for (int i = 0; evidence != null && i < evidence.size(); i++) {
			try {
				records.add(record(evidence.get(i).getAsJsonObject()));
			} catch (RuntimeException e) {
				throw new IOException(file + ": evidence #" + (i + 1) + " is malformed: " + e.getMessage(), e);
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

	private static ResultRecord record(JsonObject e) {
		JsonObject lineage = e.has("lineage") && e.get("lineage").isJsonObject() ? e.getAsJsonObject("lineage") : new JsonObject();
		Map<String, String> inputs = new TreeMap<>();
		strings(lineage, "inputs").forEach(inputs::put);
		Map<String, Long> seeds = new TreeMap<>();
		if (lineage.has("seeds") && lineage.get("seeds").isJsonObject()) {
			lineage.getAsJsonObject("seeds").entrySet().forEach(s -> seeds.put(s.getKey(), s.getValue().getAsLong()));
		}
		return new ResultRecord(text(e, "suite"), text(e, "test"), list(e, "requirements"), text(e, "source"), text(e, "metric"),
				number(e, "value"), number(e, "lower"), number(e, "upper"), number(e, "confidence"), text(e, "criterion"),
				text(e, "verdict"), text(e, "message"), inputs, seeds, new TreeMap<>(strings(lineage, "versions")),
				list(e, "details"));
	}

	private static String text(JsonObject o, String name) {
		return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : null;
	}

	private static double number(JsonObject o, String name) {
		return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsDouble() : Double.NaN;
	}

	private static List<String> list(JsonObject o, String name) {
		List<String> values = new ArrayList<>();
		if (o.has(name) && o.get(name).isJsonArray()) {
			o.getAsJsonArray(name).forEach(v -> values.add(v.getAsString()));
		}
		return values;
	}

	private static Map<String, String> strings(JsonObject o, String name) {
		Map<String, String> values = new LinkedHashMap<>();
		if (o.has(name) && o.get(name).isJsonObject()) {
			o.getAsJsonObject(name).entrySet().forEach(v -> values.put(v.getKey(), v.getValue().getAsString()));
		}
		return values;
	}
}
