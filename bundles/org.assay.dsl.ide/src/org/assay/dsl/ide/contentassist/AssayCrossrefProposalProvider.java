package org.assay.dsl.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assay.model.AssayPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.inject.Inject;

/**
 * Proposals of names: each element once, by the shortest name it is visible by here (an imported metric is visible as
 * {@code accuracy} and as {@code assay.iso25059.accuracy}), with its documentation (a metric's definition, unit and
 * range: the hover's text) as the proposal's additional information. A category is proposed as it must be written:
 * bare when it is an identifier, quoted otherwise ({@code "New York"}), so that accepting a proposal never produces
 * text that does not parse.
 */
public class AssayCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Inject
	private IValueConverterService converters;

	@Inject
	private IEObjectDocumentationProvider documentation;

	/**
	 * One description per element, the one with the fewest name segments; while a qualified name is being typed (the
	 * prefix has a dot) every name stays, since only the qualified ones match it.
	 */
	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
			ContentAssistContext context) {
		Iterable<IEObjectDescription> all = super.queryScope(scope, crossReference, context);
		if (context.getPrefix().contains(".")) {
			return all;
		}
		Map<URI, IEObjectDescription> shortest = new LinkedHashMap<>();
		for (IEObjectDescription description : all) {
			shortest.merge(description.getEObjectURI(), description, (kept, other) -> other.getName()
					.getSegmentCount() < kept.getName().getSegmentCount() ? other : kept);
		}
		return shortest.values();
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = createEntry(candidate, crossRef, context);
		if (entry != null && entry.getDocumentation() == null) {
			EObject element = EcoreUtil.resolve(candidate.getEObjectOrProxy(), context.getResource());
			if (!element.eIsProxy()) {
				entry.setDocumentation(documentation.getDocumentation(element));
			}
		}
		return entry;
	}

	private ContentAssistEntry createEntry(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		EReference reference = GrammarUtil.getReference(crossRef);
		if (reference == null || reference.getEReferenceType() != AssayPackage.Literals.CATEGORY
				|| candidate.getName().getSegmentCount() != 1) {
			return super.createProposal(candidate, crossRef, context);
		}
		String text;
		try {
			text = converters.toString(candidate.getName().getFirstSegment(), "CategoryName");
		} catch (ValueConverterException e) {
			return null; // an empty category: validation reports it, nothing to propose
		}
		return getProposalCreator().createProposal(text, context, entry -> {
			entry.setSource(candidate);
			entry.setDescription("Category");
			entry.setKind(ContentAssistEntry.KIND_REFERENCE);
		});
	}
}
