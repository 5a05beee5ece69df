package org.assay.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/** Applies the language services' text edits (LSP ranges) to an Eclipse document. */
final class TextEdits {

	private TextEdits() {
	}

	/** Applies the edits, last first so that earlier offsets stay valid. */
	static void apply(List<? extends TextEdit> edits, IDocument document) throws BadLocationException {
		Document lsp = new Document(1, document.get());
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit t) -> lsp.getOffSet(t.getRange().getStart())).reversed());
		for (TextEdit edit : sorted) {
			int start = lsp.getOffSet(edit.getRange().getStart());
			int end = lsp.getOffSet(edit.getRange().getEnd());
			document.replace(start, end - start, edit.getNewText());
		}
	}
}
