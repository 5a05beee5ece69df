package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.assay.generator.AssayGenerator;
import org.assay.generator.ProjectGenerator;

/** Validation and generation of a project's models, printed for {@code generate}, {@code run} and {@code demo}. */
final class ProjectGeneration {

	private ProjectGeneration() {
	}

	/** The generation result, or null after printing the validation errors that prevent it. */
	static AssayGenerator.Result validateAndGenerate(Path project, PrintWriter out) {
		ProjectGenerator.Outcome outcome = ProjectGenerator.validateAndGenerate(project, Paths.get(""));
		outcome.diagnostics().stream().filter(d -> d.contains(": error: ")).forEach(out::println);
		if (outcome.result() == null) {
			out.printf("%d error(s) in the models; nothing generated. Fix them and run again.%n", outcome.errors());
			return null;
		}
		for (String note : outcome.result().notes()) {
			out.println("note: " + note);
		}
		return outcome.result();
	}
}
