package org.assay.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.trace.TraceNode;
import org.assay.trace.results.ResultRecord;

/**
 * A test's details as the Results view shows them under its table: verdict, value with its interval and confidence,
 * criterion, why, the run's details (slices, failing rows, perturbations), and lineage (data files with their
 * hashes, seeds, versions). Plain text, so that it can be copied into a ticket.
 */
final class TestDetails {

	private TestDetails() {
	}

	static String describe(TraceNode test, ResultRecord result) {
		List<String> lines = new ArrayList<>();
		lines.add(test.name() + (test.title() == null || test.title().isBlank() ? "" : " — " + test.title()));
		if (test.source() != null) {
			lines.add("declared at " + test.source() + " (double-click the row to open it)");
		}
		if (result == null) {
			lines.add("");
			lines.add("No result yet: run the suites (Run As > Assay Suites, or the Run Assay Suites button).");
			return String.join("\n", lines);
		}
		lines.add("");
		lines.add("verdict     " + result.verdict() + "   (run " + result.run() + ", suite " + result.suite() + ")");
		if (!Double.isNaN(result.value())) {
			lines.add(String.format(Locale.ROOT, "value       %.4f", result.value()));
			if (!Double.isNaN(result.lower()) || !Double.isNaN(result.upper())) {
				lines.add(String.format(Locale.ROOT, "interval    [%.4f, %.4f]%s", result.lower(), result.upper(),
						Double.isNaN(result.confidence()) || result.confidence() <= 0 ? ""
								: String.format(Locale.ROOT, " at %.0f %% confidence", result.confidence() * 100)));
			}
		}
		if (result.criterion() != null) {
			lines.add("criterion   " + (result.metric() == null ? "" : result.metric() + " ") + result.criterion());
		}
		if (!result.requirements().isEmpty()) {
			lines.add("verifies    " + String.join(", ", result.requirements()));
		}
		if (result.message() != null && !result.message().isBlank()) {
			lines.add("why         " + result.message());
		}
		if (!result.details().isEmpty()) {
			lines.add("");
			lines.add("details (slices, failing rows, perturbations):");
			result.details().forEach(detail -> lines.add("  " + detail));
		}
		if (!result.inputs().isEmpty() || !result.seeds().isEmpty() || !result.versions().isEmpty()) {
			lines.add("");
			lines.add("lineage:");
			section(lines, "input", result.inputs());
			section(lines, "seed", result.seeds());
			section(lines, "version", result.versions());
		}
		return String.join("\n", lines);
	}

	private static void section(List<String> lines, String label, Map<String, ?> entries) {
		entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(entry -> lines.add("  " + label + " " + entry.getKey() + " = " + entry.getValue()));
	}
}
