package org.assay.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.assay.trace.ProjectTrace;
import org.assay.trace.report.HtmlReport;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Assay > Write Report: the project's HTML assurance report (the same file {@code assay report} writes, from the same
 * code), written to {@code target/assay/report.html} in a job and opened by {@link ReportOpener} (internal browser,
 * system browser, or a message saying where the file is).
 */
public class ReportWriter extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IProject project = null;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof IAdaptable adaptable) {
			IResource resource = adaptable.getAdapter(IResource.class);
			project = resource == null ? null : resource.getProject();
		}
		if (project == null && HandlerUtil.getActiveEditor(event) != null
				&& HandlerUtil.getActiveEditor(event).getEditorInput().getAdapter(IFile.class) instanceof IFile file) {
			project = file.getProject();
		}
		if (project == null) {
			return null;
		}
		IProject target = project;
		Job.create("Assay: writing the report of " + project.getName(), monitor -> {
			try {
				IFile report = write(target);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> ReportOpener.open(report));
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error("Assay: cannot write the report of " + target.getName(), e);
			}
		}).schedule();
		return null;
	}

	/** Writes the report of a project and returns it. */
	public static IFile write(IProject project) throws Exception {
		ProjectTrace trace = ProjectModels.of(project).trace();
		IFile file = project.getFile("target/assay/report.html");
		create(file.getParent());
		ByteArrayInputStream html = new ByteArrayInputStream(HtmlReport.render(trace, trace.title()).getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(html, true, false, null);
		} else {
			file.create(html, true, null);
		}
		return file;
	}

	private static void create(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			create(folder.getParent());
			folder.create(true, true, null);
		}
	}
}
