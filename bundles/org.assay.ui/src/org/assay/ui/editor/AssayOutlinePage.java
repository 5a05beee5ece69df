package org.assay.ui.editor;

import java.util.List;

import org.assay.ui.ProjectModels;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.ide.server.Document;

/**
 * The Outline of an .assay editor: the file's elements as the language's document-symbol service sees them (datasets
 * with features and slices, requirements, suites with their tests, …), by short name with an icon per kind
 * ({@link OutlineLabels}), computed off the UI thread half a second after typing stops; selecting one selects its
 * name in the editor. A shipped catalogue opened read-only has the same outline.
 */
public class AssayOutlinePage extends ContentOutlinePage {

	/** Computes the outline of a document's text (off the UI thread). */
	@FunctionalInterface
	interface Source {
		List<OutlineEntry> outline(String text) throws Exception;
	}

	private final ITextEditor editor;
	private final IDocument document;
	private final Job refresh;
	private final IDocumentListener listener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			refresh.schedule(500);
		}
	};

	AssayOutlinePage(ITextEditor editor, String name, IDocument document, Source source) {
		this.editor = editor;
		this.document = document;
		this.refresh = Job.create("Assay: outline of " + name, monitor -> {
			List<OutlineEntry> entries;
			try {
				entries = source.outline(document.get());
			} catch (Exception e) {
				return Status.error("Assay: cannot outline " + name, e);
			}
			Composite control = (Composite) getControl();
			if (control != null && !control.isDisposed() && entries != null) {
				control.getDisplay().asyncExec(() -> {
					if (getTreeViewer() != null && !getTreeViewer().getTree().isDisposed()) {
						getTreeViewer().setInput(entries);
						getTreeViewer().expandToLevel(2);
					}
				});
			}
			return Status.OK_STATUS;
		});
		refresh.setSystem(true);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		getTreeViewer().setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return ((OutlineEntry) element).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineEntry) element).children().isEmpty();
			}
		});
		getTreeViewer().setLabelProvider(new OutlineLabels());
		getTreeViewer().addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof OutlineEntry entry) {
				DocumentSymbol symbol = entry.symbol();
				Document lsp = new Document(1, document.get());
				int start = lsp.getOffSet(symbol.getSelectionRange().getStart());
				int end = lsp.getOffSet(symbol.getSelectionRange().getEnd());
				editor.selectAndReveal(start, end - start);
			}
		});
		document.addDocumentListener(listener);
		refresh.schedule();
	}

	@Override
	public void dispose() {
		document.removeDocumentListener(listener);
		refresh.cancel();
		super.dispose();
	}

	/** Gives .assay editors, and read-only catalogues, this outline (the Generic Editor has none of its own). */
	public static class Factory implements IAdapterFactory {
		@Override
		public <T> T getAdapter(Object adaptable, Class<T> type) {
			if (type != IContentOutlinePage.class || !(adaptable instanceof ITextEditor editor)) {
				return null;
			}
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			if (editor.getEditorInput() instanceof CatalogueEditorInput catalogue) {
				return type.cast(new AssayOutlinePage(editor, catalogue.getName(), document,
						text -> Catalogues.withResource(catalogue.uri(), OutlineEntry::of)));
			}
			if (editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file
					&& org.assay.dsl.headless.ProjectFiles.EXTENSION.equals(file.getFileExtension())) {
				return type.cast(new AssayOutlinePage(editor, file.getFullPath().toString(), document,
						text -> ProjectModels.of(file.getProject()).withResource(file, text, OutlineEntry::of)));
			}
			return null;
		}

		@Override
		public Class<?>[] getAdapterList() {
			return new Class<?>[] { IContentOutlinePage.class };
		}
	}
}
