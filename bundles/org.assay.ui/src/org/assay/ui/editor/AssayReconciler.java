package org.assay.ui.editor;

import java.util.List;

import org.assay.ui.Markers;
import org.assay.ui.ProjectModels;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.Reconciler;
import org.eclipse.xtext.validation.Issue;

/**
 * Live diagnostics: on the reconciler's background thread (never the UI thread), shortly after typing stops, the
 * document's text is parsed, linked against the rest of its project and validated; the issues become the file's
 * problem markers (squiggles in the editor, entries in the Problems view). A result is dropped when the document
 * changed while it was computed: only diagnostics of the text on screen are shown.
 */
public class AssayReconciler extends Reconciler {

	private final ValidationStrategy strategy = new ValidationStrategy();

	public AssayReconciler() {
		setReconcilingStrategy(strategy, IDocument.DEFAULT_CONTENT_TYPE);
		setIsIncrementalReconciler(false);
		setIsAllowedToModifyDocument(false);
		setDelay(250);
	}

	/** Also colours names semantically: the viewer merges the highlights computed with each validation. */
	@Override
	public void install(org.eclipse.jface.text.ITextViewer textViewer) {
		// before the reconciler's thread starts: its first (initial) validation already colours the names
		if (textViewer instanceof org.eclipse.jface.text.ITextViewerExtension4 extension) {
			strategy.viewer = textViewer;
			extension.addTextPresentationListener(strategy.highlighter);
			// only what is on screen is repainted with new highlights: scrolling repaints what comes into view
			textViewer.addViewportListener(verticalOffset -> ValidationStrategy.repaintVisible(textViewer));
		}
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		if (strategy.viewer instanceof org.eclipse.jface.text.ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(strategy.highlighter);
		}
		super.uninstall();
	}

	static final class ValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private IDocument document;
		private IProgressMonitor monitor;
		private volatile org.eclipse.jface.text.ITextViewer viewer;
		private final AssaySemanticHighlighter highlighter = new AssaySemanticHighlighter();

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void initialReconcile() {
			boolean highlighted = validate();
			// an editor opened while its project is being created or built may see its first result dropped (the
			// document was still being set up): try again shortly, on this background thread, until names are coloured.
			// (Whether this validation computed colours, not whether they are applied yet: that happens on the UI
			// thread later, and waiting for it here re-validated five times, re-creating the markers each time.)
			for (int attempt = 0; attempt < 5 && viewer != null && !highlighted; attempt++) {
				try {
					Thread.sleep(1000);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
				highlighted = validate();
			}
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			validate();
		}

		@Override
		public void reconcile(IRegion partition) {
			validate();
		}

		/** Validates the document's text; whether names were coloured from it (false when the result was dropped). */
		private boolean validate() {
			IDocument current = document;
			IFile file = current == null ? null : AssayEditors.fileOf(current);
			if (file == null || file.getProject() == null) {
				return false;
			}
			long stamp = stamp(current);
			String text = current.get();
			try {
				ProjectModels models = ProjectModels.of(file.getProject());
				List<Issue> issues = models.validate(file, text);
				if (stamp(current) != stamp || monitor != null && monitor.isCanceled()) {
					return false; // typed on meanwhile: these issues describe text no longer on screen
				}
				Markers.replace(file, issues);
				return viewer != null && highlight(models, file, text, current, stamp);
			} catch (Exception e) {
				ILog.of(AssayReconciler.class).error("Assay: validating " + file.getFullPath() + " failed", e);
				return false;
			}
		}

		private boolean highlight(ProjectModels models, IFile file, String text, IDocument current, long stamp) throws Exception {
			var calculator = org.assay.ui.AssayUi.injector()
					.getInstance(org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator.class);
			List<AssaySemanticHighlighter.Highlight> highlights = new java.util.ArrayList<>();
			models.withResource(file, text, resource -> {
				calculator.provideHighlightingFor(resource, (offset, length, ids) -> {
					if (ids.length > 0) {
						highlights.add(new AssaySemanticHighlighter.Highlight(offset, length, ids[0]));
					}
				}, org.eclipse.xtext.util.CancelIndicator.NullImpl);
				return null;
			});
			org.eclipse.jface.text.ITextViewer target = viewer;
			if (target == null || target.getTextWidget() == null || target.getTextWidget().isDisposed()) {
				return false;
			}
			target.getTextWidget().getDisplay().asyncExec(() -> {
				if (stamp(current) == stamp && target.getTextWidget() != null && !target.getTextWidget().isDisposed()) {
					highlighter.set(highlights);
					repaintVisible(target);
				}
			});
			return !highlights.isEmpty();
		}

		/** Recomputes the presentation of the lines on screen (cheap: a screenful is lexed, not the whole file). */
		static void repaintVisible(org.eclipse.jface.text.ITextViewer viewer) {
			if (viewer instanceof org.eclipse.jface.text.ITextViewerExtension2 extension && viewer.getTextWidget() != null
					&& !viewer.getTextWidget().isDisposed()) {
				int start = viewer.getTopIndexStartOffset();
				int end = viewer.getBottomIndexEndOffset();
				if (end > start) {
					extension.invalidateTextPresentation(start, end - start);
				} else {
					viewer.invalidateTextPresentation(); // not laid out yet (the editor is opening): once, everything
				}
			}
		}

		/** The semantic highlights applied last (for tests). */
		List<org.eclipse.swt.custom.StyleRange> highlights() {
			return highlighter.ranges();
		}

		private static long stamp(IDocument document) {
			return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
					: document.get().hashCode();
		}
	}
}
