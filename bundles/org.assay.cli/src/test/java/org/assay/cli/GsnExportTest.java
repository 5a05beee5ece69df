package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code assay export gsn} on a fixture project with every GSN element kind and evidence state (passing, failing,
 * warning, stale because an input changed, stale because the test changed, missing; an unverified requirement, an
 * unmitigated hazard, away goals, a solution shared by two goals), compared byte for byte with golden files.
 * <p>
 * The golden files are {@code src/test/resources/gsn/expected/safety-case.{svg,json}}. After an intended change,
 * regenerate them with {@code ./mvnw -o -pl bundles/org.assay.cli verify -Dtest=GsnExportTest
 * -Dassay.golden.update=true} and read the diff before committing.
 */
class GsnExportTest {

	private static final Path FIXTURE = Paths.get("src/test/resources/gsn");
	private static final boolean UPDATE = Boolean.getBoolean("assay.golden.update");

	@TempDir
	Path project;

	private String export(int expectedExit, String... options) {
		StringWriter out = new StringWriter();
		String[] args = Stream.concat(Stream.of("export", "gsn", project.toString()), Stream.of(options))
				.toArray(String[]::new);
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), args);
		assertEquals(expectedExit, code, out::toString);
		return out.toString();
	}

	private void copyFixture() throws Exception {
		Path source = FIXTURE.resolve("project");
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path file : walk.toList()) {
				Path target = project.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		Files.createDirectories(project.resolve("target/assay"));
		Files.copy(FIXTURE.resolve("runs.jsonl"), project.resolve("target/assay/runs.jsonl"));
	}

	@Test
	void safetyCaseMatchesTheGoldenFilesAndIsDeterministic() throws Exception {
		copyFixture();
		String out = export(0);
		assertTrue(out.contains("12 goals, 7 strategies, 6 solutions, 7 contexts, 1 assumption, 1 justification, 2 away goals;"
				+ " 2 undeveloped, 2 solution(s) on stale evidence"), out);
		String svg = Files.readString(project.resolve("target/assay/safety-case.svg"));
		String json = Files.readString(project.resolve("target/assay/safety-case.json"));
		golden("safety-case.svg", svg);
		golden("safety-case.json", json);

		Path other = project.resolve("other");
		export(0, "-o", other.resolve("case.svg").toString(), "--json", other.resolve("case.json").toString());
		assertEquals(svg, Files.readString(other.resolve("case.svg")), "a second export gives the same bytes");
		assertEquals(json, Files.readString(other.resolve("case.json")), "a second export gives the same bytes");
	}

	@Test
	void jsonStatesTheArgumentAndItsEvidence() throws Exception {
		copyFixture();
		export(0);
		JsonNode root = new ObjectMapper().readTree(project.resolve("target/assay/safety-case.json").toFile());
		assertEquals("assay-gsn/1", root.path("schema").asText());
		assertEquals("20261130T100000Z-4d5e6f", root.path("run").asText(), "the latest run");
		Map<String, JsonNode> byElement = new java.util.HashMap<>();
		Map<String, JsonNode> byId = new java.util.HashMap<>();
		for (JsonNode element : root.path("elements")) {
			byId.put(element.path("id").asText(), element);
			if (!element.path("element").isNull() && !element.path("type").asText().equals("awayGoal")) {
				byElement.putIfAbsent(element.path("type").asText() + ":" + element.path("element").asText(), element);
			}
		}
		JsonNode top = byId.get("G1");
		assertTrue(top.path("text").asText().startsWith("Emergency triage support: the ML component is acceptably safe"));
		assertEquals("Intended purpose: Rank emergency patients by urgency for the triage nurse", byId.get("C1").path("text")
				.asText());
		assertEquals("Operating context: Emergency department, \"walk-in\" patients; a nurse confirms every rank",
				byId.get("C2").path("text").asText(), "quotes survive");
		assertEquals("assumption", byId.get("A1").path("type").asText());
		assertEquals("justification", byId.get("J1").path("type").asText());

		// undeveloped: the hazard nothing mitigates, the requirement nothing verifies
		assertTrue(byElement.get("goal:gsn.Overload").path("undeveloped").asBoolean());
		assertEquals("UNDEVELOPED", byElement.get("goal:gsn.Overload").path("status").asText());
		assertTrue(byElement.get("goal:gsn.R4").path("undeveloped").asBoolean());
		assertFalse(byElement.get("goal:gsn.R1").path("undeveloped").asBoolean());

		JsonNode recall = byElement.get("solution:gsn.TriageQA.Recall");
		assertEquals("PASS", recall.path("status").asText(), "the latest run's result, not the older FAIL");
		assertEquals(0.94, recall.path("evidence").path("value").asDouble());
		assertEquals(0.9012, recall.path("evidence").path("lower").asDouble());
		assertEquals(64, recall.path("evidence").path("lineage").asText().length(), "one SHA-256 over the lineage");
		assertEquals("FAIL", byElement.get("solution:gsn.TriageQA.Precision").path("status").asText());
		JsonNode accuracy = byElement.get("solution:gsn.TriageQA.Accuracy");
		assertEquals("STALE", accuracy.path("status").asText());
		assertEquals("PASS", accuracy.path("evidence").path("verdict").asText(), "the recorded verdict is kept");
		assertTrue(accuracy.path("evidence").path("stale").asText().startsWith("an input changed: the result was produced "
				+ "from data/visits.csv with SHA-256 9e0f1a2b3c4d"), accuracy::toString);
		JsonNode parity = byElement.get("solution:gsn.TriageQA.Parity");
		assertEquals("STALE", parity.path("status").asText());
		assertEquals("the test changed: it verifies gsn.R3 now, the result was recorded for gsn.R2", parity.path("evidence")
				.path("stale").asText());
		JsonNode missing = byElement.get("solution:gsn.TriageQA.Completeness");
		assertEquals("MISSING", missing.path("status").asText());
		assertTrue(missing.path("evidence").path("value").isNull());

		// the worst-group test supports both requirements: one solution, two supported-by links
		String worst = byElement.get("solution:gsn.TriageQA.WorstGroup").path("id").asText();
		long supporting = 0;
		for (JsonNode link : root.path("links")) {
			if (link.path("to").asText().equals(worst)) {
				assertEquals("supportedBy", link.path("kind").asText());
				supporting++;
			}
		}
		assertEquals(2, supporting);
		// R1 and R2 are argued under the hazard, referred to from their characteristic as away goals
		List<JsonNode> away = new java.util.ArrayList<>();
		root.path("elements").forEach(e -> {
			if (e.path("type").asText().equals("awayGoal")) {
				away.add(e);
			}
		});
		assertEquals(List.of("gsn.R1", "gsn.R2"), away.stream().map(e -> e.path("element").asText()).toList());
		assertEquals(byElement.get("goal:gsn.R1").path("id").asText(), away.get(0).path("ref").asText());
	}

	@Test
	void svgIsWellFormedAndDrawsGsnShapes() throws Exception {
		copyFixture();
		export(0);
		Path svg = project.resolve("target/assay/safety-case.svg");
		var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getTagName());
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		assertTrue(text.contains("<g class=\"gsn goal undeveloped\" data-id="), "an undeveloped goal");
		assertTrue(text.contains("<polygon class=\"undeveloped-mark\""), "GSN's diamond");
		assertTrue(text.contains("<circle "), "solutions are circles");
		assertTrue(text.contains("<ellipse "), "assumptions and justifications are ellipses");
		assertTrue(text.contains("marker-end=\"url(#gsn-in-context-of)\""), "in-context-of links");
		assertTrue(text.contains("stroke-dasharray=\"6 3\""), "stale evidence is dashed");
	}

	@Test
	void aProjectWithoutRequirementsHasAnUndevelopedTopGoalAndSaysWhatTheModelLacks() throws Exception {
		Files.writeString(project.resolve("empty.assay"), "namespace e\nproject Empty \"Nothing argued yet\" {\n"
				+ "\tpurpose \"Sort letters\"\n}\n");
		String out = export(0);
		assertTrue(out.contains("1 goal, 3 contexts; 1 undeveloped, 0 solution(s) on stale evidence"), out);
		JsonNode root = new ObjectMapper().readTree(project.resolve("target/assay/safety-case.json").toFile());
		JsonNode top = root.path("elements").get(0);
		assertEquals("G1", top.path("id").asText());
		assertTrue(top.path("undeveloped").asBoolean(), "nothing supports the top goal");
		assertEquals("UNDEVELOPED", top.path("status").asText());
		JsonNode context = root.path("elements").get(2);
		assertEquals("Operating context: not stated in the model (add 'context \"…\"' to the project)", context.path("text")
				.asText());
		assertEquals("MISSING", context.path("status").asText());
		assertTrue(root.path("run").isNull(), "no run recorded yet");
	}

	@Test
	void exportWithoutAKindIsAUsageError() {
		StringWriter out = new StringWriter();
		assertEquals(2, AssayCli.run(new PrintWriter(out), new PrintWriter(out), "export"));
		assertTrue(out.toString().contains("name what to export, e.g. 'assay export gsn PROJECT'"), out::toString);
		assertTrue(out.toString().contains("gsn"), "the usage lists the kinds");
	}

	@Test
	void projectThatIsNotAFolderIsALocatedUsageError() {
		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), "export", "gsn", project.resolve("nowhere")
				.toString());
		assertEquals(2, code);
		assertTrue(out.toString().contains("nowhere is not a folder"), out::toString);
	}

	private static void golden(String name, String actual) throws Exception {
		Path expected = FIXTURE.resolve("expected").resolve(name);
		if (UPDATE || !Files.exists(expected)) {
			Files.createDirectories(expected.getParent());
			Files.writeString(expected, actual);
			assertFalse(!UPDATE, "golden file " + expected + " was missing and has been written: review and commit it");
		}
		assertEquals(Files.readString(expected), actual, "differs from the golden file " + expected
				+ " (regenerate with -Dassay.golden.update=true and review the diff)");
	}
}
