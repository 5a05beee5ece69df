package org.assay.ui.tests;

import static org.assay.ui.tests.WorkbenchTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.assay.ui.AssayUi;
import org.assay.ui.run.AssaySuitesLaunch;
import org.assay.ui.views.CoverageView;
import org.assay.ui.views.ResultsView;
import org.assay.ui.views.TraceMatrixView;
import org.assay.ui.wizard.AssayProjectCreator;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * Run As > Assay Suites in the workbench: a project made by the New Assay Project wizard (the German credit example,
 * which fails its fairness requirement by design) is selected in the Project Explorer and run with the Run Assay Suites
 * command (the toolbar button's and the context menu's). The run is the CLI's, in a child JVM: its lines are in the
 * console, its verdicts in the Results view, the Trace Matrix and Coverage views recompute, the failing requirement
 * gets an evidence marker, a failing row opens the editor at its test, and its details show the interval and
 * lineage. The run's configuration is saved for re-runs. A screenshot of the workbench with the results is written
 * to target/screenshots/run-results.png.
 */
public class RunSuitesTest {

	private static final long RUN_TIMEOUT_MS = 8 * 60_000;

	@Test
	public void runningAWizardProjectShowsVerdictsConsoleAndMarkers() throws Exception {
		String name = "credit run";
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (existing.exists()) {
			existing.delete(true, true, null);
		}
		IProject project = AssayProjectCreator.create(name, AssayProjectCreator.Template.GERMAN_CREDIT, null);
		build(project);
		assertFalse(project.getFile("assay").exists(), "the project has no ./assay script: the IDE runs it as it is");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ResultsView results = (ResultsView) page.showView(ResultsView.ID);
		TraceMatrixView matrix = (TraceMatrixView) page.showView(TraceMatrixView.ID);
		CoverageView coverage = (CoverageView) page.showView(CoverageView.ID);
		results.show(project);
		matrix.show(project);
		coverage.show(project);
		assertTrue(waitUntil(() -> project.equals(results.drawnProject()) && project.equals(matrix.drawnProject())
				&& project.equals(coverage.drawnProject()), 60_000), "the views show the new project");
		long withoutResult = coverage.rows().stream().filter(r -> r.get(0).equals("No current result")).count();
		assertTrue(withoutResult > 0, "no run yet: " + coverage.rows());

		// select the project in the Project Explorer and run the command its context menu and the toolbar offer
		var explorer = page.showView("org.eclipse.ui.navigator.ProjectExplorer");
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(project));
		page.activate(explorer);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.assay.ui.runSuites", null);

		assertTrue(waitUntil(() -> launchOf(project) != null, 60_000), "a launch of the project's suites started");
		ILaunch launch = launchOf(project);
		assertTrue(waitUntil(launch::isTerminated, RUN_TIMEOUT_MS), "the run ends");
		assertTrue(waitUntil(() -> consoleText(launch).contains("test(s) run"), 30_000), consoleText(launch));
		String console = consoleText(launch);
		assertTrue(console.contains("[1/4] validating and generating credit run"), console);
		assertTrue(console.contains("[2/4] compiling the generated code"), console);
		assertTrue(console.contains("[4/4] results"), console);
		assertTrue(console.contains("ApprovalParity") && console.contains("FAIL"), console);
		assertEquals(1, launch.getProcesses()[0].getExitValue(), "exit code 1: the quality gate failed (" + console + ")");

		// the views recompute from the new run
		assertTrue(waitUntil(() -> results.rows().stream().anyMatch(r -> r.get(2).equals("FAIL"))
				&& results.rows().stream().anyMatch(r -> r.get(2).equals("PASS")), 60_000), "verdicts: " + results.rows());
		assertTrue(waitUntil(() -> matrix.rows().stream().anyMatch(r -> r.contains("FAIL")), 60_000), "matrix: " + matrix.rows());
		assertTrue(waitUntil(() -> coverage.rows().stream().filter(r -> r.get(0).equals("No current result")).count()
				< withoutResult, 60_000), "coverage: " + coverage.rows());
		// the failing requirement is marked in the model
		IFile model = project.getFile("german-credit.assay");
		assertTrue(waitUntil(() -> evidenceErrors(project) > 0, 60_000), "an evidence marker on the failing requirement");
		assertTrue(Arrays.stream(project.findMarkers(AssayUi.EVIDENCE_MARKER_TYPE, false, IResource.DEPTH_INFINITE))
				.allMatch(m -> m.getResource().equals(model)));

		// a failing row: its details, then a double-click opens the editor at the test
		int failing = results.rows().indexOf(results.rows().stream().filter(r -> r.get(2).equals("FAIL")).findFirst().orElseThrow());
		String test = results.rows().get(failing).get(0);
		Table table = results.table();
		table.setSelection(failing);
		table.notifyListeners(SWT.Selection, new Event());
		String details = results.details();
		assertTrue(details.contains("verdict     FAIL"), details);
		assertTrue(details.contains("interval    ["), details);
		assertTrue(details.contains("lineage:") && details.contains("german_credit.csv"), details);
		table.notifyListeners(SWT.DefaultSelection, new Event());
		assertTrue(waitUntil(() -> page.getActiveEditor() instanceof ITextEditor, 10_000));
		ITextEditor editor = (ITextEditor) page.getActiveEditor();
		assertEquals(model, editor.getEditorInput().getAdapter(IFile.class));
		int line = ((ITextSelection) editor.getSelectionProvider().getSelection()).getStartLine() + 1;
		String simpleName = test.substring(test.lastIndexOf('.') + 1);
		List<String> lines = Files.readAllLines(model.getLocation().toFile().toPath());
		assertTrue(lines.get(line - 1).contains("test " + simpleName), "line " + line + ": " + lines.get(line - 1));

		// the configuration is saved: the next run (Run History, the shortcut) uses it again
		ILaunchConfiguration configuration = launch.getLaunchConfiguration();
		assertTrue(configuration.exists() && !configuration.isWorkingCopy());
		assertEquals(name, configuration.getAttribute(AssaySuitesLaunch.PROJECT, ""));
		assertEquals(configuration, AssaySuitesLaunch.of(project));
		assertArrayEquals(new ILaunchConfiguration[] { configuration }, new org.assay.ui.run.AssaySuitesLaunchShortcut()
				.getLaunchConfigurations(new StructuredSelection(model)), "Run As > Assay Suites on the .assay file reuses it");

		Screenshots.workbench("run-results.png");
	}

	/** Run Assay Suite or Test at Cursor with the cursor in a test of the editor: only that test runs. */
	@Test
	public void theTestAtTheCursorRunsAlone() throws Exception {
		String name = "credit one test";
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (existing.exists()) {
			existing.delete(true, true, null);
		}
		IProject project = AssayProjectCreator.create(name, AssayProjectCreator.Template.GERMAN_CREDIT, null);
		build(project);
		IFile model = project.getFile("german-credit.assay");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ITextEditor editor = (ITextEditor) org.eclipse.ui.ide.IDE.openEditor(page, model);
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		int offset = text.indexOf("test Accuracy") + "test Acc".length();
		assertTrue(offset > 10, text);
		editor.selectAndReveal(offset, 0);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.assay.ui.runAtCursor", null);
		assertTrue(waitUntil(() -> launchOf(project) != null, 60_000), "a launch of the test started");
		ILaunch launch = launchOf(project);
		assertEquals("ScoringQA", launch.getLaunchConfiguration().getAttribute(AssaySuitesLaunch.SUITE, ""));
		assertEquals("Accuracy", launch.getLaunchConfiguration().getAttribute(AssaySuitesLaunch.TEST, ""));
		assertTrue(waitUntil(launch::isTerminated, RUN_TIMEOUT_MS), "the run ends");
		assertTrue(waitUntil(() -> consoleText(launch).contains("test(s) run"), 30_000), consoleText(launch));
		String console = consoleText(launch);
		assertTrue(console.contains("training and running the test ScoringQA.Accuracy"), console);
		assertTrue(console.contains("1 test(s) run"), console);
		assertFalse(console.contains("ApprovalParity"), console);
		assertEquals(0, launch.getProcesses()[0].getExitValue(), console);
	}

	private static ILaunch launchOf(IProject project) {
		return Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getLaunches()).filter(l -> {
			try {
				return l.getLaunchConfiguration() != null
						&& project.getName().equals(l.getLaunchConfiguration().getAttribute(AssaySuitesLaunch.PROJECT, ""))
						&& l.getProcesses().length > 0;
			} catch (Exception e) {
				return false;
			}
		}).reduce((a, b) -> b).orElse(null);
	}

	/** The text of the launch's process console, as the Console view shows it. */
	private static String consoleText(ILaunch launch) {
		StringBuilder text = new StringBuilder();
		for (IConsole console : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
			if (console instanceof TextConsole textConsole && console instanceof org.eclipse.debug.ui.console.IConsole process
					&& process.getProcess().getLaunch() == launch) {
				text.append(textConsole.getDocument().get());
			}
		}
		return text.toString();
	}

	private static long evidenceErrors(IProject project) {
		try {
			return Arrays.stream(project.findMarkers(AssayUi.EVIDENCE_MARKER_TYPE, false, IResource.DEPTH_INFINITE))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
		} catch (Exception e) {
			return 0;
		}
	}
}
