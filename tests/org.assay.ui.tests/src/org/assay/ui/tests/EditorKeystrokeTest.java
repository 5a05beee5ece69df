package org.assay.ui.tests;

import static org.assay.ui.tests.AssayEditorTest.DATA;
import static org.assay.ui.tests.AssayEditorTest.REQUIREMENTS;
import static org.assay.ui.tests.WorkbenchTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.ui.AssayUi;
import org.assay.ui.editor.AssayContentAssistProcessor;
import org.assay.ui.references.ReferencesView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The editor driven by the keyboard, as a user drives it (issue #12): content assist, quick fix, undo/revert, Find
 * References and the messages shown while typing. Keys are real X events (see {@link Keys}).
 */
public class EditorKeystrokeTest {

	private static final RGB METRIC = new RGB(0, 121, 107);

	@AfterEach
	public void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	public void acceptingAProposalLeavesTheCursorAfterTheInsertedWord() throws Exception {
		String model = REQUIREMENTS.replace("\taccept accuracy >= 0.9 on Orders.test\n", "\taccept \n");
		StyledText text = open("assist", model);
		text.setCaretOffset(model.indexOf("accept ") + "accept ".length());

		Keys.chord(' ', SWT.CTRL);
		List<String> shown = Keys.popupRows(20_000);
		assertFalse(shown.isEmpty(), "Ctrl+Space opens the proposals");
		Keys.toPopup(text, SWT.CR, '\r');
		Keys.focus(text);
		// no letters and no dot: a popup opening (word completion, assist after '.') takes the keys under Xvfb
		Keys.type(" >= 1", 30);

		Pattern expected = Pattern.compile("\taccept (\\w+) >= 1\n");
		waitUntil(() -> expected.matcher(text.getText()).find(), 5_000);
		Matcher line = expected.matcher(text.getText());
		assertTrue(line.find(), "the keys typed after the proposal follow it: " + text.getText());
		assertTrue(shown.contains(line.group(1)), line.group(1) + " is a proposal of " + shown);
	}

	@Test
	public void eachProposalIsShownOnceWithItsDefinition() throws Exception {
		String model = REQUIREMENTS.replace("\taccept accuracy >= 0.9 on Orders.test\n", "\taccept \n");
		StyledText text = open("proposals", model);
		int offset = model.indexOf("accept ") + "accept ".length();
		text.setCaretOffset(offset);

		Keys.chord(' ', SWT.CTRL);
		List<String> shown = Keys.popupRows(20_000);
		Keys.toPopup(text, SWT.ESC, (char) 27);
		assertTrue(shown.contains("accuracy"), shown.toString());
		List<String> simple = shown.stream().map(s -> s.substring(s.lastIndexOf('.') + 1)).toList();
		assertEquals(new HashSet<>(simple).size(), simple.size(), "each metric once, not also by qualified name: " + shown);

		IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject("proposals").getFile("requirements.assay");
		ICompletionProposal accuracy = AssayContentAssistProcessor.proposals(file, model, offset).stream()
				.filter(p -> p.getDisplayString().startsWith("accuracy")).findFirst().orElseThrow();
		String info = accuracy.getAdditionalProposalInfo();
		assertNotNull(info, "the proposal explains the metric");
		assertTrue(info.contains("range") && info.toLowerCase(Locale.ROOT).contains("accuracy"), info);
	}

	@Test
	public void ctrl1OnAMisspeltMetricOffersTheCloseNamesAndApplies() throws Exception {
		String model = REQUIREMENTS.replace("accept accuracy >= 0.9", "accept acuracy >= 0.9");
		StyledText text = open("quickfix", model);
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject("quickfix").getFile("requirements.assay");
		assertTrue(waitUntil(() -> markers(file).stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("acuracy")),
				20_000), describe(file));
		IMarker marker = markers(file).stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("acuracy")).findFirst()
				.orElseThrow();
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		assertFalse(message.contains("import assay.iso25059"), "the file imports that catalogue already: " + message);

		text.setCaretOffset(model.indexOf("acuracy") + 2);
		Keys.chord('1', SWT.CTRL);
		List<String> fixes = Keys.popupRows(20_000);
		assertTrue(fixes.contains("Change to 'accuracy'"), "Ctrl+1 offers the close name: " + fixes);
		assertTrue(fixes.size() <= 4, "a few fixes at most: " + fixes);
		int index = fixes.indexOf("Change to 'accuracy'");
		for (int i = 0; i < index; i++) {
			Keys.toPopup(text, SWT.ARROW_DOWN, (char) 0);
		}
		Keys.toPopup(text, SWT.CR, '\r');
		assertTrue(waitUntil(() -> text.getText().contains("accept accuracy >= 0.9"), 10_000), text.getText());
		assertTrue(waitUntil(() -> markers(file).isEmpty(), 20_000), "fixed: " + describe(file));
	}

	@Test
	public void semanticColoursAreThereFromOpeningAndSurviveUndoAndRevert() throws Exception {
		StyledText text = open("colours", REQUIREMENTS);
		int metric = REQUIREMENTS.indexOf("accuracy") + 1;
		assertTrue(waitUntil(() -> metric(text, metric), 10_000), "coloured once opened");

		// typed inside the requirement's title: the model stays valid, the names after it move by two characters (digits:
		// letters may open word completion, whose popup takes the next keys under Xvfb)
		text.setCaretOffset(REQUIREMENTS.indexOf("caught") + "caught".length());
		Keys.type("12", 30);
		assertTrue(waitUntil(() -> text.getText().contains("caught12"), 5_000), "the keys reached the editor: " + text.getText());
		assertTrue(waitUntil(() -> metric(text, metric + 2), 10_000), "coloured after typing");
		Keys.focus(text);
		Keys.chord('z', SWT.CTRL);
		waitUntil(() -> text.getText().replace("\r", "").equals(REQUIREMENTS), 5_000);
		assertEquals(REQUIREMENTS, text.getText().replace("\r", ""), "Ctrl+Z undid the typing");
		Keys.dispatch(text.getDisplay(), 1500);
		assertTrue(waitUntil(() -> metric(text, metric), 10_000), "coloured after undo: " + text.getStyleRangeAtOffset(metric));
		Keys.dispatch(text.getDisplay(), 1500);
		assertTrue(metric(text, metric), "still coloured a while after undo");

		Keys.type("34", 30);
		assertTrue(waitUntil(() -> text.getText().contains("caught34"), 5_000), text.getText());
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.revert", null);
		assertEquals(REQUIREMENTS, text.getText().replace("\r", ""), "reverted");
		Keys.dispatch(text.getDisplay(), 1500);
		assertTrue(waitUntil(() -> metric(text, metric), 10_000), "coloured after revert: " + text.getStyleRangeAtOffset(metric));
		Keys.dispatch(text.getDisplay(), 1500);
		assertTrue(metric(text, metric), "still coloured a while after revert");
	}

	@Test
	public void ctrlShiftGOnADeclarationListsItsUses() throws Exception {
		IProject project = assayProject("ctrlshiftg");
		IFile data = write(project, "data.assay", DATA);
		write(project, "requirements.assay", REQUIREMENTS);
		build(project);
		ReferencesView before = (ReferencesView) page().findView(ReferencesView.ID);
		if (before != null) {
			page().hideView(before);
		}
		IEditorPart editor = IDE.openEditor(page(), data);
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		Keys.focus(text);
		text.setCaretOffset(DATA.indexOf("hazard Loss") + "hazard Lo".length());

		Keys.chord('g', SWT.CTRL, SWT.SHIFT);
		assertTrue(waitUntil(() -> page().findView(ReferencesView.ID) instanceof ReferencesView view && !view.rows().isEmpty(),
				20_000), "Ctrl+Shift+G opens the references");
		assertEquals(List.of("requirements.assay:4 requirement R \"Fraud is caught\" refines FunctionalCorrectness mitigates Loss {"),
				((ReferencesView) page().findView(ReferencesView.ID)).rows());
	}

	@Test
	public void messagesWhileTypingIncompleteInputAreAssaysOwn() throws Exception {
		String model = DATA.replace("\t\ttrain epochs 2 seed 1\n", "");
		StyledText text = open("typing", "data.assay", model);
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject("typing").getFile("data.assay");
		List<String> seen = Collections.synchronizedList(new ArrayList<>());
		IResourceChangeListener listener = event -> {
			for (IMarkerDelta delta : event.findMarkerDeltas(AssayUi.MARKER_TYPE, false)) {
				if (delta.getKind() != org.eclipse.core.resources.IResourceDelta.REMOVED) {
					seen.add(delta.getMarker().getAttribute(IMarker.MESSAGE, ""));
				}
			}
		};
		ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
		try {
			// each prefix of these lines is an incomplete input the user sees diagnostics for
			type(text, model.indexOf("\t\tmodel M"), "\t\ttrain epochs 3 seed 7\n");
			type(text, text.getText().indexOf("split train"), "split train 70 %, test 30 % seed 2\n\t");
			type(text, text.getText().indexOf("hazard Loss"), "hazard Bias \"b\" severity minor likelihood rare\n");
			// a number left out: once "ValueConverter returned null for primitive feature threshold"
			type(text, text.getText().length(), "requirement Q refines FunctionalCorrectness {\n\taccept accuracy change >= "
					+ "versus baseline \"m\"\n}\n");
		} finally {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener);
		}
		assertFalse(seen.isEmpty(), "incomplete input showed diagnostics");
		List<String> internal = seen.stream().filter(EditorKeystrokeTest::internal).distinct().toList();
		assertEquals(List.of(), internal, "messages in Xtext's or Java's words among " + new HashSet<>(seen));
	}

	private static final Pattern INTERNAL = Pattern.compile("ValueConverter|RULE_|mismatched input|no viable alternative|"
			+ "extraneous input|missing EOF|\\(\\.\\.\\.\\)|Couldn't resolve reference|Exception|java\\.|org\\.eclipse|\\bnull\\b|"
			+ "required feature|Impl\\b|@[0-9a-f]{4,}");

	private static boolean internal(String message) {
		return INTERNAL.matcher(message).find();
	}

	/** Types {@code keys} at {@code offset}, pausing after each key long enough for a diagnostic of that prefix. */
	private static void type(StyledText text, int offset, String keys) {
		text.setCaretOffset(offset);
		for (char c : keys.toCharArray()) {
			Keys.type(String.valueOf(c), 350);
		}
	}

	private static StyledText open(String projectName, String requirements) throws Exception {
		return open(projectName, "requirements.assay", requirements);
	}

	/** A built project with {@code data.assay} and {@code fileName}, that file open in the editor and focused. */
	private static StyledText open(String projectName, String fileName, String content) throws Exception {
		IProject project = assayProject(projectName);
		IFile file = write(project, "data.assay", DATA);
		file = write(project, fileName, content);
		build(project);
		IEditorPart editor = IDE.openEditor(page(), file);
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		Keys.focus(text);
		return text;
	}

	private static boolean metric(StyledText text, int offset) {
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range != null && range.foreground != null && range.foreground.getRGB().equals(METRIC);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
