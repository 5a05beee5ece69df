package org.assay.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Problem markers of .assay files: replaced as a whole, each created with all its attributes at once. */
public final class Markers {

	/** Marker attribute holding the issue's data (what quick fixes need, e.g. a hash), joined by {@link #DATA_SEPARATOR}. */
	public static final String DATA = "data";
	public static final String DATA_SEPARATOR = "\u001f";

	private Markers() {
	}

	/** Replaces the file's Assay problem markers with {@code issues} (INFO issues are not markers). */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		List<Map<String, Object>> wanted = issues.stream().filter(issue -> issue.getSeverity() != Severity.INFO)
				.map(Markers::attributes).toList();
		if (same(file.findMarkers(AssayUi.MARKER_TYPE, false, IResource.DEPTH_ZERO), wanted)) {
			return; // the same problems again (live validation after each pause in typing): the markers stay as they are,
					// so a quick fix the user is choosing still has its marker
		}
		file.getWorkspace().run(monitor -> {
			file.deleteMarkers(AssayUi.MARKER_TYPE, false, IResource.DEPTH_ZERO);
			for (Map<String, Object> attributes : wanted) {
				file.createMarker(AssayUi.MARKER_TYPE, attributes);
			}
		}, file, IWorkspace.AVOID_UPDATE, null);
	}

	private static boolean same(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
		if (existing.length != wanted.size()) {
			return false;
		}
		List<Map<String, Object>> remaining = new java.util.ArrayList<>(wanted);
		for (IMarker marker : existing) {
			if (!remaining.remove(marker.getAttributes())) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, issue.getSeverity() == Severity.ERROR ? IMarker.SEVERITY_ERROR
				: IMarker.SEVERITY_WARNING);
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			attributes.put(AssayUi.CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(DATA, String.join(DATA_SEPARATOR, issue.getData()));
		}
		return attributes;
	}
}
