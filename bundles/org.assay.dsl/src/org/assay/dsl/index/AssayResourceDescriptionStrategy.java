package org.assay.dsl.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assay.model.AssayModel;
import org.assay.model.AssayPackage;
import org.assay.model.Import;
import org.assay.model.Requirement;
import org.assay.model.TestCase;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * Exports Assay elements to the index, with user data that lets validation answer cross-file questions without
 * loading other files: a file's imports (import cycles), what a test verifies (unverified requirements) and what a
 * requirement mitigates (unmitigated hazards). Reference texts are read from the node model, never linked here.
 */
public class AssayResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	/** User data key: comma-separated imported namespaces of a file (on the file's namespace description). */
	public static final String IMPORTS = "imports";
	/** User data key: comma-separated requirement names, as written, that a test verifies. */
	public static final String VERIFIES = "verifies";
	/** User data key: comma-separated hazard names, as written, that a requirement mitigates. */
	public static final String MITIGATES = "mitigates";

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (getQualifiedNameProvider() == null) {
			return false;
		}
		QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(object);
		if (name == null) {
			return !(object instanceof org.assay.model.Predicate);
		}
		Map<String, String> userData = new HashMap<>();
		if (object instanceof AssayModel model) {
			userData.put(IMPORTS, model.getImports().stream().map(Import::getImportedNamespace)
					.filter(n -> n != null).collect(Collectors.joining(",")));
		} else if (object instanceof TestCase) {
			userData.put(VERIFIES, writtenNames(object, AssayPackage.Literals.TEST_CASE__VERIFIES));
		} else if (object instanceof Requirement) {
			userData.put(MITIGATES, writtenNames(object, AssayPackage.Literals.REQUIREMENT__MITIGATES));
		}
		acceptor.accept(EObjectDescription.create(name, object, userData));
		return true;
	}

	private static String writtenNames(EObject object, EReference reference) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
		return nodes.stream().map(node -> NodeModelUtils.getTokenText(node).replace(" ", "")).collect(Collectors.joining(","));
	}
}
