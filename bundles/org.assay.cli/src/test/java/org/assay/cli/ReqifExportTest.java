package org.assay.cli;

import static org.assay.cli.ReqifImportTest.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assay.dsl.reqif.ReqifDocument;
import org.assay.dsl.reqif.ReqifDocument.Relation;
import org.assay.dsl.reqif.ReqifDocument.SpecObject;
import org.assay.dsl.reqif.ReqifReader;
import org.assay.model.Requirement;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.RunInfo;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay export reqif}: the structure the ReqIF 1.2 schema requires, byte-identical exports of the same state,
 * statuses from the recorded runs, trace links as spec relations, and an export → import round trip that keeps ids,
 * titles, texts and attributes.
 */
class ReqifExportTest {

	@TempDir
	Path first;

	@TempDir
	Path second;

	@Test
	void exportThenImportKeepsIdsTextsAndAttributes() throws Exception {
		for (String file : List.of("doors.reqif", "polarion.reqif", "capella.reqif")) {
			StringWriter out = new StringWriter();
			assertEquals(0, cli(out, "import", "reqif", resource(file, first).toString(), "--into", first.toString()),
					out::toString);
			assertFalse(out.toString().contains("missing"), "requirements of other documents are not missing: " + out);
		}
		Path exported = first.resolve("out/requirements.reqif");
		StringWriter out = new StringWriter();
		assertEquals(0, cli(out, "export", "reqif", first.toString(), "-o", exported.toString()), out::toString);
		// the links of Polarion's 'relates to' and Capella's 'Refines' relations (ReqifLinksTest has more)
		assertTrue(out.toString().contains("6 requirement(s), 0 hazard(s), 0 test(s), 2 trace link(s)"), out::toString);
		String xml = Files.readString(exported);
		ReqifStructure.check(xml);
		assertTrue(xml.contains("<CREATION-TIME>1970-01-01T00:00:00Z</CREATION-TIME>"), "nothing ran: the declared epoch");
		assertEquals(0, cli(new StringWriter(), "export", "reqif", first.toString(), "-o", exported.toString()));
		assertEquals(xml, Files.readString(exported), "the same state gives the same bytes");

		Path copy = second.resolve("requirements.reqif");
		Files.copy(exported, copy);
		out = new StringWriter();
		assertEquals(0, cli(out, "import", "reqif", copy.toString(), "--into", second.toString()), out::toString);
		Map<String, Requirement> before = requirements(first);
		Map<String, Requirement> after = requirements(second);
		assertEquals(before.keySet(), after.keySet(), "the same names");
		for (Requirement original : before.values()) {
			Requirement back = after.get(original.getName());
			assertEquals(original.getOrigin().getIdentifier(), back.getOrigin().getIdentifier(), "the same IDENTIFIER");
			assertEquals(original.getOrigin().getSha256(), back.getOrigin().getSha256(), "the same title and text");
			assertEquals(original.getTitle(), back.getTitle());
			assertEquals(original.getDescription(), back.getDescription());
			assertEquals(attributes(original), attributes(back), original.getName());
			assertEquals(links(original), links(back), "the same links: " + original.getName());
		}
		assertEquals(2, before.values().stream().mapToInt(r -> r.getLinks().size()).sum());
	}

	private static List<String> links(Requirement requirement) {
		return requirement.getLinks().stream().map(l -> l.getKind().getLiteral() + " " + l.getTarget().getName() + " "
				+ l.getReqifType()).toList();
	}

	@Test
	void statusesAndTraceLinksOfARealProject() throws Exception {
		RunCommandTest.copyExample("breast-cancer", first);
		Path runs = first.resolve(RunsFile.PATH);
		RunInfo run = new RunInfo("20261130T100000Z-cccccc", "2026-11-30T10:00:00Z", null);
		RunsFile.append(runs, run, evidence("Accuracy", "R1", Verdict.PASS, 0.96));
		RunsFile.append(runs, run, evidence("Recall", "R2", Verdict.FAIL, 0.81));
		Path exported = first.resolve("target/assay/requirements.reqif");
		StringWriter out = new StringWriter();
		assertEquals(0, cli(out, "export", "reqif", first.toString()), out::toString);
		String xml = Files.readString(exported);
		ReqifStructure.check(xml);
		assertTrue(xml.contains("<CREATION-TIME>2026-11-30T10:00:00Z</CREATION-TIME>"), "the last run's start");

		ReqifDocument document = ReqifReader.read(exported);
		Map<String, SpecObject> objects = document.objects().stream()
				.collect(Collectors.toMap(o -> o.value("Assay.Name").orElseThrow().text(), o -> o));
		assertEquals("FAIL", status(objects.get("breastcancer.R2")), "the worst of its tests");
		assertEquals("MISSING", status(objects.get("breastcancer.R1")), "WorstSlice has no result");
		assertEquals("PASS", status(objects.get("breastcancer.ScreeningQA.Accuracy")));
		assertEquals("accuracy = 0.96 [0.94, 0.98], accuracy >= 0.9 (run 20261130T100000Z-cccccc)",
				objects.get("breastcancer.ScreeningQA.Accuracy").value("Assay.Details").orElseThrow().text());
		assertEquals("The classifier shall be accurate", objects.get("breastcancer.R1").value("ReqIF.Name").orElseThrow().text());
		assertTrue(objects.get("breastcancer.R1").value("Assay.Details").orElseThrow().text().startsWith("accept accuracy"));
		assertEquals("severity critical, likelihood remote",
				objects.get("breastcancer.MissedCancer").value("Assay.Details").orElseThrow().text());

		List<String> links = document.relations().stream().map(r -> link(r, document)).toList();
		assertTrue(links.contains("breastcancer.R1 mitigates breastcancer.MissedCancer"), links::toString);
		assertTrue(links.contains("breastcancer.R1 verified by breastcancer.ScreeningQA.WorstSlice"), links::toString);
		assertTrue(links.contains("breastcancer.R5 verified by breastcancer.ScreeningQA.Completeness"), links::toString);
		assertEquals(links.stream().sorted().distinct().count(), links.size(), "no duplicate links");
	}

	private static String status(SpecObject object) {
		return object.value("Assay.Status").orElseThrow().text();
	}

	private static String link(Relation relation, ReqifDocument document) {
		Map<String, String> names = document.objects().stream()
				.collect(Collectors.toMap(SpecObject::identifier, o -> o.value("Assay.Name").orElseThrow().text()));
		return names.get(relation.source()) + " " + relation.type() + " " + names.get(relation.target());
	}

	private static Evidence evidence(String test, String requirement, Verdict verdict, double value) {
		return new Evidence("breastcancer.ScreeningQA", test, List.of(requirement), "breast-cancer.assay:99", test
				.toLowerCase(java.util.Locale.ROOT), value, value - 0.02, value + 0.02, 0.95, "accuracy >= 0.9", verdict,
				"", null, List.of());
	}
}
