package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.lineage.Sha256;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.RunInfo;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Golden cases of {@code assay score}: a project scored from its real models (loaded and validated as the CLI does)
 * and evidence written by the runtime's own {@link RunsFile} writer, as generated suites write it.
 */
class ScoreCommandTest {

	@TempDir
	Path project;

	static final String MODEL = """
			namespace golden

			import assay.iso25059.*
			import assay.iso25012.*

			dataset Loans "Loan applications" {
				source csv "data/loans.csv"
				label risk : category [good, bad]
				feature age : double range 0 .. *
				feature sex : category [female, male] protected
				feature purpose : category ["new car", "radio-tv", "a \\"quoted\\" one"]
				split train 70 %, test 30 % seed 3
				slice Young where age < 25
				check AgeKnown : completeness of age >= 90 %
			}

			pipeline Scoring "Credit risk" {
				model Net : classifier mlp hidden [4]
				train on Loans.train epochs 2 seed 5
			}

			suite QA tests Scoring {
				test Accuracy : threshold accuracy on Loans.test >= 0.5
				test Slices : threshold accuracy on worst slice of Loans.test >= 0.5
				test Parity : fairness demographic_parity_difference by sex on Loans.test <= 0.1
			}

			monitor Live watches Scoring {
				drift psi on age window 100 warn 0.1 fail 0.2
				confidence below 0.6 window 100 rate <= 10 %
				on fail alert "ops", retrain
			}
			""";

	/** Real-world values: a quoted category, spaces, a '-', an empty cell, NaN. */
	static final String DATA = """
			age,sex,purpose,risk
			22,female,"new car",bad
			35,male,radio-tv,good
			,male,"a ""quoted"" one",good
			NaN,female,radio-tv,bad
			61,female,"new car",good
			""";

	private static final String RUN_1 = "20261130T100000Z-aaaaaa";
	private static final String RUN_2 = "20261130T110000Z-bbbbbb";

	private void write(String model) throws Exception {
		Files.createDirectories(project.resolve("data"));
		Files.writeString(project.resolve("data/loans.csv"), DATA);
		Files.writeString(project.resolve("golden.assay"), model);
	}

	/** Records a PASS for each {@code suite.test} in run {@code run}, with the data file's hash as its input. */
	private void record(String run, String... tests) throws Exception {
		String hash = Sha256.of(project.resolve("data/loans.csv"));
		for (String test : tests) {
			int dot = test.lastIndexOf('.');
			Evidence evidence = new Evidence(test.substring(0, dot), test.substring(dot + 1), List.of(), "golden.assay:1",
					"accuracy", 0.8, 0.7, 0.9, 0.95, ">= 0.5", Verdict.PASS, "measured",
					new Lineage(Map.of("data/loans.csv", hash), Map.of(), Map.of()), List.of());
			RunsFile.append(project.resolve(RunsFile.PATH), new RunInfo(run, "2026-11-30T10:00:00Z", null), evidence);
		}
	}

	private static final String[] ALL = { "golden.QA.Accuracy", "golden.QA.Slices", "golden.QA.Parity",
			"golden.Loans.checks.AgeKnown" };

	private JsonNode score() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(err), "score", "--json", project.toString());
		assertEquals(0, code, () -> out + "\n" + err);
		return new ObjectMapper().readTree(out.toString());
	}

	private static double section(JsonNode score, String key) {
		for (JsonNode section : score.get("sections")) {
			if (section.get("section").asText().equals(key)) {
				return section.get("sum").asDouble();
			}
		}
		throw new AssertionError("no section " + key);
	}

	private static JsonNode item(JsonNode score, String id) {
		for (JsonNode section : score.get("sections")) {
			for (JsonNode item : section.get("items")) {
				if (item.get("id").asText().equals(id)) {
					return item;
				}
			}
		}
		throw new AssertionError("no item " + id);
	}

	@Test
	void anEmptyProjectScoresZeroInEverySection() throws Exception {
		Files.writeString(project.resolve("empty.assay"), "namespace empty\n");
		JsonNode score = score();
		for (String key : List.of("data", "model", "infra", "monitor")) {
			assertEquals(0, section(score, key), key);
		}
		assertEquals(0, score.get("score").asDouble());
		assertTrue(score.get("band").asText().startsWith("More of a research project"), score::toString);
		int items = 0;
		for (JsonNode section : score.get("sections")) {
			items += section.get("items").size();
		}
		assertEquals(28, items);
		assertTrue(score.get("sections").get(0).get("raise").get("action").asText().startsWith("add a `data` test"),
				"the cheapest way up in Data is a one-line data test");
	}

	@Test
	void everyCoveredItemWithRecentEvidenceScoresOne() throws Exception {
		write(MODEL);
		record(RUN_1, ALL);
		JsonNode score = score();
		assertEquals(1, section(score, "data"));
		assertEquals(2, section(score, "model"), "slices and fairness");
		assertEquals(2, section(score, "infra"), "seeded training, integration");
		assertEquals(3, section(score, "monitor"), "drift, retrain, confidence");
		assertEquals(1, score.get("score").asDouble(), "the minimum");
		assertTrue(score.get("band").asText().startsWith("Not totally untested"), score::toString);
		assertEquals("automated", item(score, "mltest.model.7").get("basis").asText());
		assertEquals("test golden.QA.Parity (PASS)", item(score, "mltest.model.7").get("evidence").get(0).asText());
	}

	@Test
	void removingTheOnlyTestOfAnItemLowersItsSectionByExactlyOne() throws Exception {
		write(MODEL);
		record(RUN_1, ALL);
		double before = section(score(), "model");
		String without = MODEL.replaceAll("(?m)^\\s*test Parity .*\n", "");
		assertNotEquals(MODEL, without);
		write(without);
		JsonNode after = score();
		assertEquals(before - 1, section(after, "model"));
		assertEquals(0, item(after, "mltest.model.7").get("points").asDouble());
		assertEquals(2, section(after, "infra"), "the other tests still cover the infrastructure items");
	}

	@Test
	void evidenceOfAnOlderRunIsStaleAndScoresZero() throws Exception {
		write(MODEL);
		record(RUN_1, ALL);
		record(RUN_2, "golden.QA.Accuracy");
		JsonNode score = score();
		JsonNode parity = item(score, "mltest.model.7");
		assertEquals(0, parity.get("points").asDouble());
		assertEquals("stale", parity.get("basis").asText());
		assertEquals("test golden.QA.Parity (PASS in run " + RUN_1 + ")", parity.get("evidence").get(0).asText());
		assertEquals(0, section(score, "model"));
		assertEquals(0, section(score, "data"));
		assertEquals(2, section(score, "infra"), "Accuracy ran in the last run");
		assertTrue(score.get("sections").get(1).get("raise").get("action").asText().startsWith("run the tests again"),
				"re-running is the cheapest way up");
	}

	@Test
	void evidenceWhoseDataChangedSinceIsStale() throws Exception {
		write(MODEL);
		record(RUN_1, ALL);
		Files.writeString(project.resolve("data/loans.csv"), DATA + "44,male,radio-tv,good\n", StandardCharsets.UTF_8);
		JsonNode score = score();
		assertEquals(0, section(score, "data"));
		assertEquals("test golden.Loans.checks.AgeKnown (STALE)", item(score, "mltest.data.1").get("evidence").get(0)
				.asText());
		assertEquals(3, section(score, "monitor"), "monitors record no evidence: they do not go stale");
	}

	@Test
	void aReviewGivesHalfAPointAndNeverLowersAnAutomatedOne() throws Exception {
		write(MODEL + """

				review FeatureCost "Cost of each feature, by hand" covers mltest.data.3, mltest.model.7
					by "O'Neil, Data-Science team" on 2026-11-02 document "docs/reviews/feature cost.txt"
				""");
		Files.createDirectories(project.resolve("docs/reviews"));
		Files.writeString(project.resolve("docs/reviews/feature cost.txt"), "serving cost per feature: measured\n");
		record(RUN_1, ALL);
		JsonNode score = score();
		JsonNode cost = item(score, "mltest.data.3");
		assertEquals(0.5, cost.get("points").asDouble());
		assertEquals("review", cost.get("basis").asText());
		assertEquals("review FeatureCost (O'Neil, Data-Science team, 2026-11-02)", cost.get("evidence").get(0).asText());
		assertEquals(1.5, section(score, "data"), "the data check's 1 and the review's 0.5");
		assertEquals(1, item(score, "mltest.model.7").get("points").asDouble(), "the fairness test's point stays");
		assertEquals(1.5, score.get("score").asDouble());
		assertTrue(score.get("band").asText().startsWith("There's been first pass"), score::toString);
	}

	@Test
	void theTableNamesEachItemAndTheWayUp() throws Exception {
		write(MODEL);
		record(RUN_1, ALL);
		StringWriter out = new StringWriter();
		assertEquals(0, AssayCli.run(new PrintWriter(out), new PrintWriter(out), "score", project.toString()), out::toString);
		String text = out.toString();
		assertTrue(text.contains("Model: 2 of 7"), text);
		assertTrue(text.contains("Model 6    1   automated Model quality is sufficient on important data slices — test "
				+ "golden.QA.Slices (PASS)"), text);
		assertTrue(text.contains("to raise it (+1): Model 5 mltest.model.5: add a `baseline comparison` test"), text);
		assertTrue(text.contains("Final score (minimum of the sections): 1 — Not totally untested"), text);
	}
}
