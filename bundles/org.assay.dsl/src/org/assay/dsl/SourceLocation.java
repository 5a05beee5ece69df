package org.assay.dsl;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where a model element is written: {@code file:line}, for generated comments, evidence, traces and reports. */
public final class SourceLocation {

	private SourceLocation() {
	}

	public static String of(EObject element) {
		String file = element.eResource() == null || element.eResource().getURI() == null ? "?"
				: element.eResource().getURI().lastSegment();
		ICompositeNode node = NodeModelUtils.getNode(element);
		return file + ":" + (node == null ? 0 : node.getStartLine());
	}
}
