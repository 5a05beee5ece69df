package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.assay.cli.init.ProjectInit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay init DATA [--label COL] [--protected COL…] [-o FILE] [--force]}: profiles a data file in one pass and
 * writes a project that {@code assay run} runs as it is: an .assay model and a pom.xml (docs/init.md).
 */
@Command(name = "init", mixinStandardHelpOptions = true,
		description = "Profile a data file (.csv, .tsv or .parquet) in one pass and write a runnable project: an .assay model "
				+ "(dataset with inferred types, ranges and categories, the file's SHA-256, suggested checks, requirements; "
				+ "with a label also a seeded split, a starter pipeline and a suite) and a pom.xml. Exit code 0: written, "
				+ "1: written but the model does not validate, 2: nothing written (bad options or data).")
final class InitCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "DATA", description = "the data file: .csv, .tsv or .parquet")
	private Path data;

	@Option(names = "--label", paramLabel = "COL", description = "the column to predict: a category makes a classifier, "
			+ "a number a regressor; without it no pipeline is written")
	private String label;

	@Option(names = "--protected", paramLabel = "COL", arity = "1..*", description = "protected attributes (sex, age, …); name DATA before them")
	private List<String> protectedColumns = new ArrayList<>();

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "the .assay file to write, or its folder "
			+ "(default: DATA's name with .assay, in the current folder); pom.xml is written next to it")
	private Path output;

	@Option(names = "--force", description = "overwrite an existing model or pom.xml")
	private boolean force;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isRegularFile(data)) {
			err.println("assay init: " + data + ": no such file");
			return 2;
		}
		Path model = model();
		if (model == null) {
			err.println("assay init: -o " + output + ": name an .assay file or a folder");
			return 2;
		}
		List<Path> existing = new ArrayList<>();
		for (Path file : List.of(model, model.resolveSibling("pom.xml"))) {
			if (Files.exists(file)) {
				existing.add(file);
			}
		}
		if (!existing.isEmpty() && !force) {
			err.println("assay init: " + String.join(" and ", existing.stream().map(Path::toString).toList())
					+ (existing.size() == 1 ? " exists" : " exist") + "; nothing was written. Choose another -o, or add --force "
					+ "to overwrite.");
			return 2;
		}
		return new ProjectInit(out, err).write(data, model, label, new LinkedHashSet<>(protectedColumns));
	}

	/** The model file: -o as given when it names an .assay file, DATA's name with .assay in the folder -o names. */
	private Path model() {
		String stem = data.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".assay";
		if (output == null) {
			return Path.of("").toAbsolutePath().resolve(stem);
		}
		Path target = output.toAbsolutePath().normalize();
		if (Files.isDirectory(target) || output.toString().endsWith("/")) {
			return target.resolve(stem);
		}
		return target.getFileName().toString().endsWith(".assay") ? target : null;
	}
}
