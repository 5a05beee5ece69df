package org.assay.cli;

import org.assay.cli.reqif.ReqifImportCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code assay import FORMAT …}: brings requirements from other tools into a project; one subcommand per format. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import requirements from another tool into .assay files.",
		subcommands = { ReqifImportCommand.class })
final class ImportCommand implements java.util.concurrent.Callable<Integer> {

	@Spec
	private CommandSpec spec;

	/** Without a format: the usage, and exit code 2 (bad usage). */
	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return 2;
	}
}
