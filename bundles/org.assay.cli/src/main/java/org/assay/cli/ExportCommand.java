package org.assay.cli;

import org.assay.cli.reqif.ReqifExportCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code assay export FORMAT PROJECT}: writes a project's model and evidence in a format other tools read; one
 * subcommand per format (add new ones to {@code subcommands}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Export a project's requirements, trace and evidence for other tools.",
		subcommands = { ReqifExportCommand.class })
final class ExportCommand implements java.util.concurrent.Callable<Integer> {

	@Spec
	private CommandSpec spec;

	/** Without a format: the usage, and exit code 2 (bad usage). */
	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return 2;
	}
}
