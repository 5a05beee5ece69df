package org.assay.runtime.results;

import java.util.List;

import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.stats.Verdict;

/**
 * One test's evidence: requirement(s) → test → verdict → measured value and interval → lineage. This record is the
 * contract between generated code (writer) and the trace graph, views and report (readers); see
 * {@link RunsFile#SCHEMA} and docs/evidence-format.md.
 *
 * @param suite qualified name of the suite
 * @param test name of the test case
 * @param requirements qualified names of the requirements it verifies
 * @param source the model element it was generated from, as {@code file:line}
 * @param metric the metric measured (null for errors before measuring)
 * @param value the measured estimate (NaN when none)
 * @param lower lower end of the confidence interval
 * @param upper upper end of the confidence interval
 * @param confidence confidence level of the interval
 * @param criterion the acceptance condition, e.g. {@code >= 0.85}
 * @param verdict the verdict
 * @param message a readable explanation (what was measured, why this verdict; the located error for ERROR)
 * @param lineage inputs, seeds, versions
 * @param details extra findings (failing slices, problem rows), shown in the report
 * @param phase the life cycle stage the test gives evidence in ({@code verification}, {@code deployment}, …;
 *            docs/risk-depth.md), or null where the writer does not know it (then readers take it from the model)
 */
public record Evidence(String suite, String test, List<String> requirements, String source, String metric, double value,
		double lower, double upper, double confidence, String criterion, Verdict verdict, String message, Lineage lineage,
		List<String> details, String phase) {

	public Evidence {
		requirements = List.copyOf(requirements);
		details = details == null ? List.of() : List.copyOf(details);
	}

	/** Evidence without a life cycle stage. */
	public Evidence(String suite, String test, List<String> requirements, String source, String metric, double value,
			double lower, double upper, double confidence, String criterion, Verdict verdict, String message, Lineage lineage,
			List<String> details) {
		this(suite, test, requirements, source, metric, value, lower, upper, confidence, criterion, verdict, message, lineage,
				details, null);
	}
}
