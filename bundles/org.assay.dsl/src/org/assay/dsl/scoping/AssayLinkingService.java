package org.assay.dsl.scoping;

import java.util.Collections;
import java.util.List;

import org.assay.model.AssayPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * Links category references by their whole name: a category is one name even when it holds a '.' ({@code "v1.2"}) or
 * is empty, which the default linking would split into qualified-name segments or reject.
 */
public class AssayLinkingService extends DefaultLinkingService {

	@Override
	public List<EObject> getLinkedObjects(EObject context, EReference reference, INode node) throws IllegalNodeException {
		if (reference.getEReferenceType() != AssayPackage.Literals.CATEGORY) {
			return super.getLinkedObjects(context, reference, node);
		}
		String name = getCrossRefNodeAsString(node);
		if (name == null || name.isEmpty()) {
			return Collections.emptyList();
		}
		IEObjectDescription description = getScope(context, reference).getSingleElement(QualifiedName.create(name));
		return description == null ? Collections.emptyList() : Collections.singletonList(description.getEObjectOrProxy());
	}
}
