package org.assay.ui.references;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.assay.dsl.ElementNames;
import org.assay.model.NamedElement;
import org.assay.ui.ProjectModels;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;

/**
 * Find references: every place in the project's .assay files that refers to the element at the cursor (on its
 * declaration or on a reference to it), resolved exactly as the builder resolves them.
 */
public final class AssayReferences {

	/** One place that refers to the element. */
	public record Reference(String file, int line, int offset, int length, String lineText) {
	}

	/** The element's qualified name and the references to it (sorted by file and offset). */
	public record Result(String element, List<Reference> references) {
	}

	private AssayReferences() {
	}

	/** The references to the element at {@code offset} of {@code text} (the content of {@code file}), or null there is none. */
	public static Result find(IFile file, String text, int offset) throws Exception {
		return ProjectModels.of(file.getProject()).withLinkedProject(file, text, resource -> {
			EObject target = new EObjectAtOffsetHelper().resolveElementAt(resource, offset);
			if (!(target instanceof NamedElement named)) {
				return null;
			}
			List<Reference> references = new ArrayList<>();
			Collection<EStructuralFeature.Setting> usages = EcoreUtil.UsageCrossReferencer.find(target, resource.getResourceSet());
			for (EStructuralFeature.Setting usage : usages) {
				if (!(usage.getEStructuralFeature() instanceof EReference reference) || reference.isContainment()) {
					continue;
				}
				EObject owner = usage.getEObject();
				if (owner.eResource() == null || !owner.eResource().getURI().isFile()) {
					continue;
				}
				List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
				List<?> values = reference.isMany() ? (List<?>) owner.eGet(reference) : List.of(owner.eGet(reference));
				for (int i = 0; i < nodes.size() && i < values.size(); i++) {
					if (values.get(i) == target) {
						INode node = nodes.get(i);
						String source = owner.eResource().getURI().lastSegment();
						String document = NodeModelUtils.getNode(EcoreUtil.getRootContainer(owner)).getText();
						int start = document.lastIndexOf('\n', Math.max(0, node.getOffset() - 1)) + 1;
						int end = document.indexOf('\n', node.getOffset());
						references.add(new Reference(source, node.getStartLine(), node.getOffset(), node.getLength(),
								document.substring(start, end < 0 ? document.length() : end).strip()));
					}
				}
			}
			references.sort(Comparator.comparing(Reference::file).thenComparingInt(Reference::offset));
			return new Result(ElementNames.qualified(named), references);
		});
	}
}
