package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ML Test Score of the breast-cancer and German-credit examples after a real {@code assay run} of each: the figures
 * docs/ml-test-score.md prints (the table is printed to the test's output).
 */
class ScoreExamplesTest {

	@TempDir
	Path project;

	private JsonNode runAndScore(String example) throws Exception {
		RunCommandTest.copyExample(example, project);
		StringWriter run = new StringWriter();
		AssayCli.run(new PrintWriter(run), new PrintWriter(run), "run", project.toString());
		StringWriter table = new StringWriter();
		assertEquals(0, AssayCli.run(new PrintWriter(table), new PrintWriter(table), "score", project.toString()),
				table::toString);
		System.out.println("assay score examples/" + example + "\n" + table);
		StringWriter json = new StringWriter();
		assertEquals(0, AssayCli.run(new PrintWriter(json), new PrintWriter(json), "score", "--json", project.toString()));
		return new ObjectMapper().readTree(json.toString());
	}

	static String sums(JsonNode score) {
		StringBuilder sums = new StringBuilder();
		for (JsonNode section : score.get("sections")) {
			sums.append(section.get("section").asText()).append('=').append(section.get("sum").asDouble()).append(' ');
		}
		return sums.append("final=").append(score.get("score").asDouble()).toString();
	}

	@Test
	void breastCancer() throws Exception {
		JsonNode score = runAndScore("breast-cancer");
		// data: the completeness test and the privacy review (0.5); model: the worst-slice tests; infra: seeded training,
		// integration, the ONNX export tested before serving; monitoring: the example declares no monitor
		assertEquals("data=1.5 model=1.0 infra=3.0 monitor=0.0 final=0.0", sums(score));
		assertTrue(score.get("band").asText().startsWith("More of a research project"));

		StringWriter out = new StringWriter();
		assertEquals(0, AssayCli.run(new PrintWriter(out), new PrintWriter(out), "report", project.toString()), out::toString);
		String html = Files.readString(project.resolve("target/assay/report.html"));
		int section = html.indexOf("<section id=\"ml-test-score\"");
		assertTrue(section > 0, "the report has the ML Test Score section");
		String part = html.substring(section, html.indexOf("</section>", section));
		assertEquals(28, part.split("<tr class=\"[a-z]+\" data-item=\"mltest\\.", -1).length - 1, "one row per item");
		assertTrue(part.contains("<li data-section=\"infra\">ML Infrastructure: <strong>3</strong> of 7</li>"), part);
		assertTrue(part.contains("<p class=\"verdict bad\" data-score=\"0\">Final score 0: More of a research project"),
				part);
		assertTrue(part.contains("<tr class=\"automated\" data-item=\"mltest.infra.4\">"), part);
		assertTrue(part.contains("test breastcancer.DeployedQA.DeployedAccuracy (PASS)"), part);
		assertTrue(part.contains("test breastcancer.ScreeningQA.Accuracy (PASS); test breastcancer.ScreeningQA.WorstSlice "
				+ "(WARN); test breastcancer.ScreeningQA.Recall (PASS) and 3 more"), "at most three covers a row: " + part);
	}

	@Test
	void germanCredit() throws Exception {
		JsonNode score = runAndScore("german-credit");
		// data: no data test, two reviews (privacy, protected features: 0.5 each); model: the young-applicant slice and the
		// (failing) parity test; infra: seeded training, integration; monitoring: no monitor
		assertEquals("data=1.0 model=2.0 infra=2.0 monitor=0.0 final=0.0", sums(score));
	}
}
