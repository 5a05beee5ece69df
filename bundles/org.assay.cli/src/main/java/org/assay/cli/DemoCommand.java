package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay demo}: {@code run} on the shipped breast-cancer example. */
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = "Run Assay's main job on the shipped example examples/breast-cancer: validate, generate, train, test, "
				+ "print the verdicts per requirement, and write the HTML report (target/assay/report.html).")
final class DemoCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		Path home = Paths.get(System.getProperty("assay.home", ".")).toAbsolutePath().normalize();
		Path example = home.resolve("examples/breast-cancer");
		PrintWriter out = spec.commandLine().getOut();
		int code = RunCommand.run(example, out);
		// the report of what just ran; a run that could not even start (2) has nothing to report
		return code == 2 ? code : Math.max(code, ReportCommand.write(example, null, null, out, out));
	}
}
