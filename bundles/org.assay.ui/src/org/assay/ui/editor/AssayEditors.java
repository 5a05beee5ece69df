package org.assay.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;

/** The workspace file behind an .assay editor's document (null for a file outside the workspace, e.g. a catalogue). */
public final class AssayEditors {

	private AssayEditors() {
	}

	public static IFile fileOf(IDocument document) {
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
