package org.assay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.assay.trace.ProjectTrace;
import org.assay.trace.score.MlTestScore;
import org.assay.trace.score.ScoreEvaluator;
import org.assay.trace.score.ScoreJson;
import org.assay.trace.score.ScoreText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay score PROJECT}: the project's ML Test Score (Breck et al., IEEE BigData 2017) from its models and its
 * last run — per item, per section, the final score and its reading, and what to add to raise each section.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
		description = "Print the project's ML Test Score (Breck et al. 2017): the 28 tests of the rubric, 1 point each when "
				+ "an Assay test with a result from the last run (or a monitor) covers it, 0.5 when a 'review' records a "
				+ "manual check; the four section sums, the final score (their minimum) with the paper's reading, and the "
				+ "cheapest item to add per section. See docs/ml-test-score.md. Exit code 0: scored, 1: scored but the "
				+ "models have validation errors, 2: bad usage or an unreadable results file.")
final class ScoreCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PROJECT", description = "the project folder")
	private Path project;

	@Option(names = "--json", description = "print the score as JSON instead of a table")
	private boolean json;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ProjectTrace trace = ProjectTraces.load(project, "score", err);
		if (trace == null) {
			return 2;
		}
		MlTestScore score = ScoreEvaluator.evaluate(trace);
		out.print(json ? ScoreJson.render(score) : ScoreText.render(score));
		out.flush();
		if (trace.errors() > 0) {
			err.printf("assay score: the models have %d validation error(s): run 'assay validate %s'%n", trace.errors(),
					project);
			return 1;
		}
		return 0;
	}
}
