package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Prints validation issues as {@code file:line:column: severity: message [code]} and counts them. */
final class Diagnostics {

	int errors;
	int warnings;

	void print(Map<Resource, List<Issue>> results, PrintWriter out, boolean errorsOnly) {
		Path here = Paths.get("").toAbsolutePath();
		for (Map.Entry<Resource, List<Issue>> entry : results.entrySet()) {
			Path file = Paths.get(entry.getKey().getURI().toFileString());
			String shown = file.startsWith(here) ? here.relativize(file).toString() : file.toString();
			for (Issue issue : entry.getValue()) {
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				} else if (issue.getSeverity() == Severity.WARNING) {
					warnings++;
				}
				if (errorsOnly && issue.getSeverity() != Severity.ERROR) {
					continue;
				}
				String code = issue.getCode() == null ? "" : issue.getCode();
				out.printf("%s:%d:%d: %s: %s [%s]%n", shown, issue.getLineNumber(), issue.getColumn(),
						issue.getSeverity().name().toLowerCase(), issue.getMessage(), code.substring(code.lastIndexOf('.') + 1));
			}
		}
	}
}
