package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.results.RunInfo;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Verdict;
import org.assay.trace.Coverage;
import org.assay.trace.ProjectTrace;
import org.assay.trace.Status;
import org.assay.trace.TraceEdge;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceNode;
import org.assay.trace.TraceNode.Kind;
import org.assay.trace.layout.SvgRenderer;
import org.assay.trace.layout.TraceDiagram;
import org.assay.trace.layout.TraceLayout;
import org.assay.trace.report.HtmlReport;
import org.assay.trace.results.ResultsReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The traceability graph of the breast-cancer example with results written by the runtime's own writer: links,
 * statuses, coverage gaps, suspect links after a data change, impact queries, filtering, and the SVG drawing.
 */
class TraceTest {

	@TempDir
	Path project;

	private String dataHash;

	@BeforeEach
	void copyExampleAndRecordResults() throws Exception {
		Path example = GeneratorTest.ROOT.resolve("examples/breast-cancer");
		for (String file : List.of("breast-cancer.assay", "data/breast_cancer.csv", "models/screening.onnx",
				"reviews/data-privacy.md")) { // the record the example's review names
			Files.createDirectories(project.resolve(file).getParent());
			Files.copy(example.resolve(file), project.resolve(file));
		}
		Lineage lineage = Lineage.builder().input("data/breast_cancer.csv", project.resolve("data/breast_cancer.csv"))
				.inputText("parameters", "p").seed("split", 42).build();
		dataHash = lineage.inputs().get("data/breast_cancer.csv");
		// an older run's FAIL of Accuracy, then its current PASS: the last record is the current result
		Path runs = project.resolve(ProjectTrace.RESULTS);
		RunInfo older = new RunInfo("20261129T090000Z-000001", "2026-11-29T09:00:00Z", null);
		RunInfo latest = new RunInfo("20261130T090000Z-000002", "2026-11-30T09:00:00Z", "0123456789abcdef0123456789abcdef01234567");
		RunsFile.append(runs, older, evidence("Accuracy", "breastcancer.R1", 0.91, Verdict.FAIL, lineage));
		RunsFile.append(runs, latest, new DataFindings("data/breast_cancer.csv", 569, List.of(new DataFindings.Finding(
				"diagnosis", DataProblem.Kind.UNKNOWN_CATEGORY, "[malignant, benign]", 3, Map.of("<unknown> & \"x\"", 3L), 0,
				List.of(7L, 9L, 11L))), List.of("id")));
		RunsFile.append(runs, latest, evidence("Accuracy", "breastcancer.R1", 0.98, Verdict.PASS, lineage));
		RunsFile.append(runs, latest, evidence("WorstSlice", "breastcancer.R1", 0.97, Verdict.WARN, lineage));
		RunsFile.append(runs, latest, evidence("Recall", "breastcancer.R2", 0.85, Verdict.FAIL, lineage));
	}

	private static Evidence evidence(String test, String requirement, double value, Verdict verdict, Lineage lineage) {
		return new Evidence("breastcancer.ScreeningQA", test, List.of(requirement), "breast-cancer.assay:1", "accuracy", value,
				value - 0.02, value + 0.01, 0.95, ">= 0.9", verdict, test + " measured", lineage, List.of("detail of " + test));
	}

	private static Set<String> ids(java.util.Collection<TraceNode> nodes) {
		return nodes.stream().map(TraceNode::id).collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	@Test
	void linksStatusesAndCurrentResults() throws Exception {
		ProjectTrace trace = ProjectTrace.load(project);
		assertEquals(0, trace.errors());
		TraceGraph graph = trace.graph();
		assertEquals(7, graph.nodes(Kind.REQUIREMENT).size());
		assertEquals(9, graph.nodes(Kind.TEST).size());
		assertEquals(Set.of("pipeline:breastcancer.Screening", "pipeline:breastcancer.DeployedScreening"),
				Set.copyOf(ids(graph.nodes(Kind.PIPELINE))));
		assertTrue(graph.edges().contains(new TraceEdge("test:breastcancer.ScreeningQA.Accuracy", "requirement:breastcancer.R1",
				TraceEdge.Kind.VERIFIES, null)));
		assertTrue(graph.edges().contains(new TraceEdge("requirement:breastcancer.R1", "hazard:breastcancer.MissedCancer",
				TraceEdge.Kind.MITIGATES, null)));
		assertTrue(graph.edges().contains(new TraceEdge("requirement:breastcancer.R1",
				"attribute:assay.iso25059.FunctionalCorrectness", TraceEdge.Kind.REFINES, null)));
		assertTrue(graph.edges().contains(new TraceEdge("pipeline:breastcancer.Screening", "dataset:breastcancer.Cells",
				TraceEdge.Kind.PREPARES, null)));
		assertTrue(graph.edges().contains(new TraceEdge("test:breastcancer.ScreeningQA.Accuracy", "dataset:breastcancer.Cells",
				TraceEdge.Kind.MEASURES_ON, null)));

		assertEquals(Status.PASS, graph.node("test:breastcancer.ScreeningQA.Accuracy").status(), "the last record counts");
		assertEquals(0.98, graph.result("test:breastcancer.ScreeningQA.Accuracy").value(), 1e-12);
		assertEquals(Status.WARN, graph.node("requirement:breastcancer.R1").status(), "as good as its worst test");
		assertEquals(Status.FAIL, graph.node("requirement:breastcancer.R2").status());
		assertEquals(Status.MISSING, graph.node("test:breastcancer.DeployedQA.DeployedAccuracy").status());
		assertEquals(Status.MISSING, graph.node("requirement:breastcancer.R6").status());
		assertEquals("breast-cancer.assay:104", graph.node("test:breastcancer.ScreeningQA.Accuracy").source());
	}

	@Test
	void coverageNamesEveryGap() throws Exception {
		Path model = project.resolve("breast-cancer.assay");
		Files.writeString(model, Files.readString(model)
				+ "\nhazard Unhandled \"nobody mitigates this\" severity minor likelihood remote\n"
				+ "requirement R8 \"nobody tests this\" refines Transparency {\n\taccept expected_calibration_error <= 0.1\n}\n");
		Coverage coverage = ProjectTrace.load(project).coverage();
		assertEquals(Set.of("requirement:breastcancer.R8"), ids(coverage.unverifiedRequirements()));
		assertEquals(Set.of("hazard:breastcancer.Unhandled"), ids(coverage.unmitigatedHazards()));
		assertEquals(Set.of("attribute:assay.iso25059.Transparency"), ids(coverage.unmeasuredAttributes()));
		assertEquals(6, coverage.testsWithoutCurrentResult().size(), "9 tests, 3 with results");
		assertEquals(8, coverage.requirements());
		assertEquals(1, coverage.passingRequirements(), "R1 (PASS and WARN); R2 fails, the others lack results");
	}

	@Test
	void aChangedDataFileMakesResultsStaleAndLinksSuspect() throws Exception {
		Path data = project.resolve("data/breast_cancer.csv");
		Files.writeString(data, Files.readString(data).replaceFirst("\n(\\d)", "\n1$1"), StandardCharsets.UTF_8); // one byte more
		TraceGraph graph = ProjectTrace.load(project).graph();
		assertEquals(Status.STALE, graph.node("test:breastcancer.ScreeningQA.Accuracy").status());
		assertEquals(Status.CHANGED, graph.node("dataset:breastcancer.Cells").status(), "the model's recorded hash no longer matches");
		TraceEdge measured = graph.outgoing("test:breastcancer.ScreeningQA.Accuracy").stream()
				.filter(e -> e.kind() == TraceEdge.Kind.MEASURES_ON).findFirst().orElseThrow();
		assertTrue(measured.isSuspect());
		assertTrue(measured.suspect().contains("data/breast_cancer.csv") && measured.suspect().contains(dataHash.substring(0, 12)),
				measured.suspect());
		assertTrue(graph.outgoing("pipeline:breastcancer.Screening").stream().anyMatch(TraceEdge::isSuspect));
		assertEquals(Status.STALE, graph.node("requirement:breastcancer.R1").status());
	}

	@Test
	void impactOfADatasetReachesEverythingThatRestsOnIt() throws Exception {
		TraceGraph graph = ProjectTrace.load(project).graph();
		Set<String> affected = ids(graph.impactOf("dataset:breastcancer.Cells"));
		assertTrue(affected.containsAll(Set.of("pipeline:breastcancer.Screening", "pipeline:breastcancer.DeployedScreening",
				"test:breastcancer.ScreeningQA.Accuracy", "requirement:breastcancer.R1", "requirement:breastcancer.R7")), affected.toString());
		assertTrue(affected.stream().noneMatch(id -> id.startsWith("hazard:") || id.startsWith("attribute:")
				|| id.startsWith("model:")), affected.toString());
		assertEquals(Set.of("requirement:breastcancer.R4"), ids(graph.impactOf("test:breastcancer.ScreeningQA.Adversarial")));
	}

	@Test
	void aDiagramFilteredByARequirementKeepsWhatConcernsIt() throws Exception {
		TraceGraph graph = ProjectTrace.load(project).graph().around(List.of("requirement:breastcancer.R4"));
		assertEquals(Set.of("requirement:breastcancer.R4", "attribute:assay.iso25059.Robustness",
				"test:breastcancer.ScreeningQA.Adversarial", "pipeline:breastcancer.Screening", "dataset:breastcancer.Cells",
				"model:breastcancer.Screening.Net"), ids(graph.nodes()));
		assertTrue(graph.edges().stream().allMatch(e -> graph.node(e.from()) != null && graph.node(e.to()) != null));
		TraceGraph hazard = ProjectTrace.load(project).graph().around(List.of("hazard:breastcancer.MissedCancer"));
		assertEquals(Set.of("requirement:breastcancer.R1", "requirement:breastcancer.R2", "requirement:breastcancer.R6"),
				ids(hazard.nodes(Kind.REQUIREMENT)));
	}

	@Test
	void svgIsWellFormedDeterministicAndDrawsEveryNodeAndLink() throws Exception {
		Path data = project.resolve("data/breast_cancer.csv");
		Files.writeString(data, Files.readString(data) + "\n");
		TraceGraph graph = ProjectTrace.load(project).graph();
		TraceDiagram diagram = TraceLayout.layout(graph);
		String svg = SvgRenderer.render(diagram);
		assertEquals(svg, SvgRenderer.render(TraceLayout.layout(graph)), "byte-identical on re-run");
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		NodeList groups = document.getElementsByTagName("g");
		List<String> drawn = new ArrayList<>();
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (g.hasAttribute("data-id")) {
				drawn.add(g.getAttribute("data-id"));
			}
		}
		assertEquals(ids(graph.nodes()), Set.copyOf(drawn));
		assertEquals(graph.nodes().size(), drawn.size());
		NodeList paths = document.getElementsByTagName("path");
		long links = Stream.iterate(0, i -> i + 1).limit(paths.getLength()).map(i -> (Element) paths.item(i))
				.filter(p -> p.hasAttribute("data-kind")).count();
		assertEquals(graph.edges().size(), links);
		assertTrue(svg.contains("class=\"edge measures_on suspect\""), "suspect links are marked");
		for (TraceDiagram.Box a : diagram.nodes()) {
			for (TraceDiagram.Box b : diagram.nodes()) {
				boolean overlap = a != b && a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
						&& b.y() < a.y() + a.height();
				assertFalse(overlap, a.node().id() + " overlaps " + b.node().id());
			}
		}
		Map<Kind, Double> column = new java.util.EnumMap<>(Kind.class);
		diagram.nodes().forEach(b -> column.merge(b.node().kind(), b.x(), Math::min));
		assertTrue(column.get(Kind.REQUIREMENT) < column.get(Kind.TEST) && column.get(Kind.TEST) < column.get(Kind.PIPELINE),
				"requirements, then tests, then pipelines, left to right: " + column);
	}

	@Test
	void hostileNamesAreEscapedInTheSvg() throws Exception {
		Path model = project.resolve("breast-cancer.assay");
		Files.writeString(model, Files.readString(model).replace("\"The classifier shall be accurate\"",
				"\"<script>alert('x')</script> & \\\"quotes\\\"\""));
		String svg = SvgRenderer.render(TraceLayout.layout(ProjectTrace.load(project).graph()));
		assertFalse(svg.contains("<script>"), "no markup from the model");
		assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void resultsOfAnotherSchemaOrNotJsonAreRefusedWithTheReason() throws Exception {
		Path results = project.resolve(ProjectTrace.RESULTS);
		Files.writeString(results, "{\"record\":\"run\",\"schema\":\"assay-results/99\",\"run\":\"r\"}\n");
		var e = assertThrows(java.io.IOException.class, () -> ResultsReader.readAll(results));
		assertTrue(e.getMessage().contains(results + ":1:") && e.getMessage().contains("assay-results/99"), e.getMessage());
		Files.writeString(results, "{ not json\n{}\n");
		e = assertThrows(java.io.IOException.class, () -> ResultsReader.readAll(results));
		assertTrue(e.getMessage().contains(results + ":1: not a JSON record"), e.getMessage());
		Files.delete(results);
		Path legacy = project.resolve(ProjectTrace.LEGACY_RESULTS);
		Files.writeString(legacy, "{\"schema\": \"assay-results/99\", \"evidence\": []}");
		e = assertThrows(java.io.IOException.class, () -> ResultsReader.readAll(results));
		assertTrue(e.getMessage().contains(legacy.toString()) && e.getMessage().contains("assay-results/99"), e.getMessage());
		Files.delete(legacy);
		assertEquals(List.of(), ResultsReader.readAll(results), "nothing has run yet");
	}

	@Test
	void anOldResultsFileStillLoads() throws Exception {
		Files.delete(project.resolve(ProjectTrace.RESULTS));
		// written by the results writer of Assay before runs were recorded (assay-results/1)
		Files.copy(GeneratorTest.ROOT.resolve("bundles/org.assay.runtime/src/test/resources/results-v1/results.json"),
				project.resolve(ProjectTrace.LEGACY_RESULTS));
		ProjectTrace trace = ProjectTrace.load(project);
		assertEquals(1, trace.runs().size());
		assertEquals("INCONCLUSIVE", trace.graph().result("test:breastcancer.ScreeningQA.Accuracy").verdict(),
				"its last record counts");
		assertEquals(Status.STALE, trace.graph().node("test:breastcancer.ScreeningQA.Accuracy").status(),
				"the fixture's data hash is not the example's: its lineage is read and compared too");
		assertEquals("legacy", trace.graph().result("test:breastcancer.ScreeningQA.Accuracy").run());
		String html = HtmlReport.render(trace, "old");
		assertTrue(html.contains("latest run <code>legacy</code>"), html);
		assertTrue(html.contains("No data findings recorded (runs of an earlier Assay"), html);
	}

	@Test
	void theReportShowsTheLatestRunItsDataFindingsAndEachTestsHistory() throws Exception {
		ProjectTrace trace = ProjectTrace.load(project);
		assertEquals(List.of("20261129T090000Z-000001", "20261130T090000Z-000002"), trace.runs().stream().map(r -> r.info().id())
				.toList());
		assertEquals("20261130T090000Z-000002", trace.graph().result("test:breastcancer.ScreeningQA.Accuracy").run());
		String html = HtmlReport.render(trace, "Breast cancer");
		assertTrue(html.contains("latest run <code>20261130T090000Z-000002</code> started 2026-11-30T09:00:00Z at commit "
				+ "<code>0123456789ab</code> · 2 run(s) recorded"), html);
		int data = html.indexOf("<section id=\"data\">");
		assertTrue(data > 0, html);
		String section = html.substring(data, html.indexOf("</section>", data));
		assertTrue(section.contains("data/breast_cancer.csv (569 rows): 3 cell(s) outside their declaration in 1 column(s)"),
				section);
		assertTrue(section.contains("diagnosis: 3 value(s) not among its declared categories [malignant, benign]: "
				+ "&#39;&lt;unknown&gt; &amp; &quot;x&quot;&#39; ×3; first at row(s) 7, 9, 11"), "escaped: " + section);
		assertTrue(section.contains("not read: id"), section);
		int history = html.indexOf("<section id=\"history\">");
		String rows = html.substring(history, html.indexOf("</section>", history));
		String accuracy = rows.substring(rows.indexOf("data-test=\"breastcancer.ScreeningQA.Accuracy\""));
		accuracy = accuracy.substring(0, accuracy.indexOf("</tr>"));
		assertTrue(accuracy.indexOf(">FAIL<") > 0 && accuracy.indexOf(">FAIL<") < accuracy.indexOf(">PASS<"),
				"oldest first: " + accuracy);
		assertTrue(accuracy.contains("title=\"run 20261129T090000Z-000001 0.9100\""), accuracy);
		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(section.concat("</section>")
				.getBytes(StandardCharsets.UTF_8)));
	}
}
