package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.RunInfo;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Verdict;
import org.assay.trace.ProjectTrace;
import org.assay.trace.report.HtmlReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report groups evidence by life cycle stage (docs/risk-depth.md): the breast-cancer example, whose deployed-model
 * suite names {@code phase deployment}, with a dataset check and a monitor added, and results written by the runtime's
 * own writer.
 */
class StageReportTest {

	@TempDir
	Path project;

	@BeforeEach
	void copyExampleAddACheckAndAMonitorAndRecordResults() throws Exception {
		Path example = GeneratorTest.ROOT.resolve("examples/breast-cancer");
		for (String file : List.of("breast-cancer.assay", "data/breast_cancer.csv", "models/screening.onnx",
				"reviews/data-privacy.md")) {
			Files.createDirectories(project.resolve(file).getParent());
			Files.copy(example.resolve(file), project.resolve(file));
		}
		Path model = project.resolve("breast-cancer.assay");
		String text = Files.readString(model);
		assertTrue(text.contains("test DeployedAccuracy verifies R6 : threshold accuracy on Cells.test phase deployment"),
				"the shipped example names the deployed suite's stage");
		Files.writeString(model, text.replace("\tslice SmallMasses where mean_radius <= 15\n",
				"\tslice SmallMasses where mean_radius <= 15\n\tcheck Rows \"Enough rows\" : rows >= 100\n")
				+ "\nmonitor Live \"Nucleus size in production\" watches DeployedScreening {\n"
				+ "\tdrift ks_statistic on mean_radius window 500 warn 0.1 fail 0.2\n}\n");
		Lineage lineage = Lineage.builder().input("data/breast_cancer.csv", project.resolve("data/breast_cancer.csv")).build();
		RunInfo run = new RunInfo("20261130T090000Z-000001", "2026-11-30T09:00:00Z", null);
		Path runs = project.resolve(ProjectTrace.RESULTS);
		RunsFile.append(runs, run, evidence("breastcancer.ScreeningQA", "Accuracy", 0.96, 0.95, "verification", lineage));
		RunsFile.append(runs, run, evidence("breastcancer.DeployedQA", "DeployedAccuracy", 0.95, 0.99, "deployment", lineage));
		// recorded before the model moved it: the report says so
		RunsFile.append(runs, run, evidence("breastcancer.ScreeningQA", "Recall", 0.94, 0.95, "deployment", lineage));
	}

	private static Evidence evidence(String suite, String test, double value, double confidence, String phase,
			Lineage lineage) {
		return new Evidence(suite, test, List.of("breastcancer.R1"), "breast-cancer.assay:1", "accuracy", value, value - 0.02,
				value + 0.01, confidence, ">= 0.93", Verdict.PASS, test + " measured", lineage, List.of(), phase);
	}

	@Test
	void eachStageListsItsTestsAndMonitorsInLifeCycleOrder() throws Exception {
		ProjectTrace trace = ProjectTrace.load(project);
		assertEquals(0, trace.errors(), "the edited example validates");
		String html = HtmlReport.render(trace, "Breast cancer");
		int start = html.indexOf("<section id=\"stages\">");
		assertTrue(start > 0, html);
		String section = html.substring(start, html.indexOf("</section>", start) + "</section>".length());
		DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(section.getBytes(StandardCharsets.UTF_8)));

		List<String> stages = new ArrayList<>();
		Matcher heading = Pattern.compile("<h3 data-stage=\"([a-z]+)\">([^<]+)</h3>").matcher(section);
		while (heading.find()) {
			stages.add(heading.group(1) + ": " + heading.group(2));
		}
		assertEquals(List.of("development: Design and development (1)", "verification: Verification and validation (6)",
				"deployment: Deployment (3)", "operation: Operation and monitoring (1)"), stages);

		assertEquals(List.of("breastcancer.Cells.checks.Rows"), rows(section, "development", "data-test"));
		assertEquals(List.of("breastcancer.ScreeningQA.Accuracy", "breastcancer.ScreeningQA.WorstSlice",
				"breastcancer.ScreeningQA.Recall", "breastcancer.ScreeningQA.MeasurementNoise",
				"breastcancer.ScreeningQA.Adversarial", "breastcancer.ScreeningQA.Completeness"),
				rows(section, "verification", "data-test"));
		assertEquals(List.of("breastcancer.DeployedQA.DeployedAccuracy", "breastcancer.DeployedQA.DeployedNoise",
				"breastcancer.DeployedQA.DeployedWorstSlice"), rows(section, "deployment", "data-test"));
		assertEquals(List.of("breastcancer.Live"), rows(section, "operation", "data-monitor"));

		String deployed = table(section, "deployment");
		assertTrue(deployed.contains("0.9500 [0.9300, 0.9600]</td><td class=\"num\">99 %</td>"), deployed);
		assertTrue(deployed.contains("data-verdict=\"MISSING\""), "DeployedNoise has no result yet: " + deployed);
		assertTrue(table(section, "operation").contains("watches DeployedScreening"), section);
		String verification = table(section, "verification");
		assertEquals(1, verification.split("recorded in stage", -1).length - 1, verification);
		String recall = verification.substring(verification.indexOf("data-test=\"breastcancer.ScreeningQA.Recall\""));
		assertTrue(recall.substring(0, recall.indexOf("</tr>")).contains("recorded in stage deployment"), recall);
	}

	private static String table(String section, String stage) {
		int start = section.indexOf("<table class=\"evidence stage\" data-stage=\"" + stage + "\">");
		assertTrue(start >= 0, stage + " missing: " + section);
		return section.substring(start, section.indexOf("</table>", start));
	}

	private static List<String> rows(String section, String stage, String attribute) {
		List<String> names = new ArrayList<>();
		Matcher row = Pattern.compile("<tr " + attribute + "=\"([^\"]+)\"").matcher(table(section, stage));
		while (row.find()) {
			names.add(row.group(1));
		}
		return names;
	}
}
