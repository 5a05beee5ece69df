package org.assay.ui.editor;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assay.ui.AssayUi;
import org.assay.ui.Markers;
import org.assay.ui.ProjectModels;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Quick fixes of Assay problem markers (Ctrl+1 in the editor, the Problems view): the language's IDE quick-fix
 * provider — the same fixes the language server offers — computed for the marker's diagnostic and applied to the file's
 * document (shared with an open editor); the file is saved unless it had unsaved changes, which stay unsaved with the fix.
 */
public class AssayMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(AssayUi.CODE, null) != null && !resolutions(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		Snapshot snapshot = Snapshot.of(marker);
		return compute(snapshot, null).resolutions().stream().map(r -> new Resolution(r.getLabel(), snapshot))
				.toArray(IMarkerResolution[]::new);
	}

	private static List<DiagnosticResolution> resolutions(IMarker marker) {
		return compute(Snapshot.of(marker), null).resolutions();
	}

	/**
	 * What a fix needs of its marker, read when the fixes are listed: live validation replaces the file's markers
	 * while the user picks a fix, and a replaced marker has no attributes left (the fix then did nothing).
	 */
	private record Snapshot(org.eclipse.core.resources.IResource resource, java.util.Map<String, Object> attributes) {
		static Snapshot of(IMarker marker) {
			try {
				return new Snapshot(marker.getResource(), marker.exists() ? marker.getAttributes() : java.util.Map.of());
			} catch (org.eclipse.core.runtime.CoreException e) {
				return new Snapshot(marker.getResource(), java.util.Map.of());
			}
		}

		String text(String name, String fallback) {
			return attributes.get(name) instanceof String value ? value : fallback;
		}

		int number(String name, int fallback) {
			return attributes.get(name) instanceof Integer value ? value : fallback;
		}
	}

	private record Computed(List<DiagnosticResolution> resolutions, WorkspaceEdit edit) {
	}

	/**
	 * The marker's resolutions, and, with {@code apply}, the edit of the one with that label — computed under the
	 * project's lock, against the file's current text.
	 */
	private static Computed compute(Snapshot marker, String apply) {
		if (!(marker.resource() instanceof IFile file) || marker.text(AssayUi.CODE, null) == null) {
			return new Computed(List.of(), null);
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				String text = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument().get();
				Document document = new Document(1, text);
				Diagnostic diagnostic = diagnostic(marker, document);
				IQuickFixProvider provider = AssayUi.injector().getInstance(IQuickFixProvider.class);
				return ProjectModels.of(file.getProject()).withResource(file, text, resource -> {
					ICodeActionService2.Options options = new ICodeActionService2.Options();
					options.setDocument(document);
					options.setResource(resource);
					options.setURI(resource.getURI().toString());
					options.setCancelIndicator(CancelIndicator.NullImpl);
					options.setLanguageServerAccess(access(resource.getResourceSet()));
					options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(options.getURI()),
							diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))));
					List<DiagnosticResolution> sorted = new ArrayList<>(provider.handlesDiagnostic(diagnostic)
							? provider.getResolutions(options, diagnostic) : List.of());
					sorted.sort(Comparator.comparing(DiagnosticResolution::getLabel));
					WorkspaceEdit edit = apply == null ? null : sorted.stream().filter(r -> r.getLabel().equals(apply))
							.findFirst().map(DiagnosticResolution::apply).orElse(null);
					return new Computed(sorted, edit);
				});
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (Exception e) {
			ILog.of(AssayMarkerResolutions.class).error("Assay: cannot compute quick fixes for " + file.getFullPath(), e);
			return new Computed(List.of(), null);
		}
	}

	/**
	 * The little of a language server the quick-fix provider needs outside one: the resource set its fixes read the
	 * model from (the project's).
	 */
	private static ILanguageServerAccess access(ResourceSet resourceSet) {
		return (ILanguageServerAccess) Proxy.newProxyInstance(AssayMarkerResolutions.class.getClassLoader(),
				new Class<?>[] { ILanguageServerAccess.class }, (proxy, method, args) -> {
					if (method.getName().equals("newLiveScopeResourceSet")) {
						return resourceSet;
					}
					if (method.getName().equals("getInitializeParams")) {
						// a client without workspace-edit document changes: fixes come back as plain text edits
						org.eclipse.lsp4j.InitializeParams params = new org.eclipse.lsp4j.InitializeParams();
						params.setCapabilities(new org.eclipse.lsp4j.ClientCapabilities(
								new org.eclipse.lsp4j.WorkspaceClientCapabilities(), null, null));
						return params;
					}
					throw new UnsupportedOperationException(method.getName() + " is not available to quick fixes in the workbench");
				});
	}

	private static Diagnostic diagnostic(Snapshot marker, Document document) {
		int start = marker.number(IMarker.CHAR_START, 0);
		int end = marker.number(IMarker.CHAR_END, start);
		Diagnostic diagnostic = new Diagnostic(new Range(document.getPosition(start), document.getPosition(end)),
				marker.text(IMarker.MESSAGE, ""));
		diagnostic.setCode(marker.text(AssayUi.CODE, ""));
		diagnostic.setSeverity(marker.number(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR ? DiagnosticSeverity.Error
				: DiagnosticSeverity.Warning);
		String data = marker.text(Markers.DATA, null);
		if (data != null) {
			diagnostic.setData(data.split(Markers.DATA_SEPARATOR, -1));
		}
		return diagnostic;
	}

	/** One fix; it recomputes the resolutions when run, so it always applies to the text as it is then. */
	private static final class Resolution implements IMarkerResolution2 {
		private final String label;
		private final Snapshot marker;

		Resolution(String label, Snapshot marker) {
			this.label = label;
			this.marker = marker;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return label;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker target) {
			IFile file = (IFile) marker.resource();
			WorkspaceEdit edit = compute(marker, label).edit();
			if (edit == null) {
				return;
			}
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			try {
				manager.connect(file.getFullPath(), LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
					boolean wasDirty = buffer.isDirty();
					apply(edit, buffer.getDocument());
					if (!wasDirty) {
						buffer.commit(null, true); // nothing unsaved was there: the fix is saved as a change of its own
					}
				} finally {
					manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
				}
			} catch (Exception e) {
				ILog.of(AssayMarkerResolutions.class).error("Assay: quick fix '" + label + "' failed in " + file.getFullPath(), e);
			}
		}

		/** Applies the edit's text edits for this document, last first so earlier offsets stay valid. */
		private static void apply(WorkspaceEdit edit, IDocument document) throws Exception {
			List<TextEdit> edits = new ArrayList<>();
			if (edit.getChanges() != null) {
				edit.getChanges().values().forEach(edits::addAll);
			}
			if (edit.getDocumentChanges() != null) {
				edit.getDocumentChanges().stream().filter(c -> c.isLeft()).flatMap(c -> c.getLeft().getEdits().stream())
						.filter(e -> e.isLeft()).forEach(e -> edits.add(e.getLeft()));
			}
			TextEdits.apply(edits, document);
		}
	}
}
