package org.assay.ui.editor;

import java.util.function.Function;

import org.assay.catalogue.StandardCatalogue;
import org.assay.dsl.catalogue.CatalogueLibrary;
import org.assay.ui.AssayUi;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.xtext.resource.XtextResource;

/** The shipped catalogues in the editor: opening one read-only, and its linked resource for hover, links, outline. */
public final class Catalogues {

	/** The editor catalogues open in: the one .assay files open in (the Generic Editor with Assay's extensions). */
	public static final String EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";

	private Catalogues() {
	}

	/** Whether a resource URI is one of the shipped catalogues. */
	public static boolean isCatalogue(String uri) {
		return StandardCatalogue.forUri(uri) != null;
	}

	/** The URI of the catalogue a document shows, or null. */
	public static String catalogueOf(IDocument document) {
		return CatalogueDocumentProvider.catalogueOf(document);
	}

	/** Opens a catalogue read-only (or brings its open editor to the front). */
	public static IEditorPart open(IWorkbenchPage page, String uri) throws PartInitException {
		return page.openEditor(new CatalogueEditorInput(uri), EDITOR_ID);
	}

	/**
	 * Runs {@code action} on the catalogue's resource, as the language loaded and linked it (shared by all projects,
	 * never changed), under the library's lock.
	 */
	public static <T> T withResource(String uri, Function<XtextResource, T> action) {
		StandardCatalogue catalogue = StandardCatalogue.forUri(uri);
		if (catalogue == null) {
			return null;
		}
		CatalogueLibrary library = AssayUi.injector().getInstance(CatalogueLibrary.class);
		synchronized (library) {
			return library.resource(catalogue) instanceof XtextResource resource ? action.apply(resource) : null;
		}
	}
}
