package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.assay.dsl.headless.AssayWorkspace;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Prints validation issues as {@code file:line:column: severity: message [code]} and counts them. */
final class Diagnostics {

	int errors;
	int warnings;

	void print(Map<Resource, List<Issue>> results, PrintWriter out, boolean errorsOnly) {
		Path here = Paths.get("");
		for (Map.Entry<Resource, List<Issue>> entry : results.entrySet()) {
			for (Issue issue : entry.getValue()) {
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				} else if (issue.getSeverity() == Severity.WARNING) {
					warnings++;
				}
				if (!errorsOnly || issue.getSeverity() == Severity.ERROR) {
					out.println(AssayWorkspace.format(here, entry.getKey(), issue));
				}
			}
		}
	}
}
