package org.assay.ui.editor;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.editors.text.StorageDocumentProvider;

/**
 * Documents of shipped catalogues ({@link CatalogueEditorInput}): partitioned like every .assay document so they are
 * coloured the same, never modifiable, and remembered so that hover, links and the outline find the catalogue a
 * document shows.
 */
public class CatalogueDocumentProvider extends StorageDocumentProvider {

	private static final Map<IDocument, String> CATALOGUES = Collections.synchronizedMap(new WeakHashMap<>());

	/** The URI of the catalogue a document shows, or null for any other document. */
	public static String catalogueOf(IDocument document) {
		return document == null ? null : CATALOGUES.get(document);
	}

	@Override
	protected IDocument createDocument(Object element) throws CoreException {
		IDocument document = super.createDocument(element);
		if (document != null && element instanceof CatalogueEditorInput input) {
			CATALOGUES.put(document, input.uri());
		}
		return document;
	}

	@Override
	protected void setupDocument(Object element, IDocument document) {
		new AssayDocumentSetup().setup(document);
	}

	@Override
	public boolean isReadOnly(Object element) {
		return element instanceof CatalogueEditorInput || super.isReadOnly(element);
	}

	@Override
	public boolean isModifiable(Object element) {
		return !(element instanceof CatalogueEditorInput) && super.isModifiable(element);
	}
}
