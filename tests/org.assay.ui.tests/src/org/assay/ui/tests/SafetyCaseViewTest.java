package org.assay.ui.tests;

import static org.assay.ui.tests.WorkbenchTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.trace.gsn.GsnDiagram;
import org.assay.trace.gsn.GsnDiagram.Shape;
import org.assay.trace.gsn.GsnElement;
import org.assay.trace.gsn.GsnElement.Type;
import org.assay.trace.gsn.GsnSvg;
import org.assay.ui.views.SafetyCaseView;
import org.assay.ui.wizard.AssayProjectCreator;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The GSN safety case view (docs/safety-case.md) on the shipped breast-cancer example, as the wizard creates it. */
public class SafetyCaseViewTest {

	@Test
	public void theViewDrawsTheExamplesArgumentFromTheTopGoalToItsHazardsAndEvidence() throws Exception {
		String name = "safety-case-example";
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (existing.exists()) {
			existing.delete(true, true, null);
		}
		IProject project = AssayProjectCreator.create(name, AssayProjectCreator.Template.BREAST_CANCER, null);
		build(project);
		String model = new String(project.getFile("breast-cancer.assay").getContents().readAllBytes(), StandardCharsets.UTF_8);

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SafetyCaseView view = (SafetyCaseView) page.showView(SafetyCaseView.ID);
		view.show(project);
		assertTrue(waitUntil(() -> project.equals(view.drawnProject()), 30_000), "the project's safety case is computed");
		GsnDiagram diagram = view.diagram();

		// the argument the model states: the project's claim, its purpose and context, one goal per hazard
		Matcher title = Pattern.compile("project \\w+ \"([^\"]+)\"").matcher(model);
		assertTrue(title.find(), model);
		GsnElement top = diagram.safetyCase().element("G1");
		assertNotNull(top, "the top goal");
		assertTrue(top.text().startsWith(title.group(1) + ": the ML component is acceptably safe"), top.text());
		List<String> contexts = diagram.safetyCase().elements(Type.CONTEXT).stream().map(GsnElement::text).toList();
		assertTrue(contexts.stream().anyMatch(c -> c.startsWith("Intended purpose: ")), contexts.toString());
		long hazards = Pattern.compile("(?m)^hazard (\\w+)").matcher(model).results().count();
		assertTrue(hazards > 0);
		assertEquals(hazards, diagram.safetyCase().elements(Type.GOAL).stream().filter(g -> g.text().startsWith("Hazard ")).count(),
				"one goal per hazard of the model");
		assertFalse(diagram.safetyCase().elements(Type.SOLUTION).isEmpty(), "solutions: the tests' evidence");
		assertTrue(diagram.safetyCase().elements(Type.SOLUTION).stream().allMatch(s -> "MISSING".equals(s.status())),
				"no run yet: every solution's evidence is missing");

		// the summary line lists what is drawn
		diagram.safetyCase().counts().forEach((type, n) -> assertTrue(view.summary().contains(n + " " + type.label()),
				view.summary() + " lists " + n + " " + type.label()));
		assertTrue(view.summary().contains(diagram.safetyCase().undeveloped().size() + " undeveloped"), view.summary());
		assertEquals(diagram.safetyCase().elements().size(), diagram.shapes().size(), "every element is drawn");

		// what is on screen: each shape filled with its GSN type's colour, links between them
		ImageData image = view.render();
		assertTrue(image.width >= diagram.width() && image.height >= diagram.height(), image.width + " x " + image.height);
		for (Shape shape : diagram.shapes()) {
			Type type = shape.element().type();
			if (type != Type.GOAL && type != Type.CONTEXT) {
				continue;
			}
			Point origin = SafetyCaseView.origin(shape);
			int h = (int) (shape.height() - (shape.element().undeveloped() ? org.assay.trace.gsn.GsnLayout.DIAMOND : 0));
			int x = origin.x + (int) shape.width() - 4; // right of the left-aligned text, inside the 1-2 px outline
			int y = origin.y + h / 2;
			assertEquals(WorkbenchPolishTest.rgb(GsnSvg.fill(type)), image.palette.getRGB(image.getPixel(x, y)),
					shape.element().id() + " (" + type + ") is drawn in its fill colour at " + x + "," + y);
		}
		assertNotNull(view.legend().swatch(GsnElement.UNDEVELOPED), "the legend explains undeveloped goals");
		assertTrue(view.legend().texts().stream().anyMatch(t -> t.startsWith("MISSING — ")), view.legend().texts().toString());
	}
}
