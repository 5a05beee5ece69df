package org.assay.ui.tests;

import static org.assay.ui.tests.WorkbenchTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.trace.layout.TraceDiagram;
import org.assay.ui.views.TraceDiagramView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The builder resolves references across files; the traceability view draws what the models declare. */
public class AssayBuilderAndDiagramTest {

	@Test
	public void builderResolvesAReferenceAcrossTwoFilesAndReportsItWhenTheTargetGoes() throws Exception {
		IProject project = assayProject("builder");
		IFile data = write(project, "data.assay", AssayEditorTest.DATA);
		IFile requirements = write(project, "requirements.assay", AssayEditorTest.REQUIREMENTS);
		build(project);
		assertTrue(markers(requirements).isEmpty(), "Loss, Orders and P resolve from data.assay: " + describe(requirements));

		data.delete(true, null);
		build(project);
		assertFalse(markers(requirements).isEmpty(), "without data.assay the references are unresolved");
		assertTrue(describe(requirements).contains("Loss"), describe(requirements));
	}

	@Test
	public void traceabilityViewShowsTheModelsNodesAndLinks() throws Exception {
		IProject project = assayProject("diagram");
		write(project, "data.assay", AssayEditorTest.DATA);
		write(project, "requirements.assay", AssayEditorTest.REQUIREMENTS);
		build(project);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		TraceDiagramView view = (TraceDiagramView) page.showView(TraceDiagramView.ID);
		view.show(project);
		assertTrue(waitUntil(() -> project.equals(view.drawnProject()), 20_000), "the project's diagram is computed");
		TraceDiagram diagram = view.diagram();
		Set<String> nodes = diagram.nodes().stream().map(b -> b.node().id()).collect(Collectors.toSet());
		assertEquals(Set.of("hazard:shop.Loss", "requirement:shop.qa.R", "attribute:assay.iso25059.FunctionalCorrectness",
				"test:shop.qa.S.T", "pipeline:shop.P", "dataset:shop.Orders", "model:shop.P.M"), nodes);
		Set<String> links = diagram.edges().stream().map(r -> r.edge().from() + " " + r.edge().kind() + " " + r.edge().to())
				.collect(Collectors.toSet());
		assertTrue(links.containsAll(Set.of("requirement:shop.qa.R MITIGATES hazard:shop.Loss", "test:shop.qa.S.T VERIFIES requirement:shop.qa.R",
				"test:shop.qa.S.T TESTS pipeline:shop.P", "pipeline:shop.P PREPARES dataset:shop.Orders")), links.toString());
		assertEquals("MISSING", diagram.nodes().stream().filter(b -> b.node().id().equals("test:shop.qa.S.T")).findFirst()
				.orElseThrow().node().status(), "no result recorded yet");

		assertTrue(view.filterItems().contains("Hazard shop.Loss"), view.filterItems().toString());
		view.select("Suite shop.qa.S");
		assertTrue(view.diagram().nodes().stream().noneMatch(b -> b.node().id().startsWith("hazard:")),
				"a suite's view shows its tests, what they verify and rest on, not the hazards");

		java.nio.file.Path png = java.nio.file.Files.createTempFile("trace", ".png");
		java.nio.file.Path svg = java.nio.file.Files.createTempFile("trace", ".svg");
		view.export(png);
		view.export(svg);
		org.eclipse.swt.graphics.ImageData image = new org.eclipse.swt.graphics.ImageData(png.toString());
		assertTrue(image.width > 200 && image.height > 50, image.width + " x " + image.height);
		assertTrue(java.nio.file.Files.readString(svg).contains("data-id=\"test:shop.qa.S.T\""), "the SVG of the same diagram");
		TraceDiagram.Box requirement = view.diagram().nodes().stream().filter(b -> b.node().id().equals("requirement:shop.qa.R"))
				.findFirst().orElseThrow();
		assertTrue(view.open(requirement), "double-click opens the requirement");
		assertEquals("requirements.assay", page.getActiveEditor().getEditorInput().getName());
	}

	@Test
	public void coverageResultsAndMatrixViewsShowTheProjectsEvidence() throws Exception {
		IProject project = assayProject("evidence");
		write(project, "data.assay", AssayEditorTest.DATA
				+ "hazard Unhandled \"nobody mitigates this\" severity minor likelihood remote\n");
		write(project, "requirements.assay", AssayEditorTest.REQUIREMENTS
				+ "requirement R2 \"nobody tests this\" refines FunctionalCorrectness {\n\taccept accuracy >= 0.8 on Orders.test\n}\n");
		writeResults(project, """
				{"schema": "assay-results/1", "evidence": [{"suite": "shop.qa.S", "test": "T", "requirements": ["shop.qa.R"],
				 "source": "requirements.assay:8", "metric": "accuracy", "value": 0.95, "lower": 0.9, "upper": 0.98,
				 "confidence": 0.95, "criterion": ">= 0.9", "verdict": "PASS", "message": "accuracy = 0.95: PASS",
				 "lineage": {"inputs": {}, "seeds": {}, "versions": {}}, "details": []}]}
				""");
		build(project);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		org.assay.ui.views.CoverageView coverage = (org.assay.ui.views.CoverageView) page.showView(org.assay.ui.views.CoverageView.ID);
		org.assay.ui.views.ResultsView results = (org.assay.ui.views.ResultsView) page.showView(org.assay.ui.views.ResultsView.ID);
		org.assay.ui.views.TraceMatrixView matrix = (org.assay.ui.views.TraceMatrixView) page.showView(
				org.assay.ui.views.TraceMatrixView.ID);
		for (org.assay.ui.views.ProjectTraceView view : List.of(coverage, results, matrix)) {
			view.show(project);
			assertTrue(waitUntil(() -> project.equals(view.drawnProject()), 20_000), view.getTitle() + " shows the project");
		}
		List<List<String>> gaps = coverage.rows();
		assertTrue(gaps.stream().anyMatch(r -> r.get(0).equals("No test verifies it") && r.get(1).equals("Requirement shop.qa.R2")),
				gaps.toString());
		assertTrue(gaps.stream().anyMatch(r -> r.get(0).equals("No requirement mitigates it")
				&& r.get(1).equals("Hazard shop.Unhandled")), gaps.toString());
		assertEquals(List.of(List.of("shop.qa.S.T", "R", "PASS", "0.9500 [0.9000, 0.9800]", "accuracy >= 0.9",
				"accuracy = 0.95: PASS")), results.rows());
		assertEquals(List.of(List.of("R", "PASS", "PASS"), List.of("R2", "UNVERIFIED", "")), matrix.rows());
	}

	@Test
	public void withGenerationOnTheBuilderGeneratesThePipelinesAndSuites() throws Exception {
		IProject project = assayProject("generating");
		// generation needs a dataset with a source, which the shared model has (a missing file is a warning, not an error)
		write(project, "data.assay", AssayEditorTest.DATA);
		write(project, "requirements.assay", AssayEditorTest.REQUIREMENTS);
		var preferences = new org.eclipse.core.resources.ProjectScope(project).getNode("org.assay.ui");
		preferences.putBoolean("generate", true);
		preferences.flush();
		build(project);
		assertTrue(project.getFile("src/generated/java/shop/PPipelineBase.java").exists(), "the generated pipeline");
		assertTrue(project.getFile("src/generated/test/java/shop/qa/AbstractSTest.java").exists(), "the generated suite");
		assertTrue(project.getFile("src/main/java/shop/PPipeline.java").exists(), "the hand-written subclass, created once");
	}

	@Test
	public void failingRequirementsAreMarkedAndTheReportIsWritten() throws Exception {
		IProject project = assayProject("failing");
		write(project, "data.assay", AssayEditorTest.DATA);
		IFile requirements = write(project, "requirements.assay", AssayEditorTest.REQUIREMENTS);
		build(project);
		assertEquals(0, project.findMarkers(org.assay.ui.AssayUi.EVIDENCE_MARKER_TYPE, false, 2).length, "no results, no verdict");
		writeResults(project, """
				{"schema": "assay-results/1", "evidence": [{"suite": "shop.qa.S", "test": "T", "requirements": ["shop.qa.R"],
				 "source": "requirements.assay:8", "metric": "accuracy", "value": 0.71, "lower": 0.65, "upper": 0.77,
				 "confidence": 0.95, "criterion": ">= 0.9", "verdict": "FAIL", "message": "accuracy = 0.71: FAIL",
				 "lineage": {"inputs": {}, "seeds": {}, "versions": {}}, "details": []}]}
				""");
		build(project);
		org.eclipse.core.resources.IMarker[] evidence = requirements.findMarkers(org.assay.ui.AssayUi.EVIDENCE_MARKER_TYPE, false, 0);
		assertEquals(1, evidence.length);
		assertEquals(4, evidence[0].getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0), "on the requirement");
		assertEquals(org.eclipse.core.resources.IMarker.SEVERITY_ERROR, evidence[0].getAttribute(
				org.eclipse.core.resources.IMarker.SEVERITY, 0));
		assertTrue(evidence[0].getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, "").contains("T FAIL"));

		IFile report = org.assay.ui.ReportWriter.write(project);
		String html = new String(report.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(html.contains("<svg") && html.contains("data-verdict=\"FAIL\"") && html.contains("accuracy = 0.71: FAIL"),
				"the report of the project's evidence");
	}
}
