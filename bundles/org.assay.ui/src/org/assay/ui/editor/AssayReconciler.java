package org.assay.ui.editor;

import java.util.List;

import org.assay.ui.Markers;
import org.assay.ui.ProjectModels;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
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

	public AssayReconciler() {
		setReconcilingStrategy(new ValidationStrategy(), IDocument.DEFAULT_CONTENT_TYPE);
		setIsIncrementalReconciler(false);
		setIsAllowedToModifyDocument(false);
		setDelay(250);
	}

	static final class ValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private IDocument document;
		private IProgressMonitor monitor;

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
			validate();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			validate();
		}

		@Override
		public void reconcile(IRegion partition) {
			validate();
		}

		private void validate() {
			IDocument current = document;
			IFile file = current == null ? null : fileOf(current);
			if (file == null || file.getProject() == null) {
				return;
			}
			long stamp = stamp(current);
			String text = current.get();
			try {
				List<Issue> issues = ProjectModels.of(file.getProject()).validate(file, text);
				if (stamp(current) != stamp || monitor != null && monitor.isCanceled()) {
					return; // typed on meanwhile: these issues describe text no longer on screen
				}
				Markers.replace(file, issues);
			} catch (Exception e) {
				ILog.of(AssayReconciler.class).error("Assay: validating " + file.getFullPath() + " failed", e);
			}
		}

		private static long stamp(IDocument document) {
			return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
					: document.get().hashCode();
		}

		static IFile fileOf(IDocument document) {
			ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
			if (buffer == null || buffer.getLocation() == null) {
				return null;
			}
			// a file of the workspace; a catalogue opened from its bundle (a file outside the workspace) is not validated
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(buffer.getLocation());
			if (file == null) {
				file = buffer.getLocation().segmentCount() > 1 ? ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation())
						: null;
			}
			return file != null && file.exists() ? file : null;
		}
	}
}
