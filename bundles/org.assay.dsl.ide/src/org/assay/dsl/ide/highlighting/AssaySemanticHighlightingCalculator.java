package org.assay.dsl.ide.highlighting;

import org.assay.model.AssayPackage;
import org.assay.model.Feature;
import org.assay.model.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic highlighting: declarations, and references coloured by what they refer to (metric, quality attribute,
 * requirement, hazard, data, protected feature). Style ids are shared with the Eclipse editor and LSP clients.
 */
public class AssaySemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	public static final String DECLARATION = "assay.declaration";
	public static final String METRIC = "assay.metric";
	public static final String ATTRIBUTE = "assay.attribute";
	public static final String REQUIREMENT = "assay.requirement";
	public static final String HAZARD = "assay.hazard";
	public static final String DATA = "assay.data";
	public static final String PROTECTED_FEATURE = "assay.protectedFeature";

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (object instanceof NamedElement) {
			highlightFeature(acceptor, object, AssayPackage.Literals.NAMED_ELEMENT__NAME,
					object instanceof Feature feature && feature.isProtected() ? PROTECTED_FEATURE : DECLARATION);
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
				continue;
			}
			String style = styleFor(reference, object);
			if (style == null) {
				continue;
			}
			for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
				highlightNode(acceptor, node, style);
			}
		}
		return false;
	}

	private static String styleFor(EReference reference, EObject owner) {
		var type = reference.getEReferenceType();
		if (type == AssayPackage.Literals.METRIC) {
			return METRIC;
		}
		if (type == AssayPackage.Literals.QUALITY_ATTRIBUTE) {
			return ATTRIBUTE;
		}
		if (type == AssayPackage.Literals.REQUIREMENT) {
			return REQUIREMENT;
		}
		if (type == AssayPackage.Literals.HAZARD) {
			return HAZARD;
		}
		if (type == AssayPackage.Literals.DATA_VIEW || type == AssayPackage.Literals.DATASET) {
			return DATA;
		}
		if (type == AssayPackage.Literals.FEATURE) {
			Object target = owner.eGet(reference, true);
			boolean isProtected = target instanceof Feature feature && !feature.eIsProxy() && feature.isProtected();
			return isProtected ? PROTECTED_FEATURE : DATA;
		}
		return null;
	}
}
