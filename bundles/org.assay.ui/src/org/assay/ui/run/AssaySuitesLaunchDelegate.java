package org.assay.ui.run;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.ui.views.ResultsView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Runs an "Assay Suites" configuration: {@code assay run PROJECT} (validate, generate, compile, train, run the suites)
 * in a child JVM ({@link AssayCommandLine}), its output in the process console (the lines the CLI prints), its steps
 * ({@code [k/4] …}) as the launch job's progress; cancelling the job or the console's Terminate ends the run. When it
 * ends the project is refreshed and built, so the builder re-marks the evidence and the Results, Coverage, Trace
 * Matrix and traceability views recompute from the new runs, and the Results view is shown.
 */
public class AssaySuitesLaunchDelegate implements ILaunchConfigurationDelegate {

	private static final Pattern STEP = Pattern.compile("^\\[(\\d)/(\\d)\\] (.*)$", Pattern.MULTILINE);
	private static final int STEPS = 4;

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		IProject project = AssaySuitesLaunch.project(configuration);
		SubMonitor progress = SubMonitor.convert(monitor, "Running the Assay suites of " + project.getName(), STEPS + 1);
		File folder = project.getLocation().toFile();
		List<String> arguments = new java.util.ArrayList<>(List.of("run", folder.getAbsolutePath()));
		String suite = configuration.getAttribute(AssaySuitesLaunch.SUITE, "");
		String test = configuration.getAttribute(AssaySuitesLaunch.TEST, "");
		if (!suite.isEmpty()) {
			arguments.addAll(List.of("--suite", suite));
			if (!test.isEmpty()) {
				arguments.addAll(List.of("--test", test));
			}
		}
		List<String> command;
		try {
			command = AssayCommandLine.command(arguments);
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		Process process = DebugPlugin.exec(command.toArray(String[]::new), folder);
		IProcess shown = DebugPlugin.newProcess(launch, process, "assay run " + project.getName());
		shown.setAttribute(IProcess.ATTR_PROCESS_TYPE, AssaySuitesLaunch.PROCESS_TYPE);
		shown.setAttribute(IProcess.ATTR_CMDLINE, String.join(" ", command));
		int[] done = new int[1];
		if (shown.getStreamsProxy() != null) {
			shown.getStreamsProxy().getOutputStreamMonitor().addListener((text, streamMonitor) -> {
				Matcher step = STEP.matcher(text);
				while (step.find()) {
					int k = Integer.parseInt(step.group(1));
					synchronized (done) {
						if (k > done[0]) {
							progress.worked(k - done[0]);
							done[0] = k;
						}
					}
					progress.subTask(step.group(3));
				}
			});
		}
		try {
			waitFor(shown, progress);
		} finally {
			refresh(project, progress.split(1));
		}
	}

	/** Waits for the run, ending it when the launch job is cancelled. */
	private static void waitFor(IProcess process, IProgressMonitor monitor) throws DebugException {
		while (!process.isTerminated()) {
			if (monitor.isCanceled()) {
				process.terminate();
				return;
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				process.terminate();
				return;
			}
		}
	}

	/** Makes the workspace see the run's files and rebuilds the project's markers and views from them. */
	private static void refresh(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		if (!ResourcesPlugin.getWorkspace().isAutoBuilding()) {
			project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, progress.split(1));
		}
		if (PlatformUI.isWorkbenchRunning()) {
			// after the console has shown the run's last lines (it comes to the front on output, from the UI thread)
			var display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> display.timerExec(CONSOLE_SETTLES_MS, AssaySuitesLaunchDelegate::showResults));
		}
	}

	private static final int CONSOLE_SETTLES_MS = 1_500;

	/** Brings the Results view to the top of its stack, without taking the focus from the editor. */
	private static void showResults() {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0]; // no window has the focus (another application has)
		}
		if (window != null && window.getActivePage() != null) {
			try {
				IWorkbenchPage page = window.getActivePage();
				page.bringToTop(page.showView(ResultsView.ID, null, IWorkbenchPage.VIEW_CREATE));
			} catch (PartInitException e) {
				org.eclipse.core.runtime.ILog.of(AssaySuitesLaunchDelegate.class).warn("cannot show the Assay Results", e);
			}
		}
	}
}
