package org.assay.ui.editor;

import java.util.List;

import org.assay.ui.AssayUi;
import org.assay.ui.ProjectModels;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;

/** Format (Ctrl+Shift+F in an .assay editor): the language's formatter, as the language server formats, with tabs. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof ITextEditor text) {
			IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
			IFile file = AssayEditors.fileOf(document);
			if (file != null) {
				try {
					format(file, document);
				} catch (Exception e) {
					ILog.of(FormatHandler.class).error("Assay: formatting " + file.getFullPath() + " failed", e);
				}
			}
		}
		return null;
	}

	/** Formats the document (the content of {@code file}) in place. */
	public static void format(IFile file, IDocument document) throws Exception {
		String text = document.get();
		Document lsp = new Document(1, text);
		FormattingService service = AssayUi.injector().getInstance(FormattingService.class);
		List<? extends TextEdit> edits = ProjectModels.of(file.getProject()).withResource(file, text,
				resource -> service.format(lsp, resource, new DocumentFormattingParams(new TextDocumentIdentifier(
						resource.getURI().toString()), new FormattingOptions(4, false)), CancelIndicator.NullImpl));
		TextEdits.apply(edits, document);
	}
}
