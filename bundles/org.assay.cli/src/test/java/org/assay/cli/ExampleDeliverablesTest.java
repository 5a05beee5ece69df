package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The deliverables of the breast-cancer and German-credit examples from the command line, after a real run of each
 * (issue #11, "Done when"): JUnit XML and SARIF checked against their schemas, the GSN safety case (SVG parsed as XML,
 * JSON), the ML Test Score (table and JSON) — each agreeing with the run's verdicts — and for German credit the HTML
 * report opened in Chromium, showing the safety case, the score and the Annex IV gap list of the export.
 */
class ExampleDeliverablesTest {

	@TempDir
	Path project;

	@TempDir
	Path browserProfile;

	private static String cli(int expectedExit, String... args) {
		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), args);
		assertEquals(expectedExit, code, out::toString);
		return out.toString();
	}

	@Test
	void germanCredit() throws Exception {
		RunCommandTest.copyExample("german-credit", project);
		Path junit = project.resolve("target/assay-junit");
		cli(1, "run", project.toString(), "--junit-xml", junit.toString()); // R2 and R3 fail, by design of the example
		Map<String, String> verdicts = junitVerdicts(junit);
		assertEquals(Map.of("germancredit.ScoringQA.Accuracy", "PASS", "germancredit.ScoringQA.YoungApplicants", "PASS",
				"germancredit.ScoringQA.ApprovalParity", "FAIL", "germancredit.ScoringQA.SexSwap", "FAIL"), verdicts);
		sarifWithoutErrors();
		assertEquals(verdicts, safetyCaseSolutions(), "one solution per test, with the verdict the JUnit XML reports");
		String svg = Files.readString(project.resolve("target/assay/safety-case.svg"));
		assertTrue(svg.contains("data-type=\"goal\" data-status=\"FAIL\" data-element=\"germancredit.Discrimination\""),
				"the hazard's goal shows that its mitigation fails: " + svg);

		JsonNode score = score();
		// data: the two reviews (0.5 each); model: the young-applicant slice and the (failing) parity test; infra: seeded
		// training and integration; monitoring: no monitor
		assertEquals("data=1.0 model=2.0 infra=2.0 monitor=0.0 final=0.0", ScoreExamplesTest.sums(score));
		assertEquals("review", item(score, "mltest.data.4").get("basis").asText());
		assertEquals("[\"review DataPrivacy (Assay example maintainers, 2026-11-30)\"]",
				item(score, "mltest.data.5").get("evidence").toString());

		// the Annex IV documentation's gap list (AnnexIvExportTest checks the bundle itself, against its schema)
		cli(0, "export", "annex-iv", project.toString());
		JsonNode annex = new ObjectMapper().readTree(project.resolve("target/assay/annex-iv/annex-iv.json").toFile());
		int gaps = annex.get("gaps").size();
		int modelGaps = (int) java.util.stream.StreamSupport.stream(annex.get("gaps").spliterator(), false)
				.filter(g -> g.get("kind").asText().equals("model")).count();
		assertTrue(gaps > modelGaps && modelGaps > 0, annex::toString);

		cli(0, "report", project.toString()); // written: the report shows the failures, it does not gate on them
		Path report = project.resolve("target/assay/report.html");
		String dom = Chromium.run(browserProfile, "--dump-dom", report.toUri().toString());
		assertTrue(dom.contains("<section id=\"safety-case\">") && dom.contains("class=\"assay-gsn\""), "the GSN section");
		for (Map.Entry<String, String> test : verdicts.entrySet()) {
			assertEquals(1, ReportCommandTest.count(dom, "<g class=\"gsn solution [a-z_]+\" data-id=\"Sn\\d+\" "
					+ "data-type=\"solution\" data-status=\"" + test.getValue() + "\" data-element=\""
					+ test.getKey().replace(".", "\\.") + "\""), () -> "the solution of " + test.getKey() + " in the page");
		}
		assertTrue(dom.contains("<section id=\"ml-test-score\""), "the ML Test Score section");
		assertEquals(28, ReportCommandTest.count(dom, "<tr class=\"[a-z]+\" data-item=\"mltest\\.[a-z]+\\.[1-7]\">"),
				"one row per item");
		assertEquals(2, ReportCommandTest.count(dom, "<tr class=\"review\" data-item=\"mltest\\.data\\.[45]\">"),
				"the two reviews score their items");
		assertTrue(dom.contains("<li data-section=\"data\">Data: <strong>1</strong> of 7</li>"), "the data section's sum");
		assertTrue(dom.contains("<section id=\"annex-iv\">"), "the Annex IV section");
		assertEquals(9, ReportCommandTest.count(dom, "<tr data-point=\"[1-9]\">"), "one row per Annex IV point");
		assertEquals(modelGaps, ReportCommandTest.count(dom, "<li data-code=\"[^\"]+\"><code>"),
				"the report lists the export's model gaps");
	}

	@Test
	void breastCancer() throws Exception {
		RunCommandTest.copyExample("breast-cancer", project);
		Path junit = project.resolve("target/assay-junit");
		cli(0, "run", project.toString(), "--junit-xml", junit.toString());
		Map<String, String> verdicts = junitVerdicts(junit);
		assertEquals(9, verdicts.size(), verdicts::toString);
		assertEquals("WARN", verdicts.get("breastcancer.ScreeningQA.WorstSlice"));
		assertEquals(8, verdicts.values().stream().filter("PASS"::equals).count(), verdicts::toString);
		sarifWithoutErrors();
		assertEquals(verdicts, safetyCaseSolutions(), "one solution per test, with the verdict the JUnit XML reports");
		JsonNode score = score();
		assertEquals("data=1.5 model=1.0 infra=3.0 monitor=0.0 final=0.0", ScoreExamplesTest.sums(score));
		assertEquals("review", item(score, "mltest.data.5").get("basis").asText());
	}

	/** Test name to verdict, from the JUnit XML files, each checked against the schema. */
	private static Map<String, String> junitVerdicts(Path folder) throws Exception {
		Map<String, String> verdicts = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				Document document = CiSchemas.junit(Files.readAllBytes(file));
				NodeList cases = document.getElementsByTagName("testcase");
				for (int i = 0; i < cases.getLength(); i++) {
					Element testcase = (Element) cases.item(i);
					NodeList properties = testcase.getElementsByTagName("property");
					for (int p = 0; p < properties.getLength(); p++) {
						Element property = (Element) properties.item(p);
						if (property.getAttribute("name").equals("verdict")) {
							verdicts.put(testcase.getAttribute("classname") + "." + testcase.getAttribute("name"),
									property.getAttribute("value"));
						}
					}
				}
			}
		}
		return verdicts;
	}

	/** {@code assay validate --format sarif -o FILE}: a schema-valid log with the example's rules and no error. */
	private void sarifWithoutErrors() throws Exception {
		Path sarif = project.resolve("target/assay/validation.sarif");
		cli(0, "validate", "--format", "sarif", "-o", sarif.toString(), "--srcroot", project.toString(), project.toString());
		JsonNode log = CiSchemas.sarif(Files.readString(sarif));
		assertEquals("2.1.0", log.get("version").asText());
		assertTrue(log.get("runs").get(0).get("tool").get("driver").get("rules").size() > 50, "every rule is listed");
		for (JsonNode result : log.get("runs").get(0).get("results")) {
			assertNotEquals("error", result.get("level").asText(), result::toString);
		}
	}

	/**
	 * {@code assay export gsn}: the SVG (well-formed XML) and the JSON; the solutions of both, test name to verdict,
	 * after checking that the two forms agree.
	 */
	private Map<String, String> safetyCaseSolutions() throws Exception {
		cli(0, "export", "gsn", project.toString());
		byte[] svg = Files.readAllBytes(project.resolve("target/assay/safety-case.svg"));
		Document drawing = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
		assertEquals("svg", drawing.getDocumentElement().getTagName());
		Map<String, String> drawn = new TreeMap<>();
		NodeList groups = drawing.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (g.getAttribute("data-type").equals("solution")) {
				drawn.put(g.getAttribute("data-element"), g.getAttribute("data-status"));
			}
		}
		JsonNode json = new ObjectMapper().readTree(project.resolve("target/assay/safety-case.json").toFile());
		assertEquals("assay-gsn/1", json.get("schema").asText());
		Map<String, String> listed = new TreeMap<>();
		for (JsonNode element : json.get("elements")) {
			if (element.get("type").asText().equals("solution")) {
				listed.put(element.get("element").asText(), element.get("evidence").get("verdict").asText());
				assertTrue(element.get("evidence").get("lineage").asText().matches("[0-9a-f]{64}"), element::toString);
			}
		}
		assertEquals(listed, drawn, "the drawing and the JSON form show the same solutions");
		return listed;
	}

	/** {@code assay score --json}, and the table {@code assay score} prints agreeing with it. */
	private JsonNode score() throws Exception {
		JsonNode score = new ObjectMapper().readTree(cli(0, "score", "--json", project.toString()));
		String table = cli(0, "score", project.toString());
		assertTrue(table.contains("Final score (minimum of the sections): " + score.get("score").asText().replace(".0", "")
				+ " — " + score.get("band").asText()), table);
		return score;
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
}
