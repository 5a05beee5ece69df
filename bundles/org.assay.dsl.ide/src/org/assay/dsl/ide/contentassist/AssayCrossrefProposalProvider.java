package org.assay.dsl.ide.contentassist;

import org.assay.model.AssayPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;

/**
 * Proposes a category as it must be written: bare when it is an identifier, quoted otherwise ({@code "New York"}),
 * so that accepting a proposal never produces text that does not parse.
 */
public class AssayCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Inject
	private IValueConverterService converters;

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
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
