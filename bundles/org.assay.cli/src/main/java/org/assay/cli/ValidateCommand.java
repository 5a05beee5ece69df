package org.assay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.dsl.headless.ProjectFiles;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay validate PATH…}: validates .assay files the way the IDE does (all files together, so references across
 * files resolve) and prints each problem as {@code file:line:column: severity: message [code]}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Validate .assay files and folders (searched recursively). Exit code 0: no errors, 1: errors, "
				+ "2: bad usage.")
final class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".assay files or folders")
	private List<Path> paths;

	@Option(names = "--warnings-as-errors", description = "Exit with 1 on warnings too.")
	private boolean warningsAsErrors;

	@Option(names = "--quiet", description = "Print errors only, and no summary.")
	private boolean quiet;

	@Override
	public Integer call() {
		for (Path path : paths) {
			if (!Files.exists(path)) {
				spec.commandLine().getErr().println("assay validate: " + path + ": no such file or folder");
				return 2;
			}
		}
		List<Path> files = ProjectFiles.models(paths);
		if (files.isEmpty()) {
			spec.commandLine().getErr().println("assay validate: no .assay files under " + paths);
			return 2;
		}
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class).load(files);
		Map<Resource, List<Issue>> results = workspace.validateAll(CancelIndicator.NullImpl);
		Diagnostics diagnostics = new Diagnostics();
		diagnostics.print(results, spec.commandLine().getOut(), quiet);
		int errors = diagnostics.errors;
		int warnings = diagnostics.warnings;
		if (!quiet) {
			spec.commandLine().getOut().printf("%d file(s) validated: %d error(s), %d warning(s)%n", files.size(), errors,
					warnings);
		}
		return errors > 0 || (warningsAsErrors && warnings > 0) ? 1 : 0;
	}
}
