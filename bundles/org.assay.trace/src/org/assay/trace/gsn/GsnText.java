package org.assay.trace.gsn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of the safety case that its drawings and JSON share: measurements, and statements wrapped into lines. */
public final class GsnText {

	private GsnText() {
	}

	/**
	 * {@code accuracy = 0.9825 [0.9497, 0.9940], required >= 0.93: PASS}; {@code no result yet: run the suites} without
	 * one; a stale result says so.
	 */
	public static String measurement(SolutionEvidence evidence) {
		if (evidence.verdict() == null) {
			return "no result yet (run the suites)";
		}
		StringBuilder text = new StringBuilder();
		text.append(evidence.metric() == null ? "no measurement" : evidence.metric());
		if (!Double.isNaN(evidence.value())) {
			text.append(" = ").append(number(evidence.value()));
			if (!Double.isNaN(evidence.lower()) && !Double.isNaN(evidence.upper())) {
				text.append(" [").append(number(evidence.lower())).append(", ").append(number(evidence.upper())).append(']');
			}
		}
		if (evidence.criterion() != null) {
			text.append(", required ").append(evidence.criterion());
		}
		text.append(": ").append(evidence.verdict());
		if (evidence.stale() != null) {
			text.append(" (stale)");
		}
		return text.toString();
	}

	/** A number as the report shows it: four decimals. */
	public static String number(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

	/** Words wrapped into lines of at most {@code width} characters (a longer word gets a line of its own). */
	public static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}
}
