package org.assay.dsl.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Finds the element at a text offset (references, rename, highlighting of occurrences). A file without elements
 * (empty, or comments only) has no model, where Xtext's helper fails with a NullPointerException and the language
 * server answers "Internal error" to a find-references request.
 */
public class AssayEObjectAtOffsetHelper extends EObjectAtOffsetHelper {

	@Override
	public EObject getElementWithNameAt(XtextResource resource, int offset) {
		if (resource == null || resource.getContents().isEmpty()) {
			return null;
		}
		return super.getElementWithNameAt(resource, offset);
	}
}
