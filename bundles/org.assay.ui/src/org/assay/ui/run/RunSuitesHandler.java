package org.assay.ui.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Assay > Run Suites (toolbar, context menu of a project or .assay file, the .assay editor): the project of the
 * selection, else of the active editor, runs as {@link AssaySuitesLaunchShortcut} does.
 */
public class RunSuitesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IProject project = null;
		if (HandlerUtil.getActivePart(event) instanceof org.eclipse.ui.IEditorPart editor) {
			project = AssaySuitesLaunchShortcut.projectOf(editor);
		}
		if (project == null) {
			project = AssaySuitesLaunchShortcut.projectOf(HandlerUtil.getCurrentSelection(event));
		}
		if (project == null) {
			project = AssaySuitesLaunchShortcut.projectOf(HandlerUtil.getActiveEditor(event));
		}
		AssaySuitesLaunchShortcut.launch(project, ILaunchManager.RUN_MODE);
		return null;
	}
}
