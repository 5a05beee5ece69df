package org.assay.ui.tests;

import static org.assay.ui.tests.WorkbenchTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.assay.ui.editor.AssayContentAssistProcessor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The .assay editor in a real workbench: highlighting, live diagnostics while typing, content assist. */
public class AssayEditorTest {

	static final String DATA = """
			namespace shop
			import assay.iso25059.*
			import assay.iso25012.*
			dataset Orders {
				source csv "orders.csv"
				label fraud : category [yes, no]
				feature amount : double range 0 .. *
				split train 80 %, test 20 % seed 1
			}
			hazard Loss "money lost to fraud" severity major likelihood remote
			pipeline P {
				prepare Orders {
					require completeness >= 0.9
				}
				model M : classifier mlp hidden [4]
				train epochs 2 seed 1
			}
			""";

	static final String REQUIREMENTS = """
			namespace shop.qa
			import shop.*
			import assay.iso25059.*
			requirement R "Fraud is caught" refines FunctionalCorrectness mitigates Loss {
				accept accuracy >= 0.9 on Orders.test
			}
			suite S tests P {
				test T verifies R : threshold accuracy on Orders.test
			}
			""";

	@AfterEach
	public void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	public void highlightsKeywordsAndShowsADiagnosticWhileTypingUntilItIsFixed() throws Exception {
		IProject project = assayProject("editor");
		write(project, "data.assay", DATA);
		IFile file = write(project, "requirements.assay", REQUIREMENTS);
		build(project);
		assertTrue(markers(file).isEmpty(), describe(file));

		IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		int keyword = REQUIREMENTS.indexOf("requirement");
		assertTrue(waitUntil(() -> bold(text, keyword), 10_000), "'requirement' is shown as a keyword");
		assertFalse(bold(text, REQUIREMENTS.indexOf("Fraud")), "a string is not a keyword");
		int metric = REQUIREMENTS.indexOf("accuracy");
		assertTrue(waitUntil(() -> italic(text, metric), 15_000), "'accuracy' is coloured as a metric (semantic highlighting)");
		assertTrue(waitUntil(() -> bold(text, REQUIREMENTS.indexOf("R \"Fraud")), 5_000), "a declared name is bold");

		IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
		int threshold = REQUIREMENTS.indexOf("0.9");
		document.replace(threshold, 3, "1.5"); // as if typed: accuracy cannot exceed 1
		assertTrue(waitUntil(() -> hasCode(file, "thresholdOutOfRange"), 15_000), "diagnostic after typing: " + describe(file));
		assertEquals(5, markers(file).get(0).getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0));

		document.replace(threshold, 3, "0.8");
		assertTrue(waitUntil(() -> markers(file).isEmpty(), 15_000), "diagnostic gone after the fix: " + describe(file));
	}

	@Test
	public void contentAssistOffersTheMetricsValidAtTheCursor() throws Exception {
		IProject project = assayProject("assist");
		IFile file = write(project, "data.assay", DATA);
		build(project);
		String text = DATA.replace("require completeness >= 0.9", "require ");
		List<String> labels = AssayContentAssistProcessor.proposals(file, text, text.indexOf("require ") + "require ".length())
				.stream().map(ICompletionProposal::getDisplayString).toList();
		assertTrue(labels.containsAll(List.of("completeness", "validity", "uniqueness")), labels.toString());
		assertFalse(labels.contains("accuracy"), "a model metric is not valid in a data-quality gate: " + labels);
	}

	@Test
	public void aQuickFixChangesTheTextAsIntended() throws Exception {
		IProject project = assayProject("quickfix");
		write(project, "data.assay", DATA);
		IFile file = write(project, "requirements.assay", REQUIREMENTS.replace("accept accuracy >= 0.9", "accept accuracy >= 1.5"));
		build(project);
		org.eclipse.core.resources.IMarker marker = markers(file).stream()
				.filter(m -> m.getAttribute(org.assay.ui.AssayUi.CODE, "").endsWith("thresholdOutOfRange")).findFirst()
				.orElseThrow(() -> new AssertionError(describe(file)));
		org.eclipse.ui.IMarkerResolution[] fixes = org.eclipse.ui.ide.IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = java.util.Arrays.stream(fixes).map(org.eclipse.ui.IMarkerResolution::getLabel).toList();
		assertEquals(List.of("Clamp the threshold to the metric's range"), labels, "the fix the language server offers too");
		fixes[0].run(marker);
		String fixed = new String(file.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(fixed.contains("accept accuracy >= 1 on Orders.test"), fixed);
		build(project);
		assertTrue(markers(file).isEmpty(), describe(file));
	}

	@Test
	public void goToDefinitionJumpsIntoACatalogue() throws Exception {
		IProject project = assayProject("navigation");
		write(project, "data.assay", DATA);
		IFile file = write(project, "requirements.assay", REQUIREMENTS);
		build(project);
		int offset = REQUIREMENTS.indexOf("FunctionalCorrectness") + 3;
		org.assay.ui.editor.AssayHyperlinkDetector.Target target = org.assay.ui.editor.AssayHyperlinkDetector.target(file,
				REQUIREMENTS, offset);
		assertNotNull(target, "a link on the attribute's name");
		assertEquals(REQUIREMENTS.indexOf("FunctionalCorrectness"), target.getHyperlinkRegion().getOffset());
		target.open();
		IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertEquals("iso25059.assay", editor.getEditorInput().getName());
		org.eclipse.jface.text.ITextSelection selection = (org.eclipse.jface.text.ITextSelection) ((ITextEditor) editor)
				.getSelectionProvider().getSelection();
		assertEquals("FunctionalCorrectness", selection.getText(), "the declaration's name is selected");

		int pipeline = REQUIREMENTS.indexOf("tests P") + "tests ".length();
		org.assay.ui.editor.AssayHyperlinkDetector.Target other = org.assay.ui.editor.AssayHyperlinkDetector.target(file,
				REQUIREMENTS, pipeline);
		other.open();
		assertEquals("data.assay", PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor()
				.getEditorInput().getName(), "a declaration in another file of the project");
	}

	@Test
	public void formatLaysOutAMessyModel() throws Exception {
		IProject project = assayProject("format");
		write(project, "data.assay", DATA);
		String messy = REQUIREMENTS.replace("requirement R \"Fraud is caught\" refines", "requirement   R   \"Fraud is caught\"   refines")
				.replace("\taccept accuracy >= 0.9 on Orders.test\n", "accept    accuracy>=0.9   on Orders.test\n");
		IFile file = write(project, "requirements.assay", messy);
		build(project);
		org.eclipse.jface.text.Document document = new org.eclipse.jface.text.Document(messy);
		org.assay.ui.editor.FormatHandler.format(file, document);
		assertTrue(document.get().contains("requirement R \"Fraud is caught\" refines FunctionalCorrectness"), document.get());
		assertTrue(document.get().contains("\n\taccept accuracy >= 0.9 on Orders.test\n"), document.get());
		String formatted = document.get();
		org.assay.ui.editor.FormatHandler.format(file, document);
		assertEquals(formatted, document.get(), "formatting again changes nothing");
	}

	@Test
	public void outlineShowsTheFilesElementsAndSelectsThem() throws Exception {
		IProject project = assayProject("outline");
		write(project, "data.assay", DATA);
		IFile file = write(project, "requirements.assay", REQUIREMENTS);
		build(project);
		IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		org.eclipse.ui.views.contentoutline.ContentOutline outline = (org.eclipse.ui.views.contentoutline.ContentOutline)
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView("org.eclipse.ui.views.ContentOutline");
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(editor);
		assertTrue(waitUntil(() -> outline.getCurrentPage() instanceof org.eclipse.ui.views.contentoutline.ContentOutlinePage page
				&& page.getControl() instanceof org.eclipse.swt.widgets.Tree t && t.getItemCount() > 0, 15_000),
				"the outline lists the file's elements");
		org.eclipse.ui.views.contentoutline.ContentOutlinePage page = (org.eclipse.ui.views.contentoutline.ContentOutlinePage) outline
				.getCurrentPage();
		org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) page.getControl();
		assertTrue(tree.getItem(0).getText().startsWith("shop.qa"), "the model, by its namespace: " + tree.getItem(0).getText());
		List<String> elements = java.util.Arrays.stream(tree.getItem(0).getItems()).map(org.eclipse.swt.widgets.TreeItem::getText)
				.toList();
		assertEquals(List.of("R", "S"), elements, "the requirement and the suite, by short name (polish, #12)");
		org.eclipse.swt.widgets.TreeItem suite = tree.getItem(0).getItem(1);
		assertTrue(((org.assay.ui.editor.OutlineEntry) suite.getData()).children().stream()
				.anyMatch(t -> t.name().equals("T")), "the suite's test");
		page.setSelection(new org.eclipse.jface.viewers.StructuredSelection(suite.getData()));
		org.eclipse.jface.text.ITextSelection selection = (org.eclipse.jface.text.ITextSelection) ((ITextEditor) editor)
				.getSelectionProvider().getSelection();
		assertEquals("S", selection.getText(), "selecting the suite selects its name");
	}

	@Test
	public void findReferencesListsEveryUseAcrossTheProject() throws Exception {
		IProject project = assayProject("references");
		IFile data = write(project, "data.assay", DATA);
		write(project, "requirements.assay", REQUIREMENTS);
		build(project);
		int declaration = DATA.indexOf("Loss");
		org.assay.ui.references.AssayReferences.Result result = org.assay.ui.references.AssayReferences.find(data, DATA,
				declaration + 1);
		assertEquals("shop.Loss", result.element());
		assertEquals(List.of("requirements.assay:4"), result.references().stream().map(r -> r.file() + ":" + r.line()).toList());
		assertTrue(result.references().get(0).lineText().contains("mitigates Loss"), result.references().toString());

		org.assay.ui.references.ReferencesView view = (org.assay.ui.references.ReferencesView) PlatformUI.getWorkbench()
				.getActiveWorkbenchWindow().getActivePage().showView(org.assay.ui.references.ReferencesView.ID);
		view.show(project, org.assay.ui.references.AssayReferences.find(data, DATA, DATA.indexOf("Orders") + 1));
		assertEquals(List.of("data.assay:12 prepare Orders {"), view.rows(), "the dataset itself is prepared by P");
		view.show(project, org.assay.ui.references.AssayReferences.find(data, DATA, DATA.indexOf("test 20") + 1));
		assertEquals(List.of("requirements.assay:5 accept accuracy >= 0.9 on Orders.test",
				"requirements.assay:8 test T verifies R : threshold accuracy on Orders.test"), view.rows(),
				"the partition 'test', in the criterion and in the test");
	}

	@Test
	public void hoverExplainsAMetric() throws Exception {
		IProject project = assayProject("hover");
		write(project, "data.assay", DATA);
		IFile file = write(project, "requirements.assay", REQUIREMENTS);
		build(project);
		String hover = org.assay.ui.editor.AssayTextHover.hover(file, REQUIREMENTS, REQUIREMENTS.indexOf("accuracy") + 2);
		assertNotNull(hover, "a hover on the metric");
		assertTrue(hover.toLowerCase(java.util.Locale.ROOT).contains("accuracy") && hover.contains("0"), hover);
	}

	private static boolean italic(StyledText text, int offset) {
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range != null && (range.fontStyle & SWT.ITALIC) != 0 && range.foreground != null
				&& range.foreground.getRGB().equals(new org.eclipse.swt.graphics.RGB(0, 121, 107));
	}

	private static boolean bold(StyledText text, int offset) {
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range != null && (range.fontStyle & SWT.BOLD) != 0;
	}
}
