package org.assay.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay demo}: {@code run} on the shipped breast-cancer example. */
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = "Run Assay's main job on the shipped example examples/breast-cancer: validate, generate, train, test, "
				+ "and print the verdicts per requirement.")
final class DemoCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		Path home = Paths.get(System.getProperty("assay.home", ".")).toAbsolutePath().normalize();
		return RunCommand.run(home.resolve("examples/breast-cancer"), spec.commandLine().getOut());
	}
}
