package org.assay.ui.editor;

import java.util.List;

import org.assay.ui.AssayUi;
import org.assay.ui.ProjectModels;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The Outline of an .assay editor: the file's elements as the language's document-symbol service sees them (datasets
 * with features and slices, requirements, suites with their tests, …), computed off the UI thread half a second after
 * typing stops; selecting one selects its name in the editor.
 */
public class AssayOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final IFile file;
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

	AssayOutlinePage(ITextEditor editor, IFile file, IDocument document) {
		this.editor = editor;
		this.file = file;
		this.document = document;
		this.refresh = Job.create("Assay: outline of " + file.getName(), monitor -> {
			String text = document.get();
			List<DocumentSymbol> symbols;
			try {
				symbols = ProjectModels.of(file.getProject()).withResource(file, text, resource -> AssayUi.injector()
						.getInstance(HierarchicalDocumentSymbolService.class).getSymbols(resource, CancelIndicator.NullImpl));
			} catch (java.io.IOException | org.eclipse.core.runtime.CoreException e) {
				return Status.error("Assay: cannot outline " + file.getFullPath(), e);
			}
			Composite control = (Composite) getControl();
			if (control != null && !control.isDisposed()) {
				control.getDisplay().asyncExec(() -> {
					if (getTreeViewer() != null && !getTreeViewer().getTree().isDisposed()) {
						getTreeViewer().setInput(symbols);
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
				List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
				return children == null ? new Object[0] : children.toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
				return children != null && !children.isEmpty();
			}
		});
		getTreeViewer().setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DocumentSymbol symbol = (DocumentSymbol) element;
				return symbol.getName() + (symbol.getDetail() == null || symbol.getDetail().isBlank() ? ""
						: " — " + symbol.getDetail());
			}
		});
		getTreeViewer().addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof DocumentSymbol symbol) {
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

	/** Gives .assay editors this outline (the Generic Editor has none of its own). */
	public static class Factory implements IAdapterFactory {
		@Override
		public <T> T getAdapter(Object adaptable, Class<T> type) {
			if (type == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
					&& editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file && org.assay.dsl.headless.ProjectFiles.EXTENSION.equals(file.getFileExtension())) {
				IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
				return type.cast(new AssayOutlinePage(editor, file, document));
			}
			return null;
		}

		@Override
		public Class<?>[] getAdapterList() {
			return new Class<?>[] { IContentOutlinePage.class };
		}
	}
}
