package org.assay.cli.reqif;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.assay.dsl.reqif.ReqifExport;
import org.assay.dsl.reqif.ReqifWriter;
import org.assay.runtime.results.AtomicFiles;
import org.assay.cli.ProjectTraces;
import org.assay.trace.ProjectTrace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay export reqif PROJECT [-o FILE]}: the project's requirements, status and trace links as ReqIF 1.2. */
@Command(name = "reqif", mixinStandardHelpOptions = true,
		description = { "Export the project's requirements as ReqIF 1.2: ids, titles, texts, kept attributes, their status "
				+ "(latest verdicts from target/assay/runs.jsonl) as the enumeration Assay.Status, criteria as text, and the "
				+ "trace links requirement -> hazard (mitigates), requirement -> test (verified by) and the requirements' "
				+ "links to each other (under the requirements tool's relation type, else the link's kind) as spec relations. "
				+ "The same project state gives the same file: identifiers come from names, everything is sorted, and the one "
				+ "timestamp is --timestamp (default: the start of the last run).",
				"Exit code 0: written, 1: written but the models have validation errors, 2: bad usage or unreadable results." })
public final class ReqifExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PROJECT", description = "the project folder")
	private Path project;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE",
			description = "where to write (default: PROJECT/target/assay/requirements.reqif)")
	private Path output;

	@Option(names = "--timestamp", paramLabel = "ISO-8601", description = "the CREATION-TIME and LAST-CHANGE written, "
			+ "e.g. 2026-11-30T12:00:00Z (default: the start of the last run, else " + ProjectExport.EPOCH + ")")
	private String timestamp;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (timestamp != null) {
			try {
				Instant.parse(timestamp);
			} catch (DateTimeParseException e) {
				err.println("assay export reqif: --timestamp " + timestamp + " is not an ISO-8601 UTC time such as "
						+ "2026-11-30T12:00:00Z");
				return 2;
			}
		}
		ProjectTrace trace = ProjectTraces.load(project, "export reqif", err);
		if (trace == null) {
			return 2;
		}
		ReqifExport export = ProjectExport.of(trace, timestamp);
		Path file = output != null ? output : project.resolve("target/assay/requirements.reqif");
		try {
			AtomicFiles.write(file, ReqifWriter.write(export).getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			err.println("assay export reqif: cannot write " + file + ": " + e.getMessage());
			return 2;
		}
		out.printf("exported %s: %d requirement(s), %d hazard(s), %d test(s), %d trace link(s)%n", file,
				export.requirements().size(), export.hazards().size(), export.tests().size(), export.links().size());
		if (trace.errors() > 0) {
			out.printf("  the models have %d validation error(s): run 'assay validate %s'%n", trace.errors(), project);
			return 1;
		}
		return 0;
	}
}
