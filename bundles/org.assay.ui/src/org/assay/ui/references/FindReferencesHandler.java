package org.assay.ui.references;

import org.assay.ui.editor.AssayEditors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Find References (Ctrl+Shift+G or the context menu's "Find References" in an .assay editor — the Generic Editor's own
 * command, see plugin.xml): computed in a job, shown in the Assay References view.
 */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ITextEditor editor)
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
		Job.create("Assay: finding references", monitor -> {
			try {
				AssayReferences.Result result = AssayReferences.find(file, text, offset);
				if (result != null) {
					editor.getSite().getShell().getDisplay().asyncExec(() -> {
						try {
							((ReferencesView) editor.getSite().getPage().showView(ReferencesView.ID)).show(file.getProject(), result);
						} catch (PartInitException e) {
							org.eclipse.core.runtime.ILog.of(FindReferencesHandler.class).error("cannot show the references", e);
						}
					});
				}
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error("Assay: finding references failed", e);
			}
		}).schedule();
		return null;
	}
}
