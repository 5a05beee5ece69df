package org.assay.ui.run;

import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.assay.ui.ProjectModels;
import org.assay.ui.editor.AssayEditors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Run Assay Suite or Test at Cursor (the .assay editor's context menu, Alt+Shift+X A): the test the cursor is in runs
 * alone, or the suite when the cursor is on the suite's own lines, or every suite of the project elsewhere; each
 * through its own saved "Assay Suites" configuration.
 */
public class RunAtCursorHandler extends AbstractHandler {

	/** What runs: the suite and test names (empty: all). */
	public record Target(String suite, String test) {
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		IFile file = AssayEditors.fileOf(document);
		if (file == null) {
			return null;
		}
		String text = document.get();
		int offset = selection.getOffset();
		Job.create("Assay: finding the suite at the cursor", monitor -> {
			try {
				Target target = targetAt(file, text, offset);
				editor.getSite().getShell().getDisplay().asyncExec(() -> {
					try {
						DebugUITools.launch(AssaySuitesLaunch.of(file.getProject(), target.suite(), target.test()),
								ILaunchManager.RUN_MODE);
					} catch (CoreException e) {
						org.eclipse.jface.dialogs.MessageDialog.openError(editor.getSite().getShell(), "Assay Suites",
								e.getStatus().getMessage());
					}
				});
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error("Assay: cannot find the suite at the cursor", e);
			}
		}).schedule();
		return null;
	}

	/** The suite and test around {@code offset} of {@code text} (the content of {@code file}). */
	public static Target targetAt(IFile file, String text, int offset) throws Exception {
		return ProjectModels.of(file.getProject()).withResource(file, text, resource -> {
			if (resource.getParseResult() == null) {
				return new Target("", "");
			}
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
			EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
			TestCase test = element == null ? null : EcoreUtil2.getContainerOfType(element, TestCase.class);
			TestSuite suite = element == null ? null : EcoreUtil2.getContainerOfType(element, TestSuite.class);
			if (suite == null || suite.getName() == null) {
				return new Target("", "");
			}
			return new Target(suite.getName(), test == null || test.getName() == null ? "" : test.getName());
		});
	}
}
