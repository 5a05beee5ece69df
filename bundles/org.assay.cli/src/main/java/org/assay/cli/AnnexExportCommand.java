package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.assay.trace.ProjectTrace;
import org.assay.trace.annex.AnnexBundle;
import org.assay.trace.annex.AnnexDocument;
import org.assay.trace.annex.AnnexIvBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay export annex-iv PROJECT}: the EU AI Act technical documentation (Annex IV) and instructions-for-use
 * summary (Art. 13(3)) of a project, from its models and last results, with a SHA-256 manifest (docs/annex-iv.md).
 */
@Command(name = "annex-iv", mixinStandardHelpOptions = true,
		description = "Write the project's technical documentation per Annex IV of the EU AI Act (Regulation (EU) "
				+ "2024/1689) and the instructions-for-use summary of its Art. 13(3), from the models and the last results "
				+ "in target/assay/runs.jsonl: annex-iv.html, annex-iv.json, instructions-for-use.html and manifest.sha256 "
				+ "(sha256sum -c verifies it). What the models do not say is listed as gaps. Exit code 0: written, 1: "
				+ "written but the models have validation errors, 2: bad usage, an unreadable results file or a file that "
				+ "cannot be written.")
final class AnnexExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PROJECT", description = "the project folder")
	private Path project;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "the folder to write the bundle into "
			+ "(default: PROJECT/target/assay/annex-iv)")
	private Path output;

	@Option(names = "--timestamp", paramLabel = "INSTANT", description = "the export's timestamp, the JSON's "
			+ "'generated' field, e.g. 2026-11-30T12:00:00Z (default: SOURCE_DATE_EPOCH when set, else now)")
	private String timestamp;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String generated;
		try {
			generated = AnnexBundle.timestamp(timestamp, System.getenv("SOURCE_DATE_EPOCH"));
		} catch (IllegalArgumentException e) {
			err.println("assay export annex-iv: --timestamp or SOURCE_DATE_EPOCH: " + e.getMessage());
			return 2;
		}
		ProjectTrace trace = ProjectTraces.load(project, "export annex-iv", err);
		if (trace == null) {
			return 2;
		}
		AnnexDocument doc = AnnexIvBuilder.build(trace, generated);
		Path folder = output != null ? output : project.resolve(AnnexBundle.DEFAULT_FOLDER);
		try {
			AnnexBundle.write(doc, folder);
		} catch (IOException e) {
			err.println("assay export annex-iv: cannot write into " + folder + ": " + e.getMessage());
			return 2;
		}
		Map<String, Integer> kinds = new TreeMap<>();
		doc.gaps().forEach(g -> kinds.merge(g.kind(), 1, Integer::sum));
		long filled = doc.sections().stream().flatMap(s -> s.entries().stream()).filter(e -> e.status().equals("filled")).count();
		long entries = doc.sections().stream().mapToLong(s -> s.entries().size()).sum();
		out.printf("technical documentation (Annex IV): %s%n  %s%n  %d of %d sub-point entries filled; gaps: %s%n"
				+ "  files: %s, %s, %s, %s%n", folder, doc.title(), filled, entries, kinds.isEmpty() ? "none" : kinds,
				AnnexBundle.ANNEX_HTML, AnnexBundle.ANNEX_JSON, AnnexBundle.INSTRUCTIONS_HTML, AnnexBundle.MANIFEST);
		if (kinds.containsKey("model")) {
			out.printf("  'assay validate --profile ai-act %s' locates the %d model gap(s)%n", project, kinds.get("model"));
		}
		if (trace.errors() > 0) {
			out.printf("  the models have %d validation error(s): run 'assay validate %s'%n", trace.errors(), project);
			return 1;
		}
		return 0;
	}
}
