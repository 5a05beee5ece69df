package org.assay.runtime.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The results file of Assay before runs were recorded, {@code target/assay/results.json} (schema
 * {@value #SCHEMA}): one JSON document with every test's evidence, rewritten whole on each append. Read only, so that
 * old projects keep their history; {@link RunsFile} reads it as the run {@value RunsFile#LEGACY_RUN} before the runs
 * of {@code runs.jsonl}.
 */
public final class ResultsFile {

	/** Identifies the format; readers reject other versions. */
	public static final String SCHEMA = "assay-results/1";

	/** Where it was, relative to a project. */
	public static final String PATH = "target/assay/results.json";

	private ResultsFile() {
	}

	/** Reads all evidence; an absent file has none. */
	public static List<Evidence> read(Path file) throws IOException {
		if (!Files.exists(file)) {
			return new ArrayList<>();
		}
		JsonNode root;
		try {
			root = ResultsJson.JSON.readTree(file.toFile());
		} catch (JsonProcessingException e) {
			throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
		}
		String schema = root == null ? null : root.path("schema").asText(null);
		if (!SCHEMA.equals(schema)) {
			throw new IOException(file + ": unsupported results format '" + schema + "', expected '" + SCHEMA + "'");
		}
		List<Evidence> evidence = new ArrayList<>();
		int index = 0;
		for (JsonNode node : root.path("evidence")) {
			index++;
			try {
				evidence.add(ResultsJson.evidence(node));
			} catch (JsonProcessingException e) {
				throw new IOException(file + ": evidence #" + index + " is malformed: " + e.getOriginalMessage(), e);
			}
		}
		return evidence;
	}
}
