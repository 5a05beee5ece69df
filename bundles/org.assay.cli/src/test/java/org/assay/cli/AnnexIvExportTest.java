package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * {@code assay export annex-iv} and {@code assay validate --profile ai-act} on the German-credit and breast-cancer
 * examples after a real {@code assay run} of each, and on a model without project or run: the JSON checked against
 * the shipped schema (docs/annex-iv.schema.json), the gap lists, the manifest, byte-identical exports apart from the
 * declared timestamp, escaping of model strings, and the HTML as Chromium builds it.
 */
class AnnexIvExportTest {

	private static Schema schema;

	@TempDir
	Path project;

	@TempDir
	Path out;

	@TempDir
	Path browserProfile;

	@BeforeAll
	static void loadSchema() throws Exception {
		try (InputStream in = Files.newInputStream(Paths.get("../../docs/annex-iv.schema.json"))) {
			schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
		}
	}

	private record Result(int code, String out) {
	}

	private static Result cli(String... args) {
		StringWriter text = new StringWriter();
		int code = AssayCli.run(new PrintWriter(text), new PrintWriter(text), args);
		return new Result(code, text.toString());
	}

	/** The JSON form, after checking it against the schema. */
	private static JsonNode valid(Path folder) throws Exception {
		String json = Files.readString(folder.resolve("annex-iv.json"));
		assertEquals(List.of(), schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList(), json);
		return new ObjectMapper().readTree(json);
	}

	private static List<String> gapCodes(JsonNode doc, String kind) {
		List<String> codes = new ArrayList<>();
		doc.get("gaps").forEach(g -> {
			if (g.get("kind").asText().equals(kind)) {
				codes.add(g.get("code").asText());
			}
		});
		return codes;
	}

	private static JsonNode entry(JsonNode doc, String ref) {
		for (JsonNode section : doc.get("sections")) {
			for (JsonNode entry : section.get("entries")) {
				if (entry.get("ref").asText().equals(ref)) {
					return entry;
				}
			}
		}
		throw new AssertionError("no entry " + ref);
	}

	private static JsonNode table(JsonNode entry, String caption) {
		for (JsonNode table : entry.get("tables")) {
			if (table.get("caption").asText().equals(caption)) {
				return table;
			}
		}
		throw new AssertionError("no table '" + caption + "' in " + entry);
	}

	/** The manifest lists every other file of the bundle, sorted, each with its SHA-256, in sha256sum's format. */
	private static void assertManifestVerifies(Path folder) throws Exception {
		List<String> lines = Files.readAllLines(folder.resolve("manifest.sha256"));
		List<String> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.sha256")).sorted().toList();
		}
		assertEquals(List.of("annex-iv.html", "annex-iv.json", "instructions-for-use.html"), files);
		List<String> expected = new ArrayList<>();
		for (String file : files) {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(folder.resolve(file)));
			expected.add(HexFormat.of().formatHex(hash) + "  " + file);
		}
		assertEquals(expected, lines);
	}

	@Test
	void germanCreditAfterARealRun() throws Exception {
		RunCommandTest.copyExample("german-credit", project);
		Result run = cli("run", project.toString());
		assertEquals(1, run.code(), run.out()); // the fairness requirements fail
		Path first = out.resolve("first");
		Path second = out.resolve("second");
		Result export = cli("export", "annex-iv", project.toString(), "-o", first.toString());
		assertEquals(0, export.code(), export.out());
		assertTrue(export.out().contains("gaps: {model=7, outside=9}"), export.out());
		Thread.sleep(1100); // a later second: the timestamp differs
		assertEquals(0, cli("export", "annex-iv", project.toString(), "-o", second.toString()).code());

		JsonNode doc = valid(first);
		assertEquals(List.of("aiActProviderMissing", "aiActVersionMissing", "aiActUsersMissing", "aiActOversightMissing",
				"aiActLimitationsMissing", "aiActPostMarketMissing", "aiActMonitorMissing"), gapCodes(doc, "model"));
		assertEquals(List.of(), gapCodes(doc, "evidence"), "the run's results are found");
		doc.get("gaps").forEach(g -> {
			if (g.get("kind").asText().equals("model")) {
				assertEquals("german-credit.assay:8", g.get("source").asText(), "on the project");
			}
		});
		List<String> points = new ArrayList<>();
		doc.get("sections").forEach(s -> points.add(s.get("point").asText()));
		assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), points);

		// 2(g): one row per test with the recorded verdict, date and lineage; the groups of the parity test
		JsonNode results = table(entry(doc, "2(g)"), "Tests and their current results").get("rows");
		assertEquals(4, results.size());
		assertEquals("germancredit.ScoringQA.ApprovalParity", results.get(2).get(0).asText());
		assertEquals("FAIL", results.get(2).get(6).asText());
		assertEquals(doc.get("evidence").get("started").asText(), results.get(2).get(8).asText());
		assertTrue(results.get(2).get(9).asText().matches("[0-9a-f]{64}"), results.get(2).toString());
		String groups = table(entry(doc, "2(g)"), "Results per group and slice").get("rows").toString();
		assertTrue(groups.contains("sex = female: 92 rows, selection rate"), groups);
		assertTrue(groups.contains("sex = male: 208 rows"), groups);

		// 2(d): the datasheet with the declared and recorded hash, the protected attribute, the gates
		JsonNode sheet = entry(doc, "2(d)");
		assertEquals("filled", sheet.get("status").asText());
		String facts = sheet.get("facts").toString();
		assertTrue(facts.contains("{\"label\":\"SHA-256 recorded by the latest run\",\"value\":"
				+ "\"e92bbd69bbdf593ae5c828e206b80f7f388c851de7cca47197267e2f6aee9e13\""), facts);
		assertTrue(facts.contains("{\"label\":\"Protected attributes\",\"value\":\"sex\""), facts);
		assertTrue(table(sheet, "Data-quality constraints").get("rows").toString()
				.contains("require completeness >= 0.99"), sheet.toString());

		// 5: the hazard, its risk and its failing mitigations; 3: the declared levels against the measured ones
		String hazards = table(entry(doc, "5"), "Hazards").get("rows").toString();
		assertTrue(hazards.contains("\"germancredit.Discrimination\",\"Loans are declined more often for one sex\","
				+ "\"critical\",\"probable\""), hazards);
		assertTrue(hazards.contains("germancredit.R2 (FAIL), germancredit.R3 (FAIL)"), hazards);
		String metrics = table(entry(doc, "4"), "Metrics used").get("rows").toString();
		assertTrue(metrics.contains("[\"assay.iso25059.demographic_parity_difference\",\"Demographic parity difference\","
				+ "\"fairness\",\"lower-is-better\","), metrics);
		assertTrue(metrics.contains("germancredit.R2, germancredit.ScoringQA.ApprovalParity\"]"), metrics);
		assertTrue(table(entry(doc, "7"), "Quality models and metric catalogues the requirements and tests use").get("rows")
				.toString().contains("\"assay.iso25059.ISO25059\",\"ISO/IEC 25059:2023\""), "point 7");
		String declared = doc.get("instructionsForUse").get("entries").toString();
		assertTrue(declared.contains("accept demographic_parity_difference by sex <= 0.05 on Applications.test"), declared);

		// two exports of one state: the same pages, the JSON apart from 'generated', the manifest apart from its JSON line
		assertManifestVerifies(first);
		assertManifestVerifies(second);
		for (String page : List.of("annex-iv.html", "instructions-for-use.html")) {
			assertEquals(Files.readString(first.resolve(page)), Files.readString(second.resolve(page)), page);
		}
		String a = Files.readString(first.resolve("annex-iv.json"));
		String b = Files.readString(second.resolve("annex-iv.json"));
		assertNotEquals(a, b, "the timestamps differ");
		Pattern generated = Pattern.compile("\n  \"generated\": \"[0-9TZ:-]+\",\n");
		assertEquals(generated.matcher(a).replaceFirst("\n"), generated.matcher(b).replaceFirst("\n"));
		// pinned, everything is byte-identical, the manifest included
		Path pinned1 = out.resolve("pinned1");
		Path pinned2 = out.resolve("pinned2");
		assertEquals(0, cli("export", "annex-iv", project.toString(), "-o", pinned1.toString(), "--timestamp",
				"2026-11-30T12:00:00Z").code());
		assertEquals(0, cli("export", "annex-iv", project.toString(), "-o", pinned2.toString(), "--timestamp",
				"2026-11-30T12:00:00Z").code());
		for (String file : List.of("annex-iv.html", "annex-iv.json", "instructions-for-use.html", "manifest.sha256")) {
			assertArrayEquals(Files.readAllBytes(pinned1.resolve(file)), Files.readAllBytes(pinned2.resolve(file)), file);
		}
		assertEquals("2026-11-30T12:00:00Z", valid(pinned1).get("generated").asText());

		// the profile's warnings name the same elements, located; default validation is unchanged
		Result profile = cli("validate", "--profile", "ai-act", project.toString());
		assertEquals(0, profile.code(), profile.out());
		for (String code : gapCodes(doc, "model")) {
			assertTrue(profile.out().contains("german-credit.assay:8:9: warning: ") && profile.out().contains("[" + code + "]"),
					code + " in " + profile.out());
		}
		assertTrue(profile.out().contains("add 'provider \"name, address, contact\"' after its purpose"), profile.out());
		// seven AI Act warnings; the example's risk-depth warnings (docs/risk-depth.md) come with and without the profile
		assertEquals(7, profile.out().lines().filter(line -> line.contains("[aiAct")).count(), profile.out());
		String plain = cli("validate", project.toString()).out();
		assertEquals(0, plain.lines().filter(line -> line.contains("[aiAct")).count(), plain);
		assertEquals(profile.out().lines().filter(line -> line.contains(" warning: ")).count() - 7,
				plain.lines().filter(line -> line.contains(" warning: ")).count(), plain);
	}

	@Test
	void breastCancerWithTheRegulationsLinesAndHostileStrings() throws Exception {
		RunCommandTest.copyExample("breast-cancer", project);
		Path model = project.resolve("breast-cancer.assay");
		String text = Files.readString(model);
		String hostile = "<script>alert(\\\"x\\\")</script> & 'Co' \\\"Diagnostics\\\"";
		String lines = "\tprovider \"" + hostile + ", Madison WI, qa@example.org\"\n"
				+ "\tversion \"2.1.0 (retrained on 2026 cases; replaces 2.0.3)\"\n"
				+ "\tusers \"Pathologists of the laboratory; patients with a breast mass\"\n"
				+ "\toversight Confirm \"A pathologist confirms every recommendation before it is reported\"\n"
				+ "\tlimitation Equipment \"Measured on one imaging set-up: other microscopes </td><img src=x onerror=alert(1)> untested\"\n"
				+ "\tpost-market \"Monthly: accuracy on confirmed cases, drift of the nuclei measurements; the QA lead reviews them\"\n";
		int justification = text.indexOf("\tjustification SecondReader");
		int after = text.indexOf('\n', justification) + 1;
		text = text.substring(0, after) + lines + text.substring(after);
		Files.writeString(model, text);
		Result run = cli("run", project.toString());
		assertEquals(0, run.code(), run.out());
		Result export = cli("export", "annex-iv", project.toString(), "--timestamp", "1764504000");
		assertEquals(0, export.code(), export.out());
		Path bundle = project.resolve("target/assay/annex-iv");
		JsonNode doc = valid(bundle);
		assertEquals("2025-11-30T12:00:00Z", doc.get("generated").asText(), "seconds since 1970");
		assertEquals(List.of("aiActMonitorMissing"), gapCodes(doc, "model"), "what the added lines leave open");
		assertManifestVerifies(bundle);

		// the model's strings arrive unchanged in the JSON, escaped in the HTML, and inert in the browser
		String provider = entry(doc, "1(a)").get("facts").toString();
		assertTrue(provider.contains("{\"label\":\"Provider\",\"value\":\"<script>alert(\\\"x\\\")</script> & 'Co' "
				+ "\\\"Diagnostics\\\", Madison WI, qa@example.org\""), provider);
		for (String page : List.of("annex-iv.html", "instructions-for-use.html")) {
			String html = Files.readString(bundle.resolve(page));
			assertFalse(html.contains("<script") || html.contains("<img"), page + " has markup from the model");
			assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39; &quot;Diagnostics&quot;"),
					page);
			assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(?!#|annex-iv\\.html#)", Pattern.CASE_INSENSITIVE).matcher(html)
					.find(), "self-contained: links only inside the bundle");
		}
		String dom = ReportCommandTest.chromium(browserProfile, "--dump-dom", bundle.resolve("annex-iv.html").toUri().toString());
		assertEquals(0, count(dom, "<script"), "no script element in the page the browser built");
		assertEquals(0, count(dom, "<img"), "no image element in the page the browser built");
		assertEquals(9, count(dom, "<section id=\"point-[1-9]\" data-point=\"[1-9]\">"), "one section per point");
		assertEquals(doc.get("gaps").size(), count(dom, "<tr id=\"gap-[A-Za-z]+\" data-code="), "one row per gap");
		assertTrue(dom.contains("<div class=\"entry filled\" data-ref=\"1(a)\" data-status=\"filled\">"), "1(a) filled");
		assertEquals(9, count(dom, "<tr><td>breastcancer\\.(ScreeningQA|DeployedQA)\\.[A-Za-z]+</td><td>breastcancer\\.R\\d</td>"),
				"one result row per test in 2(g)");
		String ifu = ReportCommandTest.chromium(browserProfile, "--dump-dom",
				bundle.resolve("instructions-for-use.html").toUri().toString());
		assertEquals(8, count(ifu, "<div class=\"entry [a-z]+\" data-ref=\"13\\(3\\)"), "the Art. 13(3) points");
		assertTrue(ifu.contains("A pathologist confirms every recommendation before it is reported"), "oversight");
		assertTrue(ifu.contains("<a href=\"annex-iv.html#gap-aiActMonitorMissing\">aiActMonitorMissing</a>"),
				"13(3)(f) links to its gap in the Annex IV page");
		assertTrue(dom.contains("<tr id=\"gap-aiActMonitorMissing\" data-code=\"aiActMonitorMissing\""), "the gap's row");

		// the report shows the documentation's state per point and the model gaps
		Result report = cli("report", project.toString());
		assertEquals(0, report.code(), report.out());
		String reportDom = ReportCommandTest.chromium(browserProfile, "--dump-dom",
				project.resolve("target/assay/report.html").toUri().toString());
		assertTrue(reportDom.contains("<section id=\"annex-iv\">"), "the report's Annex IV section");
		assertEquals(9, count(reportDom, "<tr data-point=\"[1-9]\">"), "one row per point");
		assertEquals(1, count(reportDom, "<li data-code=\"aiAct[A-Za-z]+\">"), "the one model gap");
		assertTrue(reportDom.contains("<li data-code=\"aiActMonitorMissing\"><code>monitor NAME watches PIPELINE { … }</code>"),
				"names the element to add");
	}

	@Test
	void modelsWithoutProjectOrRunListEveryGapAndStillParseTheNewKeywordsAsNames() throws Exception {
		Files.createDirectories(project.resolve("data"));
		Files.writeString(project.resolve("data/loans.csv"), "paid,provider,version,users,oversight,limitation,gender\n"
				+ "yes,co-op,2,3,0.5,\"none, really\",non-binary\nno,bank,1,,NaN,,f\n");
		Files.writeString(project.resolve("loans.assay"), """
				namespace loans

				dataset Loans {
					source csv "data/loans.csv"
					label paid : category [yes, no]
					feature provider : category [bank, "co-op"]
					feature version : int
					feature users : int
					feature oversight : double
					feature limitation : text
					feature gender : category [f, m, "non-binary"] protected
				}
				""");
		Result export = cli("export", "annex-iv", project.toString(), "-o", out.toString());
		assertEquals(0, export.code(), export.out());
		JsonNode doc = valid(out);
		assertTrue(doc.get("project").isNull());
		assertEquals(List.of("aiActProjectMissing", "aiActHazardMissing", "aiActMonitorMissing",
				"aiActDatasetUndocumented", "aiActDatasetUnhashed", "aiActProtectedUntested"), gapCodes(doc, "model"));
		assertEquals(List.of("evidenceMissing"), gapCodes(doc, "evidence"));
		assertEquals("loans.assay:1", doc.get("gaps").get(0).get("source").asText());
		assertEquals("gap", entry(doc, "8").get("status").asText());
		Result profile = cli("validate", "--profile", "ai-act", project.toString());
		assertTrue(profile.out().contains("loans.assay:1:1: warning: The models declare no project"), profile.out());
		assertTrue(profile.out().contains("loans.assay:11:10: warning: Protected feature 'gender' of dataset 'Loans' is "
				+ "not examined for discriminatory impacts"), profile.out());
		assertTrue(profile.out().contains("loans.assay:4:13: warning: The source of dataset 'Loans' records no SHA-256"),
				profile.out());
		assertEquals(6, count(profile.out(), "\\[aiAct[A-Za-z]+\\]"), profile.out());
		assertTrue(profile.out().contains("1 file(s) validated: 0 error(s), "), profile.out());
		Result bad = cli("export", "annex-iv", project.toString(), "--timestamp", "yesterday");
		assertEquals(2, bad.code());
		assertTrue(bad.out().contains("'yesterday' is not a timestamp: write an instant such as 2026-11-30T12:00:00Z"),
				bad.out());
	}

	private static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		int n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}
}
