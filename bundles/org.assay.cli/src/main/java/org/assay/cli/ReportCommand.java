package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.assay.runtime.results.AtomicFiles;
import org.assay.trace.ProjectTrace;
import org.assay.trace.TraceNode.Kind;
import org.assay.trace.layout.SvgRenderer;
import org.assay.trace.layout.TraceLayout;
import org.assay.trace.report.HtmlReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay report PROJECT}: the project's assurance report as one self-contained HTML file, from its models and
 * the runs its suites recorded in {@code target/assay/runs.jsonl}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Write the project's assurance report: one self-contained HTML file with the verdict summary, the "
				+ "requirement -> test -> verdict table, the traceability diagram (SVG), coverage gaps, lineage and the "
				+ "details of what did not pass. Exit code 0: written, 1: written but the models have validation errors, "
				+ "2: bad usage or an unreadable results file.")
final class ReportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PROJECT", description = "the project folder")
	private Path project;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "where to write the report "
			+ "(default: PROJECT/target/assay/report.html)")
	private Path output;

	@Option(names = "--svg", paramLabel = "FILE", description = "also write the traceability diagram as an SVG file")
	private Path svg;

	@Override
	public Integer call() {
		return write(project, output, svg, spec.commandLine().getOut(), spec.commandLine().getErr());
	}

	/** Writes the report; what went wrong goes to {@code err} (the demo passes its output for both). */
	static int write(Path project, Path output, Path svg, PrintWriter out, PrintWriter err) {
		ProjectTrace trace = ProjectTraces.load(project, "report", err);
		if (trace == null) {
			return 2;
		}
		Path file = output != null ? output : project.resolve("target/assay/report.html");
		try {
			AtomicFiles.write(file, HtmlReport.render(trace, trace.title()).getBytes(StandardCharsets.UTF_8));
			if (svg != null) {
				AtomicFiles.write(svg, SvgRenderer.render(TraceLayout.layout(trace.graph())).getBytes(StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			err.println("assay report: cannot write " + file + ": " + e.getMessage());
			return 2;
		}
		Map<String, Integer> verdicts = new TreeMap<>();
		trace.graph().nodes(Kind.TEST).forEach(t -> verdicts.merge(t.status(), 1, Integer::sum));
		var coverage = trace.coverage();
		out.printf("report: %s%n  %d of %d requirement(s) shown met; tests: %s%n  gaps: %d unverified requirement(s), %d "
				+ "unmeasured attribute(s), %d unmitigated hazard(s), %d test(s) without a current result%n", file,
				coverage.passingRequirements(), coverage.requirements(), verdicts, coverage.unverifiedRequirements().size(),
				coverage.unmeasuredAttributes().size(), coverage.unmitigatedHazards().size(),
				coverage.testsWithoutCurrentResult().size());
		if (trace.errors() > 0) {
			out.printf("  the models have %d validation error(s): run 'assay validate %s'%n", trace.errors(), project);
			return 1;
		}
		return 0;
	}
}
