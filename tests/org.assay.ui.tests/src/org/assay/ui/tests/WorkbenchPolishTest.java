package org.assay.ui.tests;

import static org.assay.ui.tests.WorkbenchTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.assay.trace.Status;
import org.assay.trace.layout.SvgRenderer;
import org.assay.ui.AssayPerspective;
import org.assay.ui.AssayUi;
import org.assay.ui.views.StatusLegend;
import org.assay.ui.views.TraceDiagramView;
import org.assay.ui.wizard.NewAssayProjectWizard;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The workbench as a new user meets it (#12 polish): the product says Assay and opens in the Assay perspective;
 * File > New > Assay Project is one click; the wizard's description is shown whole and the new model opens; the
 * traceability view explains its colours.
 */
public class WorkbenchPolishTest {

	@Test
	public void theProductIsBrandedAssayAndOpensInTheAssayPerspective() throws Exception {
		IProduct product = Platform.getProduct();
		assertNotNull(product, "the tests run the Assay product");
		assertEquals("org.assay.ui.ide", product.getId());
		assertEquals("Assay", product.getName());
		assertEquals("Assay", product.getProperty("appName"));
		assertTrue(product.getProperty("aboutText").startsWith("Assay IDE"), product.getProperty("aboutText"));
		assertEquals("Assay", Display.getCurrent().getAppName(), "the application's name on the desktop");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertTrue(window.getShell().getText().endsWith("Assay"), "the window title names the product: "
				+ window.getShell().getText());
		assertTrue(window.getShell().getImages().length >= 2, "the window has Assay's icons");
		assertEquals(AssayPerspective.ID, PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective(),
				"a new workspace opens in the Assay perspective");

		// Help > About Assay shows the product's about text
		Menu help = submenu(window.getShell().getMenuBar(), "Help");
		MenuItem about = List.of(help.getItems()).stream().filter(i -> label(i).equals("About Assay")).findFirst()
				.orElseThrow(() -> new AssertionError("Help lists About Assay: " + labels(help)));
		Display display = Display.getCurrent();
		AtomicReference<String> aboutText = new AtomicReference<>();
		long end = System.currentTimeMillis() + 20_000;
		Runnable[] reader = new Runnable[1];
		reader[0] = () -> {
			Shell dialog = List.of(display.getShells()).stream().filter(s -> s.isVisible() && "About Assay".equals(s.getText()))
					.findFirst().orElse(null);
			if (dialog == null) {
				if (System.currentTimeMillis() < end) {
					display.timerExec(200, reader[0]);
				}
				return;
			}
			aboutText.set(find(dialog, org.eclipse.swt.custom.StyledText.class).stream()
					.map(org.eclipse.swt.custom.StyledText::getText).reduce("", String::concat));
			dialog.close();
		};
		display.timerExec(200, reader[0]);
		about.notifyListeners(SWT.Selection, new Event());
		assertNotNull(aboutText.get(), "the About Assay dialog opened");
		assertTrue(aboutText.get().startsWith("Assay IDE"), aboutText.get());

		IWorkbenchPage page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(AssayPerspective.ID));
		page.resetPerspective();
		assertEquals("Assay", page.getPerspective().getLabel());
		for (String view : List.of(IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROJECT_EXPLORER,
				TraceDiagramView.ID, org.assay.ui.views.ResultsView.ID)) {
			assertNotNull(page.findViewReference(view), view + " is part of the Assay perspective");
		}
		assertTrue(List.of(page.getShowViewShortcuts()).contains(org.assay.ui.views.SafetyCaseView.ID),
				"Window > Show View lists the safety case");
	}

	@Test
	public void fileNewAssayProjectOpensTheWizardWhoseDescriptionFitsAndFinishingOpensTheModel() throws Exception {
		String name = "from-file-new";
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (existing.exists()) {
			existing.delete(true, true, null);
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getActivePage().closeAllEditors(false);
		Menu newMenu = submenu(submenu(window.getShell().getMenuBar(), "File"), "New");
		List<String> entries = labels(newMenu);
		assertTrue(entries.contains("Assay Project"), "File > New lists Assay Project directly: " + entries);

		Display display = Display.getCurrent();
		AtomicReference<String> seen = new AtomicReference<>();
		List<String> failures = new ArrayList<>();
		Runnable[] driver = new Runnable[1];
		long end = System.currentTimeMillis() + 30_000;
		driver[0] = () -> {
			Shell dialog = List.of(display.getShells()).stream()
					.filter(s -> s.isVisible() && "New Assay Project".equals(s.getText())).findFirst().orElse(null);
			if (dialog == null) {
				if (System.currentTimeMillis() < end) {
					display.timerExec(200, driver[0]);
				}
				return;
			}
			try {
				Text description = find(dialog, Text.class).stream()
						.filter(t -> NewAssayProjectWizard.DESCRIPTION.equals(t.getText())).findFirst().orElse(null);
				if (description == null) {
					failures.add("the page's description is not shown whole; the title area shows " + find(dialog, Text.class)
							.stream().filter(t -> (t.getStyle() & SWT.READ_ONLY) != 0).map(Text::getText).toList());
				} else {
					int needed = description.computeSize(description.getSize().x, SWT.DEFAULT).y;
					seen.set(description.getText() + " needs " + needed + " px of " + description.getSize().y);
					if (needed > description.getSize().y + 2) {
						failures.add("the description is cut off: " + seen.get());
					}
				}
				Text projectName = find(dialog, Text.class).stream().filter(t -> (t.getStyle() & SWT.READ_ONLY) == 0
						&& t.isEnabled()).findFirst().orElseThrow();
				projectName.setFocus();
				projectName.setText(name);
				Button finish = find(dialog, Button.class).stream().filter(b -> b.getText().replace("&", "").equals("Finish"))
						.findFirst().orElseThrow();
				if (!finish.isEnabled()) {
					failures.add("Finish is not enabled after typing a name");
				}
				finish.notifyListeners(SWT.Selection, new Event());
			} catch (RuntimeException e) {
				failures.add(e.toString());
				dialog.close();
			}
		};
		display.timerExec(200, driver[0]);
		MenuItem assayProject = List.of(newMenu.getItems()).stream().filter(i -> label(i).equals("Assay Project")).findFirst()
				.orElseThrow();
		assayProject.notifyListeners(SWT.Selection, new Event()); // opens the wizard; the driver above fills it in

		assertEquals(List.of(), failures);
		assertNotNull(seen.get(), "the wizard was shown");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		assertTrue(project.exists() && project.hasNature(AssayUi.NATURE_ID), "the wizard created the project");
		IEditorPart editor = window.getActivePage().getActiveEditor();
		assertNotNull(editor, "the new model is open");
		assertEquals(name + ".assay", editor.getEditorInput().getName());
	}

	@Test
	public void theTraceabilityViewHasALegendOfItsStatusColours() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		TraceDiagramView view = (TraceDiagramView) page.showView(TraceDiagramView.ID);
		StatusLegend legend = view.legend();
		assertTrue(legend.isVisible() && legend.getSize().y > 0, "the legend is shown under the diagram");
		List<String> texts = legend.texts();
		for (String status : List.of(Status.PASS, Status.WARN, Status.FAIL, Status.UNVERIFIED, Status.ERROR, Status.INCONCLUSIVE,
				Status.STALE, Status.SUSPECT, Status.MISSING)) {
			assertTrue(texts.stream().anyMatch(t -> t.startsWith(status + " — ")), status + " is explained: " + texts);
			ImageData swatch = legend.swatch(status).getImageData();
			RGB drawn = swatch.palette.getRGB(swatch.getPixel(1, 1));
			assertEquals(rgb(SvgRenderer.stroke(status)), drawn, status + " has the colour the diagram outlines it with");
		}
		assertTrue(texts.stream().anyMatch(t -> t.startsWith("suspect link — ")), texts.toString());

		// on screen: each status word next to its colour
		page.activate(view);
		waitUntil(() -> false, 500);
		org.eclipse.swt.graphics.Point size = legend.getSize();
		org.eclipse.swt.graphics.Image shot = new org.eclipse.swt.graphics.Image(legend.getDisplay(), size.x, size.y);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(legend);
		ImageData screen;
		try {
			gc.copyArea(shot, 0, 0);
			screen = shot.getImageData();
		} finally {
			gc.dispose();
			shot.dispose();
		}
		java.util.Set<RGB> colours = new java.util.HashSet<>();
		for (int y = 0; y < screen.height; y++) {
			for (int x = 0; x < screen.width; x++) {
				colours.add(screen.palette.getRGB(screen.getPixel(x, y)));
			}
		}
		for (String status : StatusLegend.MEANINGS.keySet()) {
			assertTrue(colours.contains(rgb(SvgRenderer.stroke(status))), status + "'s colour is shown in the legend");
		}
	}

	static RGB rgb(String hex) {
		return new RGB(Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
				Integer.parseInt(hex.substring(5, 7), 16));
	}

	private static Menu submenu(Menu menu, String label) {
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if (label(item).equals(label) && item.getMenu() != null) {
				item.getMenu().notifyListeners(SWT.Show, new Event());
				return item.getMenu();
			}
		}
		throw new AssertionError("no menu " + label + " in " + labels(menu));
	}

	private static List<String> labels(Menu menu) {
		return List.of(menu.getItems()).stream().map(WorkbenchPolishTest::label).toList();
	}

	private static String label(MenuItem item) {
		String text = item.getText().replace("&", "");
		return text.contains("\t") ? text.substring(0, text.indexOf('\t')) : text;
	}

	static <T extends Control> List<T> find(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type));
			}
		}
		return found;
	}
}
