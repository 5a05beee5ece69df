package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assay.runtime.ci.JUnitXml;
import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.Run;
import org.assay.runtime.results.RunInfo;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML of a run's evidence ({@code assay run --junit-xml DIR}), checked against the JUnit XML schema. */
class JUnitXmlOutputTest {

	@TempDir
	Path project;

	/** Checks the file against the schema and parses it. */
	private static Document valid(byte[] xml) throws Exception {
		return CiSchemas.junit(xml);
	}

	private static Evidence evidence(String suite, String test, Verdict verdict, double value, String message,
			String... requirements) {
		return new Evidence(suite, test, List.of(requirements), "shop.assay:12", "accuracy", value, value - 0.02, value + 0.02,
				0.95, ">= 0.85", verdict, message, new Lineage(Map.of(), Map.of(), Map.of()),
				List.of("slice \"Non-EU\": 0.61 < 0.85", ""));
	}

	@Test
	void everyVerdictMapsToItsOutcomeWithValueIntervalAndRequirements() throws Exception {
		String odd = "cells \"quoted\" <tag> & 'apostrophe' \u0001control, empty '' and NaN – ünïcode 🙂";
		Run run = new Run(new RunInfo("20261130T160000Z-abc123", "2026-11-30T16:00:00.123Z", null), List.of(
				evidence("shop.Quality", "Accuracy", Verdict.FAIL, 0.9, "first try"),
				evidence("shop.Quality", "Accuracy", Verdict.FAIL, 0.8123, odd, "shop.R-1", "shop.R 2"),
				evidence("shop.Quality", "Fair", Verdict.PASS, 0.97, "fine", "shop.R3"),
				evidence("shop.Quality", "Close", Verdict.WARN, 0.86, "within the warning margin", "shop.R3"),
				evidence("shop.Quality", "Unsure", Verdict.INCONCLUSIVE, 0.85, "straddles", "shop.R3"),
				evidence("shop.Quality", "Broken", Verdict.ERROR, Double.NaN, "shop.assay:14: the model file is missing"),
				evidence("shop.Data-Checks", "Empty", Verdict.NO_DATA, Double.NaN, "the slice Non-EU has no rows", "shop.R4")),
				List.of());
		Map<String, byte[]> files = JUnitXml.render(run);
		assertEquals(List.of("TEST-shop.Quality.xml", "TEST-shop.Data-Checks.xml"), List.copyOf(files.keySet()));

		Element suite = valid(files.get("TEST-shop.Quality.xml")).getDocumentElement();
		assertEquals("shop.Quality", suite.getAttribute("name"));
		assertEquals("5", suite.getAttribute("tests"), "a test recorded twice in a run counts once (its last result)");
		assertEquals("2", suite.getAttribute("failures"), "FAIL and INCONCLUSIVE");
		assertEquals("1", suite.getAttribute("errors"));
		assertEquals("0", suite.getAttribute("skipped"));
		assertEquals("2026-11-30T16:00:00", suite.getAttribute("timestamp"));
		Element accuracy = testcase(suite, "Accuracy");
		assertEquals("shop.Quality", accuracy.getAttribute("classname"));
		Element failure = child(accuracy, "failure");
		assertEquals("FAIL", failure.getAttribute("type"));
		assertEquals("FAIL: accuracy = 0.8123 [0.7923, 0.8323] at 95 % confidence, criterion >= 0.85",
				failure.getAttribute("message"));
		assertTrue(failure.getTextContent().contains("cells \"quoted\" <tag> & 'apostrophe' \uFFFDcontrol"),
				"text is kept, a control character XML cannot hold is replaced: " + failure.getTextContent());
		assertTrue(failure.getTextContent().contains("slice \"Non-EU\": 0.61 < 0.85"), failure.getTextContent());
		assertEquals(List.of("shop.R-1", "shop.R 2"), properties(accuracy, "requirement"));
		assertEquals(List.of("FAIL"), properties(accuracy, "verdict"));
		assertEquals(List.of("0.8123"), properties(accuracy, "value"));
		assertEquals(List.of("shop.assay:12"), properties(accuracy, "source"));
		assertNull(child(testcase(suite, "Fair"), "failure"));
		assertNull(child(testcase(suite, "Close"), "failure"), "WARN passes");
		assertTrue(child(testcase(suite, "Close"), "system-out").getTextContent().startsWith("WARN: accuracy = 0.8600"));
		assertEquals("INCONCLUSIVE", child(testcase(suite, "Unsure"), "failure").getAttribute("type"));
		Element broken = child(testcase(suite, "Broken"), "error");
		assertEquals("ERROR: accuracy = no value, criterion >= 0.85", broken.getAttribute("message"));
		assertTrue(broken.getTextContent().contains("shop.assay:14: the model file is missing"));
		assertEquals(List.of(), properties(testcase(suite, "Broken"), "value"), "no value: no property");

		Element data = valid(files.get("TEST-shop.Data-Checks.xml")).getDocumentElement();
		assertEquals("1", data.getAttribute("skipped"));
		assertTrue(child(testcase(data, "Empty"), "skipped").getAttribute("message").startsWith("NO_DATA: accuracy = no value"));
	}

	@Test
	void theBreastCancerRunWritesOneValidFilePerSuite() throws Exception {
		RunCommandTest.copyExample("breast-cancer", project);
		Path model = project.resolve("breast-cancer.assay");
		Files.writeString(model, Files.readString(model).replace("accept accuracy >= 0.93", "accept accuracy >= 0.999"));
		Path junit = project.resolve("reports/junit xml");
		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), "run", project.toString(), "--junit-xml",
				junit.toString());
		assertEquals(1, code, out::toString);
		Run run = Run.last(RunsFile.read(project.resolve(RunsFile.PATH)));
		List<Path> files;
		try (Stream<Path> list = Files.list(junit)) {
			files = list.sorted().toList();
		}
		assertEquals(run.latest().values().stream().map(Evidence::suite).distinct().count(), files.size(), files.toString());
		int testcases = 0;
		Map<String, List<String>> failed = new java.util.TreeMap<>();
		for (Path file : files) {
			Element suite = valid(Files.readAllBytes(file)).getDocumentElement();
			assertEquals(file.getFileName().toString(), "TEST-" + suite.getAttribute("name") + ".xml");
			NodeList cases = suite.getElementsByTagName("testcase");
			testcases += cases.getLength();
			for (int i = 0; i < cases.getLength(); i++) {
				Element testcase = (Element) cases.item(i);
				Element failure = child(testcase, "failure");
				if (failure != null) {
					failed.put(testcase.getAttribute("name"), properties(testcase, "requirement"));
					assertEquals("FAIL", failure.getAttribute("type"));
					assertTrue(failure.getAttribute("message").matches("FAIL: accuracy = 0\\.\\d{4} \\[0\\.\\d{4}, 0\\.\\d{4}\\] "
							+ "at 95 % confidence, criterion >= 0\\.999"), failure.getAttribute("message"));
				} else {
					assertTrue(List.of(List.of("PASS"), List.of("WARN")).contains(properties(testcase, "verdict")),
							testcase.getAttribute("name") + " passes");
				}
			}
		}
		assertEquals(run.latest().size(), testcases, "one test case per test of the run");
		assertEquals(List.of("breastcancer.R1"), failed.get("Accuracy"), "the requirements are the test case's properties: " + failed);
		assertTrue(failed.keySet().stream().allMatch(test -> !failed.get(test).isEmpty()), failed.toString());
	}

	private static Element testcase(Element suite, String name) {
		NodeList cases = suite.getElementsByTagName("testcase");
		for (int i = 0; i < cases.getLength(); i++) {
			if (((Element) cases.item(i)).getAttribute("name").equals(name)) {
				return (Element) cases.item(i);
			}
		}
		throw new AssertionError("no test case " + name);
	}

	private static Element child(Element parent, String name) {
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(name)) {
				return element;
			}
		}
		return null;
	}

	private static List<String> properties(Element testcase, String name) {
		List<String> values = new ArrayList<>();
		NodeList properties = child(testcase, "properties").getElementsByTagName("property");
		for (int i = 0; i < properties.getLength(); i++) {
			Element property = (Element) properties.item(i);
			if (property.getAttribute("name").equals(name)) {
				values.add(property.getAttribute("value"));
			}
		}
		return values;
	}
}
