package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.dsl.headless.ValidationFindings;
import org.assay.dsl.validation.IssueCodes;
import org.assay.dsl.validation.IssueHelp;
import org.assay.runtime.ci.Finding;
import org.assay.runtime.ci.SarifLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code assay validate --format sarif}: checked against the official SARIF 2.1.0 JSON schema, on real models. */
class SarifOutputTest {

	@TempDir
	Path folder;

	private record Result(int code, String out, String err) {
	}

	private static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Result(code, out.toString(), err.toString());
	}

	/** The log, after checking it against the schema. */
	private static JsonNode valid(String json) throws Exception {
		return CiSchemas.sarif(json);
	}

	/** Two files with errors of the validator, the linker and the parser, and a warning, with real-world names. */
	private void writeBadModel() throws Exception {
		Files.createDirectories(folder.resolve("models dir"));
		Files.writeString(folder.resolve("models dir/data.assay"),
				"namespace d\ndataset D { feature x : int split a 60 %, b 60 % seed 1 }\n");
		Files.writeString(folder.resolve("req.assay"), """
				namespace r
				import assay.iso25059.*
				import d.*
				requirement R refines FunctionalCorrectness {
					accept accuracy >= 2 on D.a
				}
				requirement "Q-1" refines NoSuchAttribute {
					accept accuracy >= 0.9 on D.a
				}
				""");
	}

	@Test
	void aBadModelGivesASchemaValidLogWithRulesLocationsAndLevels() throws Exception {
		writeBadModel();
		Path sarif = folder.resolve("out/assay.sarif");
		Result result = run("validate", "--format", "sarif", "-o", sarif.toString(), "--srcroot", folder.toString(),
				folder.toString());
		assertEquals(1, result.code(), result.out() + result.err());
		assertTrue(result.out().contains("error(s)"), "with -o the summary goes to standard output: " + result.out());
		JsonNode log = valid(Files.readString(sarif));
		assertEquals("2.1.0", log.path("version").asText());
		JsonNode run = log.path("runs").get(0);
		assertEquals("Assay", run.path("tool").path("driver").path("name").asText());
		JsonNode rules = run.path("tool").path("driver").path("rules");
		List<String> ruleIds = new ArrayList<>();
		rules.forEach(rule -> ruleIds.add(rule.path("id").asText()));
		assertTrue(ruleIds.containsAll(List.of("thresholdOutOfRange", "splitSharesNot100", "Linking", "Syntax")), ruleIds.toString());
		JsonNode threshold = rules.get(ruleIds.indexOf("thresholdOutOfRange"));
		assertEquals("A threshold lies outside the metric's range.", threshold.path("shortDescription").path("text").asText());
		assertTrue(threshold.path("help").path("text").asText().startsWith("Use a value inside the range"), threshold.toString());

		JsonNode results = run.path("results");
		JsonNode outOfRange = only(results, "thresholdOutOfRange");
		assertEquals("error", outOfRange.path("level").asText());
		assertTrue(outOfRange.path("message").path("text").asText().startsWith("Threshold 2 is outside"), outOfRange.toString());
		assertEquals(ruleIds.indexOf("thresholdOutOfRange"), outOfRange.path("ruleIndex").asInt());
		JsonNode location = outOfRange.path("locations").get(0).path("physicalLocation");
		assertEquals("req.assay", location.path("artifactLocation").path("uri").asText());
		assertEquals("SRCROOT", location.path("artifactLocation").path("uriBaseId").asText());
		JsonNode region = location.path("region");
		assertEquals(5, region.path("startLine").asInt());
		assertEquals(21, region.path("startColumn").asInt());
		assertEquals(5, region.path("endLine").asInt());
		assertEquals("2", Files.readString(folder.resolve("req.assay")).substring(region.path("charOffset").asInt(),
				region.path("charOffset").asInt() + region.path("charLength").asInt()), "the region covers the threshold");
		assertEquals("r.R/@criteria.0/@condition", outOfRange.path("locations").get(0).path("logicalLocations").get(0)
				.path("fullyQualifiedName").asText(), "the element: the requirement, and the path to its criterion's condition");

		JsonNode split = only(results, "splitSharesNot100");
		assertEquals("models%20dir/data.assay", split.path("locations").get(0).path("physicalLocation")
				.path("artifactLocation").path("uri").asText(), "a path with a space is a valid relative URI");
		JsonNode linking = only(results, "Linking");
		assertTrue(linking.path("message").path("text").asText().contains("NoSuchAttribute"), linking.toString());
		for (JsonNode each : results) {
			assertFalse(each.path("partialFingerprints").path("assayElement/v1").asText().isEmpty(), each.toString());
		}
	}

	@Test
	void fingerprintsDoNotChangeWhenLinesAreInsertedAbove() throws Exception {
		writeBadModel();
		Map<String, String> before = fingerprints();
		Path req = folder.resolve("req.assay");
		Files.writeString(req, "// a comment\n\n" + Files.readString(req));
		Path data = folder.resolve("models dir/data.assay");
		Files.writeString(data, Files.readString(data).replace("dataset D {", "// data\ndataset D {\n"));
		Map<String, String> after = fingerprints();
		assertEquals(before.values().stream().sorted().toList(), after.values().stream().sorted().toList(),
				"the fingerprints are those of the elements, not of the lines");
		assertNotEquals(before.keySet(), after.keySet(), "the findings did move to other lines: " + before + " / " + after);
		assertEquals(6, after.size(), "two errors of the validator, one of the linker, one syntax error, two warnings: " + after);
	}

	/** Fingerprint per rule and start line, so that a moved finding shows as a changed key. */
	private Map<String, String> fingerprints() throws Exception {
		Result result = run("validate", "--format", "sarif", "--srcroot", folder.toString(), folder.toString());
		assertEquals(1, result.code(), result.err());
		Map<String, String> fingerprints = new TreeMap<>();
		for (JsonNode each : valid(result.out()).path("runs").get(0).path("results")) {
			JsonNode region = each.path("locations").get(0).path("physicalLocation").path("region");
			fingerprints.put(each.path("ruleId").asText() + "@" + region.path("startLine").asInt(),
					each.path("partialFingerprints").path("assayElement/v1").asText());
		}
		assertFalse(fingerprints.isEmpty());
		return fingerprints;
	}

	@Test
	void onStandardOutputTheLogIsAllThereIs() throws Exception {
		writeBadModel();
		Result result = run("validate", "--format", "sarif", folder.toString());
		assertEquals(1, result.code());
		JsonNode log = valid(result.out());
		String uri = log.path("runs").get(0).path("results").get(0).path("locations").get(0).path("physicalLocation")
				.path("artifactLocation").path("uri").asText();
		Path expected = Paths.get("").toAbsolutePath().relativize(folder.toRealPath());
		assertTrue(uri.startsWith(expected.toString().replace(" ", "%20")) || uri.startsWith("file:"),
				"relative to the working folder by default: " + uri);
	}

	@Test
	void theBreastCancerExampleGivesAValidLogWithoutErrors() throws Exception {
		Path example = Paths.get("../../examples/breast-cancer").toAbsolutePath().normalize();
		Result result = run("validate", "--format", "sarif", "--srcroot", example.toString(), example.toString());
		assertEquals(0, result.code(), result.out() + result.err());
		JsonNode run = valid(result.out()).path("runs").get(0);
		for (JsonNode each : run.path("results")) {
			assertNotEquals("error", each.path("level").asText(), each.toString());
			assertTrue(each.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText()
					.endsWith(".assay"), each.toString());
		}
		assertEquals(IssueHelp.all().size(), run.path("tool").path("driver").path("rules").size(),
				"every rule is described, whether it was found or not");
	}

	@Test
	void theLogIsAPureFunctionOfItsFindingsAndNamesEveryRuleItUses() throws Exception {
		Path root = folder.resolve("repo");
		Finding.Region region = new Finding.Region(3, 5, 3, 9, 40, 4);
		List<Finding> findings = List.of(
				new Finding("thresholdOutOfRange", Finding.Level.ERROR, "Threshold 2 is outside [0, 1]", root.resolve("a.assay"),
						region, "shop.R1/@criteria.0/@condition"),
				new Finding("thresholdOutOfRange", Finding.Level.ERROR, "Threshold 3 is outside [0, 1]", root.resolve("a.assay"),
						new Finding.Region(4, 5, 4, 9, 60, 4), "shop.R1/@criteria.0/@condition"),
				new Finding("aRuleOfANewerValidator", Finding.Level.NOTE, "ünïcode \"quoted\" <tag>",
						folder.resolve("elsewhere/b c.assay"), null, null));
		byte[] first = SarifLog.write("0.1.0-SNAPSHOT", ValidationFindings.rules(), findings, root);
		assertArrayEquals(first, SarifLog.write("0.1.0-SNAPSHOT", ValidationFindings.rules(), findings.reversed(), root),
				"the order of the findings does not matter");
		JsonNode run = valid(new String(first, java.nio.charset.StandardCharsets.UTF_8)).path("runs").get(0);
		JsonNode results = run.path("results");
		assertEquals("a.assay", results.get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation")
				.path("uri").asText());
		assertNotEquals(results.get(0).path("partialFingerprints"), results.get(1).path("partialFingerprints"),
				"two problems of one rule on one element are told apart by their occurrence");
		JsonNode outside = results.get(2).path("locations").get(0).path("physicalLocation");
		assertEquals(folder.resolve("elsewhere/b c.assay").toUri().toString(), outside.path("artifactLocation").path("uri").asText(),
				"a file outside the source root keeps its absolute URI");
		assertTrue(outside.path("region").isMissingNode());
		JsonNode rules = run.path("tool").path("driver").path("rules");
		assertEquals("aRuleOfANewerValidator", rules.get(results.get(2).path("ruleIndex").asInt()).path("id").asText(),
				"a rule without help still gets an entry");
	}

	/** The Maven plugin writes the log from ProjectGenerator's findings: the same bytes as the command line. */
	@Test
	void theMavenPluginsFindingsGiveTheSameLog() throws Exception {
		writeBadModel();
		Result result = run("validate", "--format", "sarif", "--srcroot", folder.toString(), folder.toString());
		var outcome = org.assay.generator.ProjectGenerator.validateAndGenerate(folder, folder);
		byte[] plugin = SarifLog.write(org.assay.cli.init.ProjectInit.version(), ValidationFindings.rules(), outcome.findings(),
				folder);
		assertEquals(result.out(), new String(plugin, java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void everyIssueCodeHasHelp() throws Exception {
		List<String> missing = new ArrayList<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("PREFIX")) {
				String code = (String) field.get(null);
				if (IssueHelp.of(code) == null) {
					missing.add(code);
				}
			}
		}
		assertEquals(List.of(), missing, "add a line to IssueHelp for each new issue code");
	}

	@Test
	void helpDocumentsTheExitCodes() {
		for (String command : List.of("validate", "run")) {
			Result result = run(command, "--help");
			assertEquals(0, result.code());
			assertTrue(result.out().contains("Exit codes:"), result.out());
			assertTrue(result.out().matches("(?s).*\\n\\s*0\\s+\\S.*\\n\\s*1\\s+\\S.*\\n\\s*2\\s+\\S.*"), result.out());
		}
		assertTrue(run("run", "--help").out().contains("--junit-xml"));
		assertTrue(run("validate", "--help").out().contains("--format"));
	}

	private static JsonNode only(JsonNode results, String rule) {
		List<JsonNode> found = new ArrayList<>();
		results.forEach(r -> {
			if (r.path("ruleId").asText().equals(rule)) {
				found.add(r);
			}
		});
		assertEquals(1, found.size(), rule + " in " + results);
		return found.get(0);
	}
}
