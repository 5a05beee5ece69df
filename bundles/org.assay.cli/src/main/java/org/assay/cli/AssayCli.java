package org.assay.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code assay} command line. Each command has its own class and {@code --help}.
 */
@Command(name = "assay", mixinStandardHelpOptions = true, version = "Assay 0.1.0",
		description = "Model the quality assurance of ML software in .assay files, validate it, and generate the code "
				+ "that proves it.",
		subcommands = { InitCommand.class, ValidateCommand.class, GenerateCommand.class, RunCommand.class, ReportCommand.class, ScoreCommand.class, DemoCommand.class,
				ImportCommand.class, ExportCommand.class, PackageCommand.class,
				LspCommand.class,
				CommandLine.HelpCommand.class })
public final class AssayCli {

	/** Runs a command line; returns the exit code (0 ok, 1 problems found, 2 usage or internal error). */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = new CommandLine(new AssayCli());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
			err.println("assay: internal error: " + exception);
			return 2;
		});
		int code = commandLine.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	/** DJL's informational messages (engine, threads) are noise on the command line; warnings still show. */
	private static final java.util.logging.Logger DJL_LOGGER = java.util.logging.Logger.getLogger("ai.djl");
	/** DJL probes for GPUs and warns when there is none; a CPU-only run is normal for Assay. */
	private static final java.util.logging.Logger DJL_CUDA_LOGGER = java.util.logging.Logger.getLogger("ai.djl.util.cuda");

	public static void main(String[] args) {
		DJL_LOGGER.setLevel(java.util.logging.Level.WARNING);
		DJL_CUDA_LOGGER.setLevel(java.util.logging.Level.SEVERE);
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}
}
