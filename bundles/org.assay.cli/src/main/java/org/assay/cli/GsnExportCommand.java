package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

import org.assay.runtime.results.AtomicFiles;
import org.assay.trace.ProjectTrace;
import org.assay.trace.Status;
import org.assay.trace.gsn.GsnElement;
import org.assay.trace.gsn.GsnJson;
import org.assay.trace.gsn.GsnSvg;
import org.assay.trace.gsn.SafetyCase;
import org.assay.trace.gsn.SafetyCaseBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay export gsn PROJECT}: the project's safety case, a GSN argument derived from its models and the current
 * result of each test (docs/safety-case.md), as SVG and JSON.
 */
@Command(name = "gsn", mixinStandardHelpOptions = true,
		description = "Write the project's safety case: a GSN argument (goals, strategies, solutions, context, assumptions, "
				+ "justifications, away goals, undeveloped elements) from its models and the last results in "
				+ "target/assay/runs.jsonl, as an SVG drawing and a JSON file. Exit code 0: written, 1: written but the "
				+ "models have validation errors, 2: bad usage, an unreadable results file or a file that cannot be written.")
final class GsnExportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PROJECT", description = "the project folder")
	private Path project;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE.svg", description = "where to write the drawing "
			+ "(default: PROJECT/target/assay/safety-case.svg)")
	private Path svg;

	@Option(names = "--json", paramLabel = "FILE", description = "where to write the JSON form "
			+ "(default: PROJECT/target/assay/safety-case.json)")
	private Path json;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ProjectTrace trace = ProjectTraces.load(project, "export gsn", err);
		if (trace == null) {
			return 2;
		}
		SafetyCase safetyCase = SafetyCaseBuilder.build(trace);
		Path svgFile = svg != null ? svg : project.resolve("target/assay/safety-case.svg");
		Path jsonFile = json != null ? json : project.resolve("target/assay/safety-case.json");
		Path writing = svgFile;
		try {
			AtomicFiles.write(svgFile, GsnSvg.render(safetyCase).getBytes(StandardCharsets.UTF_8));
			writing = jsonFile;
			AtomicFiles.write(jsonFile, GsnJson.render(safetyCase).getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			err.println("assay export gsn: cannot write " + writing + ": " + e.getMessage());
			return 2;
		}
		StringJoiner counts = new StringJoiner(", ");
		safetyCase.counts().forEach((type, n) -> counts.add(n + " " + plural(type.label(), n)));
		long stale = safetyCase.elements(GsnElement.Type.SOLUTION).stream().filter(e -> Status.STALE.equals(e.status()))
				.count();
		out.printf("safety case: %s%n  %s%n  json: %s%n  %s; %d undeveloped, %d solution(s) on stale evidence%n", svgFile,
				safetyCase.title(), jsonFile, counts, safetyCase.undeveloped().size(), stale);
		if (trace.errors() > 0) {
			out.printf("  the models have %d validation error(s): run 'assay validate %s'%n", trace.errors(), project);
			return 1;
		}
		return 0;
	}

	/** {@code goal → goals}, {@code strategy → strategies}. */
	private static String plural(String word, int n) {
		return n == 1 ? word : word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
	}
}
