package org.assay.runtime.ci;

import java.util.Locale;

import org.assay.runtime.results.Evidence;

/** One test's evidence in words, for report formats: a headline with verdict, value and interval, and the details. */
final class Verdicts {

	private Verdicts() {
	}

	/**
	 * {@code FAIL: accuracy = 0.8123 [0.7900, 0.8300] at 95 % confidence, criterion >= 0.85}; without a value (an
	 * error before measuring), {@code ERROR: no value, criterion >= 0.85}.
	 */
	static String headline(Evidence e) {
		StringBuilder line = new StringBuilder(String.valueOf(e.verdict())).append(": ");
		if (e.metric() != null) {
			line.append(e.metric()).append(" = ");
		}
		if (Double.isNaN(e.value())) {
			line.append("no value");
		} else {
			line.append(String.format(Locale.ROOT, "%.4f", e.value()));
			if (!Double.isNaN(e.lower()) && !Double.isNaN(e.upper())) {
				line.append(String.format(Locale.ROOT, " [%.4f, %.4f]", e.lower(), e.upper()));
				if (!Double.isNaN(e.confidence()) && e.confidence() > 0) {
					line.append(String.format(Locale.ROOT, " at %s %% confidence", percent(e.confidence())));
				}
			}
		}
		if (e.criterion() != null && !e.criterion().isBlank()) {
			line.append(", criterion ").append(e.criterion());
		}
		return line.toString();
	}

	/** The evidence's message, its details one per line, the requirements it verifies and where it is declared. */
	static String body(Evidence e) {
		StringBuilder body = new StringBuilder();
		if (e.message() != null && !e.message().isBlank()) {
			body.append(e.message()).append('\n');
		}
		e.details().forEach(detail -> body.append("  ").append(detail).append('\n'));
		if (!e.requirements().isEmpty()) {
			body.append("verifies: ").append(String.join(", ", e.requirements())).append('\n');
		}
		if (e.source() != null) {
			body.append("declared at: ").append(e.source()).append('\n');
		}
		return body.toString();
	}

	/** 0.95 → "95", 0.999 → "99.9". */
	private static String percent(double confidence) {
		double percent = confidence <= 1 ? confidence * 100 : confidence;
		String text = String.format(Locale.ROOT, "%.2f", percent);
		return text.replaceAll("\\.?0+$", "");
	}
}
