package org.assay.ui.tests;

import static org.assay.ui.tests.WorkbenchTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

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

		TraceDiagram.Box requirement = view.diagram().nodes().stream().filter(b -> b.node().id().equals("requirement:shop.qa.R"))
				.findFirst().orElseThrow();
		assertTrue(view.open(requirement), "double-click opens the requirement");
		assertEquals("requirements.assay", page.getActiveEditor().getEditorInput().getName());
	}
}
