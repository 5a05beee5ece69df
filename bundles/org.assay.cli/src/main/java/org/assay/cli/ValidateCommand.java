package org.assay.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * files resolve) and prints each problem as {@code file:line:column: severity: message [code]}, or writes them as a
 * SARIF log ({@link ValidationOutput}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Validate .assay files and folders (searched recursively). Prints each problem as "
				+ "file:line:column: severity: message [code], or writes a SARIF 2.1.0 log for code scanning (--format sarif).",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors (warnings allowed, unless --warnings-as-errors)",
				"1:errors found (or warnings, with --warnings-as-errors): the validation gate failed",
				"2:bad usage (no such path, no .assay files, unknown option), an output that cannot be written, or an "
						+ "internal error" })
final class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".assay files or folders")
	private List<Path> paths;

	@Option(names = "--warnings-as-errors", description = "Exit with 1 on warnings too.")
	private boolean warningsAsErrors;

	@Option(names = "--quiet", description = "Print errors only, and no summary.")
	private boolean quiet;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (default): one line per problem; sarif: a SARIF 2.1.0 log (docs/ci-formats.md).")
	private ValidationOutput.Format format;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE",
			description = "Write the problems (in the chosen format) to FILE instead of standard output.")
	private Path output;

	@Option(names = "--srcroot", paramLabel = "DIR",
			description = "SARIF: write file locations relative to DIR (default: the working folder, usually the "
					+ "repository root in CI).")
	private Path srcroot;

	/** annex (#11): profiles add warnings for what a regulation needs of the models; default validation is unchanged. */
	enum Profile {
		ai_act;

		@Override
		public String toString() {
			return name().replace('_', '-');
		}
	}

	@Option(names = "--profile", paramLabel = "PROFILE", converter = ProfileConverter.class,
			description = "ai-act: also warn about what the EU AI Act's technical documentation (Annex IV) and "
					+ "instructions for use (Art. 13(3)) need and the models do not say (docs/annex-iv.md).")
	private Profile profile;

	/** {@code ai-act} → {@link Profile#ai_act}, with the accepted names in the error. */
	static final class ProfileConverter implements picocli.CommandLine.ITypeConverter<Profile> {
		@Override
		public Profile convert(String value) {
			for (Profile p : Profile.values()) {
				if (p.toString().equals(value)) {
					return p;
				}
			}
			throw new picocli.CommandLine.TypeConversionException("unknown profile '" + value + "': use ai-act");
		}
	}

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
		if (profile == Profile.ai_act) {
			results = org.assay.dsl.headless.AiActIssues.with(results);
		}
		ValidationOutput written = new ValidationOutput(format, output, srcroot == null ? Paths.get("") : srcroot, quiet);
		Diagnostics diagnostics;
		try {
			diagnostics = written.write(results, spec.commandLine().getOut());
		} catch (IOException e) {
			spec.commandLine().getErr().println("assay validate: cannot write " + output + ": " + e.getMessage());
			return 2;
		}
		int errors = diagnostics.errors;
		int warnings = diagnostics.warnings;
		if (!quiet && written.summaryOnStdout()) {
			spec.commandLine().getOut().printf("%d file(s) validated: %d error(s), %d warning(s)%n", files.size(), errors,
					warnings);
		}
		return errors > 0 || (warningsAsErrors && warnings > 0) ? 1 : 0;
	}
}
