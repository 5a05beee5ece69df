package org.assay.dsl.ide;

import org.assay.dsl.ide.contentassist.AssayContentProposalProvider;
import org.assay.dsl.ide.contentassist.AssayCrossrefProposalProvider;
import org.assay.dsl.ide.highlighting.AssaySemanticHighlightingCalculator;
import org.assay.dsl.ide.quickfix.AssayQuickfixProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

/**
 * Guice bindings of Assay's IDE-neutral services, used by the language server and by the Eclipse editor.
 */
public class AssayIdeModule extends AbstractAssayIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return AssayContentProposalProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return AssayCrossrefProposalProvider.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return AssaySemanticHighlightingCalculator.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return AssayQuickfixProvider.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}
}
