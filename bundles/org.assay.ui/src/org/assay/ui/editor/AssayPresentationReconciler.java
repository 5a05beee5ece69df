package org.assay.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;

/** Syntax colouring of .assay documents: code by the language's lexer, comments and strings as partitions. */
public class AssayPresentationReconciler extends PresentationReconciler {

	public AssayPresentationReconciler() {
		setDocumentPartitioning(AssayDocumentSetup.PARTITIONING);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(new AssayTokenScanner());
		setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		DefaultDamagerRepairer comment = new DefaultDamagerRepairer(uniform(new TextAttribute(AssayTokenScanner.COMMENT,
				null, SWT.ITALIC)));
		setDamager(comment, AssayDocumentSetup.COMMENT);
		setRepairer(comment, AssayDocumentSetup.COMMENT);
		DefaultDamagerRepairer string = new DefaultDamagerRepairer(uniform(new TextAttribute(AssayTokenScanner.STRING)));
		setDamager(string, AssayDocumentSetup.STRING);
		setRepairer(string, AssayDocumentSetup.STRING);
	}

	private static RuleBasedScanner uniform(TextAttribute attribute) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(attribute));
		return scanner;
	}
}
