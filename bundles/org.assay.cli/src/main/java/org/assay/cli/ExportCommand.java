package org.assay.cli;

import java.util.concurrent.Callable;

import org.assay.cli.reqif.ReqifExportCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code assay export KIND PROJECT}: the deliverables and exchange formats Assay derives from a project's models and
 * evidence, one subcommand per kind ({@code gsn}: the safety case; {@code reqif}: requirements for DOORS, Polarion,
 * Capella). Add new kinds to {@code subcommands}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write a deliverable derived from the project's models and its last results: 'gsn' the safety case "
				+ "(GSN argument as SVG and JSON), 'reqif' the requirements with status and trace links (ReqIF 1.2), "
				+ "'annex-iv' the EU AI Act technical documentation and instructions for use (HTML, JSON, SHA-256 manifest).",
		subcommands = { GsnExportCommand.class, ReqifExportCommand.class, AnnexExportCommand.class })
final class ExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	/** Without a kind: the usage, and exit code 2 (bad usage). */
	@Override
	public Integer call() {
		spec.commandLine().getErr().println("assay export: name what to export, e.g. 'assay export gsn PROJECT'");
		spec.commandLine().usage(spec.commandLine().getErr());
		return 2;
	}
}
