package org.assay.ui.views;

import java.util.Arrays;
import java.util.function.Consumer;

import org.assay.trace.ProjectTrace;
import org.assay.trace.TraceNode;
import org.assay.ui.AssayUi;
import org.assay.ui.ProjectModels;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of one Assay project's traceability: it follows the project of the .assay editor in use (or shows the first
 * Assay project), computes the project's trace (models and last results) in a job, and recomputes it after each build.
 * A result computed for a project the view no longer shows is dropped.
 */
public abstract class ProjectTraceView extends ViewPart {

	private IProject project;
	private IProject drawn;
	private final Consumer<IProject> onBuilt = built -> {
		if (built.equals(project)) {
			refresh();
		}
	};
	private final IPartListener2 follower = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			IProject edited = projectOf(reference.getPart(false));
			if (edited != null && !edited.equals(project)) {
				show(edited);
			}
		}
	};

	/** Creates the view's widgets. */
	protected abstract void createControls(Composite parent);

	/** The control that is alive as long as the view (to reach the display). */
	protected abstract Control control();

	/** Shows a freshly computed trace (UI thread). */
	protected abstract void update(ProjectTrace trace);

	@Override
	public final void createPartControl(Composite parent) {
		createControls(parent);
		ProjectModels.onBuilt(onBuilt);
		getSite().getPage().addPartListener(follower);
		IProject initial = projectOf(getSite().getPage().getActiveEditor());
		if (initial == null) {
			initial = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(p -> {
				try {
					return p.isOpen() && p.hasNature(AssayUi.NATURE_ID);
				} catch (CoreException e) {
					return false;
				}
			}).findFirst().orElse(null);
		}
		if (initial != null) {
			show(initial);
		}
	}

	@Override
	public void dispose() {
		ProjectModels.removeOnBuilt(onBuilt);
		getSite().getPage().removePartListener(follower);
		super.dispose();
	}

	@Override
	public void setFocus() {
		control().setFocus();
	}

	/** Shows a project's trace (computed in a job; the view updates when it is done). */
	public void show(IProject shown) {
		this.project = shown;
		refresh();
	}

	/** The project whose trace is on display (null before the first one). */
	public IProject drawnProject() {
		return drawn;
	}

	protected IProject project() {
		return project;
	}

	private void refresh() {
		IProject shown = project;
		if (shown == null) {
			return;
		}
		Job job = Job.create("Assay: computing the traceability of " + shown.getName(), monitor -> {
			try {
				ProjectTrace trace = ProjectModels.of(shown).trace();
				Control control = control();
				if (!control.isDisposed()) {
					control.getDisplay().asyncExec(() -> {
						if (!control.isDisposed() && shown.equals(project)) {
							drawn = shown;
							update(trace);
						}
					});
				}
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error("Assay: cannot compute the traceability of " + shown.getName(), e);
			}
		});
		job.setRule(shown);
		job.schedule();
	}

	static IProject projectOf(IWorkbenchPart part) {
		if (part instanceof IEditorPart editor && editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file
				&& org.assay.dsl.headless.ProjectFiles.EXTENSION.equals(file.getFileExtension())) {
			return file.getProject();
		}
		return null;
	}

	/** Opens an element in the editor at the line it is declared on; true when an editor opened. */
	protected boolean open(TraceNode node) {
		if (node == null || node.source() == null || project == null) {
			return false;
		}
		try {
			IFile file = ProjectModels.of(project).file(node.sourceFile());
			if (file == null) {
				return false; // a catalogue element: it lives in the catalogue bundle, not in the project
			}
			IMarker marker = file.createMarker(IMarker.TEXT);
			marker.setAttribute(IMarker.LINE_NUMBER, node.sourceLine());
			IDE.openEditor(getSite().getPage(), marker);
			marker.delete();
			return true;
		} catch (CoreException e) {
			ILog.of(ProjectTraceView.class).error("cannot open " + node.source(), e);
			return false;
		}
	}
}
