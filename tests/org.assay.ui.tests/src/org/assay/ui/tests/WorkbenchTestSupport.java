package org.assay.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.assay.ui.AssayUi;
import org.assay.ui.builder.AssayNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/** Projects, files, markers and waiting in a real workbench (the UI thread keeps dispatching while a test waits). */
final class WorkbenchTestSupport {

	private WorkbenchTestSupport() {
	}

	static IProject assayProject(String name) throws CoreException {
		org.eclipse.core.resources.IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
		description.setAutoBuilding(false);
		ResourcesPlugin.getWorkspace().setDescription(description);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		AssayNature.addTo(project, null);
		return project;
	}

	static IFile write(IProject project, String path, String content) throws CoreException {
		IFile file = project.getFile(path);
		ByteArrayInputStream bytes = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(bytes, true, false, null);
		} else {
			file.create(bytes, true, null);
		}
		return file;
	}

	/** Writes {@code target/assay/results.json} as a run of the project's suites would. */
	static void writeResults(IProject project, String json) throws CoreException {
		org.eclipse.core.resources.IFolder target = project.getFolder("target");
		if (!target.exists()) {
			target.create(true, true, null);
		}
		if (!target.getFolder("assay").exists()) {
			target.getFolder("assay").create(true, true, null);
		}
		write(project, "target/assay/results.json", json);
	}

	static void build(IProject project) throws Exception {
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
	}

	static List<IMarker> markers(IFile file) {
		try {
			return Arrays.asList(file.findMarkers(AssayUi.MARKER_TYPE, false, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			return List.of();
		}
	}

	static boolean hasCode(IFile file, String code) {
		return markers(file).stream().anyMatch(m -> m.getAttribute(AssayUi.CODE, "").endsWith(code));
	}

	static String describe(IFile file) {
		return markers(file).stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + m.getAttribute(IMarker.MESSAGE, "")
				+ " [" + m.getAttribute(AssayUi.CODE, "") + "]").toList().toString();
	}

	/** Dispatches UI events until the condition holds or the time is up; returns whether it holds. */
	static boolean waitUntil(BooleanSupplier condition, long timeoutMs) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				return false;
			}
			if (display == null || !display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return true;
	}
}
