package org.assay.ui.editor;

import org.assay.ui.AssayUi;
import org.assay.ui.ProjectModels;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Hover: what a name stands for (a metric's definition, range and formula, an element's documentation), from the
 * language's IDE hover service — the text the language server shows — as plain text, wrapped to the hover's width
 * ({@link WrappingHoverPresenter}). Works in read-only catalogues too.
 */
public class AssayTextHover implements ITextHover, ITextHoverExtension {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		IFile file = AssayEditors.fileOf(viewer.getDocument());
		String catalogue = file == null ? Catalogues.catalogueOf(viewer.getDocument()) : null;
		try {
			if (file != null) {
				return hover(file, viewer.getDocument().get(), region.getOffset());
			}
			return catalogue == null ? null
					: text(Catalogues.withResource(catalogue, resource -> hover(resource, viewer.getDocument().get(),
							region.getOffset())));
		} catch (Exception e) {
			ILog.of(AssayTextHover.class).error("Assay: hover failed in " + (file != null ? file.getFullPath() : catalogue), e);
			return null;
		}
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return WrappingHoverPresenter.creator();
	}

	/** The hover text at {@code offset} of {@code text} (the content of {@code file}), or null. */
	public static String hover(IFile file, String text, int offset) throws Exception {
		return text(ProjectModels.of(file.getProject()).withResource(file, text, resource -> hover(resource, text, offset)));
	}

	private static Hover hover(XtextResource resource, String text, int offset) {
		Document document = new Document(1, text);
		IHoverService service = AssayUi.injector().getInstance(IHoverService.class);
		return service.hover(document, resource, new HoverParams(new TextDocumentIdentifier(resource.getURI().toString()),
				document.getPosition(offset)), CancelIndicator.NullImpl);
	}

	private static String text(Hover hover) {
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
