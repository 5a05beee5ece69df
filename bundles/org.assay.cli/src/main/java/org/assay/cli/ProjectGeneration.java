package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.generator.AssayGenerator;
import org.assay.model.AssayModel;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/** Validation and generation of a project's models, shared by {@code generate}, {@code run} and {@code demo}. */
final class ProjectGeneration {

	private ProjectGeneration() {
	}

	/** The generation result, or null after printing the validation errors that prevent it. */
	static AssayGenerator.Result validateAndGenerate(Path project, PrintWriter out) throws IOException {
		List<Path> files = AssayWorkspace.collect(List.of(project)).stream()
				.filter(f -> !f.toString().contains("/target/")).toList();
		if (files.isEmpty()) {
			out.println("no .assay files in " + project);
			return null;
		}
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class).load(files);
		Map<Resource, List<Issue>> issues = workspace.validateAll(CancelIndicator.NullImpl);
		Diagnostics diagnostics = new Diagnostics();
		diagnostics.print(issues, out, true);
		if (diagnostics.errors > 0) {
			out.printf("%d error(s) in the models; nothing generated. Fix them and run again.%n", diagnostics.errors);
			return null;
		}
		List<AssayModel> models = issues.keySet().stream().map(r -> (AssayModel) r.getContents().get(0)).toList();
		AssayGenerator.Result result = new AssayGenerator().generate(models);
		for (String note : result.notes()) {
			out.println("note: " + note);
		}
		return result;
	}
}
