package org.assay.ui.editor;

import org.assay.ui.AssayUi;
import org.assay.ui.ProjectModels;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Hover: what a name stands for (a metric's definition, range and formula, an element's documentation), from the
 * language's IDE hover service — the text the language server shows — as plain text.
 */
public class AssayTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		IFile file = AssayEditors.fileOf(viewer.getDocument());
		if (file == null) {
			return null;
		}
		try {
			return hover(file, viewer.getDocument().get(), region.getOffset());
		} catch (Exception e) {
			ILog.of(AssayTextHover.class).error("Assay: hover failed in " + file.getFullPath(), e);
			return null;
		}
	}

	/** The hover text at {@code offset} of {@code text} (the content of {@code file}), or null. */
	public static String hover(IFile file, String text, int offset) throws Exception {
		Document document = new Document(1, text);
		IHoverService service = AssayUi.injector().getInstance(IHoverService.class);
		Hover hover = ProjectModels.of(file.getProject()).withResource(file, text, resource -> service.hover(document, resource,
				new HoverParams(new TextDocumentIdentifier(resource.getURI().toString()), document.getPosition(offset)),
				CancelIndicator.NullImpl));
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		MarkupContent content = hover.getContents().getRight();
		String value = content.getValue();
		return plain(value);
	}

	/** The language's Markdown documentation as plain text (bold and code marks dropped); null when blank. */
	static String plain(String markdown) {
		return markdown == null || markdown.isBlank() ? null : markdown.replace("**", "").replace("`", "");
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
