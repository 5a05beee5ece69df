package org.assay.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.dsl.headless.ProjectFiles;
import org.assay.dsl.headless.ValidationFindings;
import org.assay.generator.files.GeneratedFiles;
import org.assay.model.AssayModel;
import org.assay.runtime.ci.Finding;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * Headless generation for a project folder, as the CLI and the Maven plugin do it: validate all of its .assay files
 * together, and generate only when there are no errors. File writing stays in {@link GeneratedFiles}.
 */
public final class ProjectGenerator {

	/**
	 * @param errors validation errors (nothing generated when positive)
	 * @param diagnostics formatted errors and warnings, {@code file:line:column: severity: message [code]}
	 * @param result the generated files and notes, null when there were errors
	 * @param findings the same errors and warnings (and infos) for CI formats ({@link org.assay.runtime.ci.SarifLog})
	 */
	public record Outcome(int errors, List<String> diagnostics, AssayGenerator.Result result, List<Finding> findings) {
	}

	private ProjectGenerator() {
	}

	/** Validates and generates; {@code base} is what diagnostics' paths are shown relative to. */
	public static Outcome validateAndGenerate(Path project, Path base) {
		List<Path> files = ProjectFiles.models(project);
		if (files.isEmpty()) {
			return new Outcome(1, List.of(project + ": no .assay files"), null, List.of());
		}
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class).load(files);
		Map<Resource, List<Issue>> issues = workspace.validateAll(CancelIndicator.NullImpl);
		List<String> diagnostics = new ArrayList<>();
		int errors = 0;
		for (Map.Entry<Resource, List<Issue>> entry : issues.entrySet()) {
			for (Issue issue : entry.getValue()) {
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				}
				if (issue.getSeverity() != Severity.INFO) {
					diagnostics.add(AssayWorkspace.format(base, entry.getKey(), issue));
				}
			}
		}
		List<Finding> findings = ValidationFindings.of(issues);
		if (errors > 0) {
			return new Outcome(errors, diagnostics, null, findings);
		}
		return new Outcome(0, diagnostics, generate(issues.keySet()), findings);
	}

	/**
	 * Generates from validated, error-free resources. A file without elements (empty, or comments only) has no model
	 * and contributes nothing.
	 */
	public static AssayGenerator.Result generate(Collection<? extends Resource> validated) {
		List<AssayModel> models = validated.stream().flatMap(r -> r.getContents().stream())
				.filter(AssayModel.class::isInstance).map(AssayModel.class::cast).toList();
		return new AssayGenerator().generate(models);
	}

	/** Writes the outcome's files into the project. */
	public static GeneratedFiles.Report write(Path project, Outcome outcome) throws IOException {
		return GeneratedFiles.write(project.toAbsolutePath().normalize(), outcome.result().files());
	}
}
