package org.assay.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.assay.generator.AssayGenerator;
import org.assay.generator.files.GeneratedFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay generate PROJECT}: validates the project's .assay files and generates its DJL pipelines and JUnit 5
 * suites into {@code src/generated/java} and {@code src/generated/test/java}; the hand-written subclasses
 * ({@code src/main/java}, {@code src/test/java}) are created once and never overwritten.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Generate pipelines and test suites for a project (a folder with .assay files and a pom.xml). "
				+ "Exit code 0: generated (or, with --check, up to date), 1: validation errors or stale code, 2: bad usage.")
final class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PROJECT", description = "the project folder")
	private Path project;

	@Option(names = "--check", description = "Write nothing; fail when checked-in generated code differs from what "
			+ "generation produces now.")
	private boolean check;

	@Override
	public Integer call() throws IOException {
		if (!Files.isDirectory(project)) {
			spec.commandLine().getErr().println("assay generate: " + project + ": not a folder");
			return 2;
		}
		AssayGenerator.Result result = ProjectGeneration.validateAndGenerate(project, spec.commandLine().getOut());
		if (result == null) {
			return 1;
		}
		Path root = project.toAbsolutePath().normalize();
		if (check) {
			List<String> stale = GeneratedFiles.stale(root, result.files());
			for (String file : stale) {
				spec.commandLine().getOut().println("stale: " + file + " (run ./assay generate " + project + ")");
			}
			spec.commandLine().getOut().printf("%d generated file(s) checked, %d stale%n", result.files().size(), stale.size());
			return stale.isEmpty() ? 0 : 1;
		}
		GeneratedFiles.Report report = GeneratedFiles.write(root, result.files());
		for (String file : report.written()) {
			spec.commandLine().getOut().println("wrote " + file);
		}
		for (String file : report.kept()) {
			spec.commandLine().getOut().println("kept  " + file + " (hand-written, never overwritten)");
		}
		spec.commandLine().getOut().printf("%d written, %d unchanged, %d hand-written kept%n", report.written().size(),
				report.unchanged().size(), report.kept().size());
		return 0;
	}
}
