package org.assay.ui.run;

import org.assay.ui.AssayUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

/**
 * Run As > Assay Suites on a project, a .assay file or the .assay editor: runs the project's suites through its saved
 * "Assay Suites" launch configuration (created and saved on first use, so Run > Run History re-runs it).
 */
public class AssaySuitesLaunchShortcut implements ILaunchShortcut2 {

	@Override
	public void launch(ISelection selection, String mode) {
		launch(projectOf(selection), mode);
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		launch(projectOf(editor), mode);
	}

	/** Runs the suites of {@code project} (in a background job: the launch). */
	public static void launch(IProject project, String mode) {
		if (project == null) {
			MessageDialog.openInformation(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Assay Suites",
					"Select an Assay project or a .assay file (or open a .assay file) to run its suites.");
			return;
		}
		try {
			DebugUITools.launch(AssaySuitesLaunch.of(project), mode == null ? ILaunchManager.RUN_MODE : mode);
		} catch (CoreException e) {
			MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Assay Suites",
					e.getStatus().getMessage());
		}
	}

	/** The Assay project of the first selected resource, or null. */
	public static IProject projectOf(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IAdaptable adaptable
				&& adaptable.getAdapter(IResource.class) instanceof IResource resource) {
			return assay(resource.getProject());
		}
		return null;
	}

	/** The Assay project of the file in the editor, or null. */
	public static IProject projectOf(IEditorPart editor) {
		return editor != null && editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file ? assay(file.getProject())
				: null;
	}

	private static IProject assay(IProject project) {
		try {
			return project != null && project.isOpen() && project.hasNature(AssayUi.NATURE_ID) ? project : null;
		} catch (CoreException e) {
			return null;
		}
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
		return configurations(projectOf(selection));
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
		return configurations(projectOf(editor));
	}

	private static ILaunchConfiguration[] configurations(IProject project) {
		if (project == null) {
			return null;
		}
		try {
			return new ILaunchConfiguration[] { AssaySuitesLaunch.of(project) };
		} catch (CoreException e) {
			return null;
		}
	}

	@Override
	public IResource getLaunchableResource(ISelection selection) {
		return projectOf(selection);
	}

	@Override
	public IResource getLaunchableResource(IEditorPart editor) {
		return projectOf(editor);
	}
}
