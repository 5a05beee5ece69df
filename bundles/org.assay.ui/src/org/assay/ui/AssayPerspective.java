package org.assay.ui;

import org.assay.ui.views.CoverageView;
import org.assay.ui.views.ResultsView;
import org.assay.ui.views.SafetyCaseView;
import org.assay.ui.views.TraceDiagramView;
import org.assay.ui.views.TraceMatrixView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Assay perspective, the product's default: projects on the left, the editor in the middle, its outline on the
 * right, and below the traceability diagram, the results of the last run and the problems — the places a user looks
 * at while writing a model and reading its verdicts. File > New offers Assay Project directly.
 */
public class AssayPerspective implements IPerspectiveFactory {

	public static final String ID = "org.assay.ui.perspective";
	/** The console of runs (added by the run launcher); the perspective keeps its place at the bottom. */
	public static final String CONSOLE = "org.eclipse.ui.console.ConsoleView";
	public static final String BOTTOM = "org.assay.ui.perspective.bottom";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editor = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("org.assay.ui.perspective.left", IPageLayout.LEFT, 0.2f, editor);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout right = layout.createFolder("org.assay.ui.perspective.right", IPageLayout.RIGHT, 0.75f, editor);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.6f, editor);
		bottom.addView(TraceDiagramView.ID);
		bottom.addView(ResultsView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		// places for the views a user opens from Window > Show View (and the run's console)
		bottom.addPlaceholder(CONSOLE);
		bottom.addPlaceholder(SafetyCaseView.ID);
		bottom.addPlaceholder(TraceMatrixView.ID);
		bottom.addPlaceholder(CoverageView.ID);
		bottom.addPlaceholder(org.assay.ui.references.ReferencesView.ID);

		layout.addNewWizardShortcut("org.assay.ui.newProject");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
		for (String view : new String[] { TraceDiagramView.ID, SafetyCaseView.ID, TraceMatrixView.ID, CoverageView.ID,
				ResultsView.ID, org.assay.ui.references.ReferencesView.ID, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW,
				IPageLayout.ID_PROJECT_EXPLORER }) {
			layout.addShowViewShortcut(view);
		}
		layout.addPerspectiveShortcut("org.eclipse.ui.resourcePerspective");
	}
}
