package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.assay.generator.AssayGenerator;
import org.assay.generator.files.GeneratedFiles;
import org.assay.generator.files.Ownership;

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
				+ "Generated files the models no longer produce are removed; hand-written ones are listed, never removed. "
				+ "Exit code 0: generated (or, with --check, up to date), 1: validation errors, stale or orphaned code, "
				+ "2: bad usage.")
final class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PROJECT", description = "the project folder")
	private Path project;

	@Option(names = "--check", description = "Write nothing; fail when checked-in generated code differs from what "
			+ "generation produces now, or is left over from a renamed or deleted element (orphaned).")
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
		PrintWriter out = spec.commandLine().getOut();
		if (check) {
			List<String> stale = GeneratedFiles.stale(root, result.files());
			for (String file : stale) {
				out.println("stale: " + file + " (run ./assay generate " + project + ")");
			}
			Ownership.Orphans orphans = Ownership.orphans(root, result.files());
			for (String file : orphans.generated()) {
				out.println("orphaned: " + file + " (generated for a model element that no longer exists; run ./assay generate "
						+ project + " to remove it)");
			}
			printOrphans(orphans.handWritten(), out);
			out.printf("%d generated file(s) checked, %d stale, %d orphaned generated, %d orphaned hand-written%n",
					result.files().size(), stale.size(), orphans.generated().size(), orphans.handWritten().size());
			return stale.isEmpty() && orphans.isEmpty() ? 0 : 1;
		}
		GeneratedFiles.Report report = GeneratedFiles.write(root, result.files());
		for (String file : report.written()) {
			out.println("wrote " + file);
		}
		for (String file : report.kept()) {
			out.println("kept  " + file + " (hand-written, never overwritten)");
		}
		for (String file : report.removed()) {
			out.println("removed " + file + " (generated for a model element that no longer exists)");
		}
		printOrphans(report.orphaned(), out);
		out.printf("%d written, %d unchanged, %d hand-written kept, %d removed, %d orphaned%n", report.written().size(),
				report.unchanged().size(), report.kept().size(), report.removed().size(), report.orphaned().size());
		return 0;
	}

	/** Hand-written files left over from renamed or deleted elements: said, never deleted. */
	static void printOrphans(List<Ownership.Orphan> orphans, PrintWriter out) {
		for (Ownership.Orphan orphan : orphans) {
			out.println("warning: orphaned " + orphan.message());
		}
	}
}
