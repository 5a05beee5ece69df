package org.assay.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.assay.ui.AssayUi;
import org.assay.ui.ProjectModels;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessorExtension;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Content assist from the language's IDE services (the same proposals the language server gives: keywords, names in
 * scope, metrics valid at the cursor), computed against the document's project. It opens by itself only after a '.'
 * (a qualified name), never on letters: proposals need the whole project linked, which the editor must not wait for
 * while the user types. Inside strings and comments nothing is proposed.
 */
public class AssayContentAssistProcessor implements IContentAssistProcessorExtension {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		IFile file = AssayEditors.fileOf(document);
		if (file == null || inStringOrComment(document, offset)) {
			return new ICompletionProposal[0];
		}
		try {
			return proposals(file, document.get(), offset).toArray(ICompletionProposal[]::new);
		} catch (Exception e) {
			ILog.of(AssayContentAssistProcessor.class).error("Assay: content assist failed in " + file.getFullPath(), e);
			return new ICompletionProposal[0];
		}
	}

	/** The proposals at {@code offset} of {@code text} as the content of {@code file}. */
	public static List<ICompletionProposal> proposals(IFile file, String text, int offset) throws Exception {
		Document document = new Document(1, text);
		Position position = document.getPosition(offset);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(file.getLocationURI().toString()), position);
		ContentAssistService service = AssayUi.injector().getInstance(ContentAssistService.class);
		CompletionList list = ProjectModels.of(file.getProject()).withResource(file, text,
				resource -> service.createCompletionList(document, resource, params, CancelIndicator.NullImpl));
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (CompletionItem item : list.getItems()) {
			String insert = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
			int start = offset;
			int length = 0;
			if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
				TextEdit edit = item.getTextEdit().getLeft();
				Range range = edit.getRange();
				start = document.getOffSet(range.getStart());
				length = document.getOffSet(range.getEnd()) - start;
				insert = edit.getNewText();
			}
			// the cursor position is relative to the replaced region: the cursor ends right after the inserted text
			proposals.add(new CompletionProposal(insert, start, length, insert.length(), null, item.getLabel(), null,
					additionalInfo(item)));
		}
		return proposals;
	}

	/** What the proposal's side panel shows: the element's documentation (a metric's definition, range, unit). */
	private static String additionalInfo(CompletionItem item) {
		if (item.getDocumentation() == null) {
			return item.getDetail();
		}
		String documentation = item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
				: item.getDocumentation().getRight().getValue();
		return AssayTextHover.plain(documentation);
	}

	private static boolean inStringOrComment(IDocument document, int offset) {
		try {
			String type = org.eclipse.jface.text.TextUtilities.getContentType(document, AssayDocumentSetup.PARTITIONING, offset,
					false);
			return AssayDocumentSetup.STRING.equals(type) || AssayDocumentSetup.COMMENT.equals(type);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return false;
		}
	}

	@Override
	public boolean isCompletionProposalAutoActivation(char c, ITextViewer viewer, int offset) {
		return c == '.';
	}

	@Override
	public boolean isContextInformationAutoActivation(char c, ITextViewer viewer, int offset) {
		return false;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
