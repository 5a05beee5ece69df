package org.assay.runtime.lineage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** A lineage record as a JSON file next to what it describes (for example a saved model). */
public final class LineageFile {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	private LineageFile() {
	}

	public static void write(Path file, Lineage lineage) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		JSON.writeValue(file.toFile(), lineage);
	}

	public static Lineage read(Path file) throws IOException {
		return JSON.readValue(file.toFile(), Lineage.class);
	}
}
