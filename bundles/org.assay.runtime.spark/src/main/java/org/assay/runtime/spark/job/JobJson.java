package org.assay.runtime.spark.job;

import java.util.List;
import java.util.Locale;

import org.assay.runtime.evaluation.EvaluationState;
import org.assay.runtime.fairness.GroupFairness;
import org.assay.runtime.metrics.ConfusionMatrix;
import org.assay.runtime.pipeline.TrainedModel;

/** The job's metrics as JSON: what it scored, with which engine and model, and the metrics of the merged state. */
final class JobJson {

	private JobJson() {
	}

	static String of(String pipeline, String data, String sparkVersion, TrainedModel model, EvaluationState state) {
		ConfusionMatrix matrix = state.matrix();
		StringBuilder json = new StringBuilder("{\n");
		json.append("  \"pipeline\": ").append(string(pipeline)).append(",\n");
		json.append("  \"data\": ").append(string(data)).append(",\n");
		json.append("  \"engine\": ").append(string("spark " + sparkVersion)).append(",\n");
		if (model.lineage() != null) {
			json.append("  \"trainedOn\": ").append(string(String.valueOf(model.lineage().inputs()))).append(",\n");
		}
		json.append("  \"rows\": ").append(state.rows()).append(",\n");
		json.append("  \"labelled\": ").append(matrix.total()).append(",\n");
		json.append("  \"accuracy\": ").append(number(matrix.accuracy())).append(",\n");
		json.append("  \"macroF1\": ").append(number(matrix.macroF1())).append(",\n");
		json.append("  \"slices\": {");
		String separator = "";
		for (var slice : state.slices().entrySet()) {
			json.append(separator).append("\n    ").append(string(slice.getKey())).append(": {\"rows\": ")
					.append(slice.getValue().total()).append(", \"accuracy\": ").append(number(slice.getValue().accuracy()))
					.append('}');
			separator = ",";
		}
		json.append(state.slices().isEmpty() ? "},\n" : "\n  },\n");
		json.append("  \"fairness\": {");
		separator = "";
		for (String feature : state.protectedFeatures()) {
			GroupFairness fairness = state.fairness(feature);
			List<String> categories = model.dataset().schema().column(feature).categories();
			json.append(separator).append("\n    ").append(string(feature)).append(": {\"demographicParityDifference\": ")
					.append(number(fairness.demographicParityDifference())).append(", \"groups\": [");
			String inner = "";
			for (GroupFairness.Group group : fairness.groups()) {
				json.append(inner).append("{\"group\": ").append(string(categories.get(group.group()))).append(", \"rows\": ")
						.append(group.size()).append(", \"selectionRate\": ").append(number(group.selectionRate())).append('}');
				inner = ", ";
			}
			json.append("]}");
			separator = ",";
		}
		json.append(state.protectedFeatures().isEmpty() ? "}\n" : "\n  }\n");
		return json.append("}\n").toString();
	}

	private static String number(double value) {
		return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6f", value) : "null";
	}

	private static String string(String value) {
		StringBuilder text = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
			case '"' -> text.append("\\\"");
			case '\\' -> text.append("\\\\");
			default -> {
				if (c < 0x20) {
					text.append(String.format("\\u%04x", (int) c));
				} else {
					text.append(c);
				}
			}
			}
		}
		return text.append('"').toString();
	}
}
