package org.assay.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code assay export KIND PROJECT}: the deliverables Assay derives from a project's models and evidence, one
 * subcommand per kind ({@code gsn}: the safety case).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write a deliverable derived from the project's models and its last results: 'gsn' the safety case "
				+ "(GSN argument as SVG and JSON).",
		subcommands = { GsnExportCommand.class })
final class ExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().getErr().println("assay export: name what to export, e.g. 'assay export gsn PROJECT'");
		spec.commandLine().usage(spec.commandLine().getErr());
		return 2;
	}
}
