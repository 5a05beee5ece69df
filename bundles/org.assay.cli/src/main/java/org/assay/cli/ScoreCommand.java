package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.assay.trace.ProjectTrace;
import org.assay.trace.score.MlTestScore;
import org.assay.trace.score.MlTestScore.ItemScore;
import org.assay.trace.score.MlTestScore.SectionScore;
import org.assay.trace.score.ScoreEvaluator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isDirectory(project)) {
			err.println("assay score: " + project + " is not a folder");
			return 2;
		}
		ProjectTrace trace;
		try {
			trace = ProjectTrace.load(project);
		} catch (IOException e) {
			err.println("assay score: " + e.getMessage());
			return 2;
		}
		MlTestScore score = ScoreEvaluator.evaluate(trace);
		if (json) {
			out.println(json(score));
		} else {
			text(score, out);
		}
		if (trace.errors() > 0) {
			err.printf("assay score: the models have %d validation error(s): run 'assay validate %s'%n", trace.errors(),
					project);
			return 1;
		}
		return 0;
	}

	/** The table: each item with at most three of its covers (the JSON form lists them all). */
	static void text(MlTestScore score, PrintWriter out) {
		out.println("ML Test Score (Breck et al. 2017)" + (score.lastRun() == null ? "; nothing has run yet"
				: "; recent evidence: run " + score.lastRun()));
		for (SectionScore section : score.sections()) {
			out.printf("%n%s: %s of 7%n", section.section().title(), MlTestScore.format(section.sum()));
			for (ItemScore item : section.items()) {
				out.printf("  %-10s %-3s %-9s %s%s%n", item.item().label(), MlTestScore.format(item.points()),
						item.basis().name().toLowerCase(java.util.Locale.ROOT), item.item().title(),
						item.evidence().isEmpty() ? "" : " — " + item.evidenceSummary(3));
			}
			if (section.raise() != null) {
				out.printf("  to raise it (+%s): %s %s: %s%n", MlTestScore.format(section.raise().gain()),
						section.raise().item().label(), section.raise().item().id(), section.raise().action());
			}
		}
		out.printf("%nFinal score (minimum of the sections): %s — %s%n", MlTestScore.format(score.score()), score.band());
	}

	static String json(MlTestScore score) throws IOException {
		ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		ObjectNode root = mapper.createObjectNode();
		root.put("rubric", "ML Test Score (Breck et al., IEEE BigData 2017)");
		root.put("lastRun", score.lastRun());
		root.put("score", score.score());
		root.put("band", score.band());
		ArrayNode sections = root.putArray("sections");
		for (SectionScore section : score.sections()) {
			ObjectNode s = sections.addObject();
			s.put("section", section.section().key());
			s.put("title", section.section().title());
			s.put("sum", section.sum());
			ArrayNode items = s.putArray("items");
			for (ItemScore item : section.items()) {
				ObjectNode i = items.addObject();
				i.put("id", item.item().id());
				i.put("title", item.item().title());
				i.put("points", item.points());
				i.put("basis", item.basis().name().toLowerCase(java.util.Locale.ROOT));
				item.evidence().forEach(i.putArray("evidence")::add);
				if (item.note() != null) {
					i.put("note", item.note());
				}
			}
			if (section.raise() != null) {
				ObjectNode raise = s.putObject("raise");
				raise.put("id", section.raise().item().id());
				raise.put("gain", section.raise().gain());
				raise.put("action", section.raise().action());
			}
		}
		return mapper.writeValueAsString(root);
	}
}
