package org.assay.ui.tests;

import static org.assay.ui.tests.WorkbenchTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assay.ui.editor.AssayTextHover;
import org.assay.ui.editor.OutlineEntry;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Found (#12): outline entries were qualified names without icons, and a long hover ran off the hover's right edge.
 */
public class OutlineAndHoverTest {

	@AfterEach
	public void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	public void outlineShowsShortNamesWithAnIconPerKind() throws Exception {
		IProject project = assayProject("outline-icons");
		IFile data = write(project, "data.assay", AssayEditorTest.DATA);
		write(project, "requirements.assay", AssayEditorTest.REQUIREMENTS);
		build(project);
		IEditorPart editor = IDE.openEditor(page(), data);
		ContentOutline outline = (ContentOutline) page().showView("org.eclipse.ui.views.ContentOutline");
		page().activate(editor);
		assertTrue(waitUntil(() -> outline.getCurrentPage() instanceof ContentOutlinePage p && p.getControl() instanceof Tree t
				&& t.getItemCount() > 0, 20_000), "the outline lists the file's elements");
		Tree tree = (Tree) ((ContentOutlinePage) outline.getCurrentPage()).getControl();
		List<TreeItem> items = CatalogueEditorTest.all(tree.getItems());
		List<String> names = items.stream().map(TreeItem::getText).toList();
		assertEquals("shop", names.get(0), "the model, by its namespace");
		assertTrue(names.containsAll(List.of("Orders", "fraud", "amount", "Loss", "P", "M")), names.toString());
		assertTrue(names.stream().noneMatch(n -> n.contains(".") && !n.equals("shop")), "no qualified names: " + names);
		assertTrue(names.stream().noneMatch(n -> n.matches(".*(Impl|Dataset|Feature|Hazard|Pipeline)\\b.*")),
				"no EMF class names: " + names);
		assertTrue(items.stream().allMatch(i -> i.getImage() != null), "every entry has an icon");

		TreeItem dataset = item(items, "Orders");
		TreeItem hazard = item(items, "Loss");
		TreeItem pipeline = item(items, "P");
		TreeItem feature = item(items, "amount");
		assertEquals("Dataset", ((OutlineEntry) dataset.getData()).kind());
		assertEquals("Hazard", ((OutlineEntry) hazard.getData()).kind());
		List<ImageData> icons = List.of(dataset, hazard, pipeline, feature).stream().map(i -> i.getImage().getImageData()).toList();
		for (int i = 0; i < icons.size(); i++) {
			for (int j = i + 1; j < icons.size(); j++) {
				assertFalse(Arrays.equals(icons.get(i).data, icons.get(j).data), "each kind has its own icon (" + i + ", " + j + ")");
			}
		}
		assertSame(item(items, "fraud").getImage(), feature.getImage(), "two features share the feature icon");
	}

	@Test
	public void aLongHoverWrapsToTheHoversWidthAndShowsEveryWord() throws Exception {
		IProject project = assayProject("hover-wrap");
		write(project, "data.assay", AssayEditorTest.DATA);
		IFile file = write(project, "requirements.assay", AssayEditorTest.REQUIREMENTS);
		build(project);
		IEditorPart editor = IDE.openEditor(page(), file);
		StyledText editorText = (StyledText) editor.getAdapter(Control.class);
		String hover = AssayTextHover.hover(file, AssayEditorTest.REQUIREMENTS, AssayEditorTest.REQUIREMENTS.indexOf("accuracy") + 2);
		assertNotNull(hover);
		assertTrue(hover.length() > 250 && hover.contains("Definition: mean over rows"), "the long definition of accuracy: " + hover);

		// the hover control as the editor's hover manager creates it: the size constraints of a text viewer's hover
		GC measure = new GC(editorText);
		int charWidth = (int) measure.getFontMetrics().getAverageCharacterWidth();
		int lineHeight = measure.getFontMetrics().getHeight();
		measure.dispose();
		int maxWidth = 100 * charWidth;
		int maxHeight = 12 * lineHeight;
		IInformationControl control = new AssayTextHover().getHoverControlCreator().createInformationControl(editorText.getShell());
		try {
			control.setSizeConstraints(maxWidth, maxHeight);
			if (control instanceof IInformationControlExtension2 extension) {
				extension.setInput(hover);
			} else {
				control.setInformation(hover);
			}
			Point size = control.computeSizeHint();
			control.setSize(size.x, size.y);
			control.setLocation(new Point(10, 10));
			control.setVisible(true);
			StyledText shown = find(shell(control, editorText.getShell()));
			assertNotNull(shown, "the hover shows its text");
			String text = shown.getText();
			assertTrue(text.split("\n").length > hover.split("\n").length, "the long lines wrapped: " + text);
			assertEquals(words(hover), words(text), "every word is shown, in order: nothing is cut off");
			GC gc = new GC(shown);
			try {
				int clientWidth = shown.getClientArea().width;
				for (String line : text.split("\n")) {
					assertTrue(gc.textExtent(line).x <= clientWidth, "'" + line + "' fits the hover (" + gc.textExtent(line).x
							+ " > " + clientWidth + " px)");
				}
			} finally {
				gc.dispose();
			}
			assertTrue(size.x <= maxWidth + 40, "the hover keeps to its width: " + size.x);
		} finally {
			control.dispose();
		}
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
	}

	private static Shell shell(IInformationControl control, Shell parent) {
		List<Shell> shells = new ArrayList<>(Arrays.asList(parent.getShells()));
		return shells.stream().filter(Shell::isVisible).reduce((a, b) -> b).orElse(null);
	}

	private static StyledText find(Composite parent) {
		if (parent == null) {
			return null;
		}
		for (Control child : parent.getChildren()) {
			if (child instanceof StyledText text) {
				return text;
			}
			if (child instanceof Composite composite && find(composite) != null) {
				return find(composite);
			}
		}
		return null;
	}

	private static TreeItem item(List<TreeItem> items, String name) {
		return items.stream().filter(i -> i.getText().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
