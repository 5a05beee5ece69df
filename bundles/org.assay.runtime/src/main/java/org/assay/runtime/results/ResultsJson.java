package org.assay.runtime.results;

import java.io.IOException;
import java.util.List;

import org.assay.runtime.data.DataFindings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapping of results (Jackson): evidence and data findings to and from JSON objects. Non-finite numbers
 * are written as JSON {@code null} and read back as NaN; unknown fields are ignored, so a newer writer's additions do
 * not stop an older reader.
 */
final class ResultsJson {

	static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private static final List<String> NUMBERS = List.of("value", "lower", "upper", "confidence");

	private ResultsJson() {
	}

	static ObjectNode evidence(Evidence evidence) {
		ObjectNode node = JSON.valueToTree(evidence);
		if (evidence.phase() == null) {
			node.remove("phase"); // written only where known, so older files and readers see no change
		}
		for (String number : NUMBERS) {
			if (!node.path(number).isNumber() || !Double.isFinite(node.path(number).asDouble())) {
				node.putNull(number);
			}
		}
		return node;
	}

	static Evidence evidence(JsonNode node) throws JsonProcessingException {
		ObjectNode copy = node.deepCopy();
		for (String number : NUMBERS) {
			if (copy.path(number).isNull() || copy.path(number).isMissingNode()) {
				copy.put(number, Double.NaN);
			}
		}
		if (!copy.path("requirements").isArray()) {
			copy.putArray("requirements");
		}
		return JSON.treeToValue(copy, Evidence.class);
	}

	static ObjectNode findings(DataFindings findings) {
		return JSON.valueToTree(findings);
	}

	static DataFindings findings(JsonNode node) throws JsonProcessingException {
		return JSON.treeToValue(node, DataFindings.class);
	}

	static JsonNode parse(String text) throws IOException {
		return JSON.readTree(text);
	}
}
