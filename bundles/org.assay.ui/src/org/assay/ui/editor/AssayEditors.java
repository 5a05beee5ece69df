package org.assay.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;

/** The workspace file behind an .assay editor's document (null for a file outside the workspace, e.g. a catalogue). */
public final class AssayEditors {

	private AssayEditors() {
	}

	public static IFile fileOf(IDocument document) {
		return AssayReconciler.ValidationStrategy.fileOf(document);
	}
}
