package org.assay.dsl.tests;

import static org.assay.dsl.ide.highlighting.AssaySemanticHighlightingCalculator.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assay.dsl.ide.AssayIdeSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** Semantic highlighting colours references by what they refer to, and protected features apart. */
class AssayHighlightingTest {

	private record Highlight(int offset, int length, Set<String> styles) {
	}

	@Test
	void referencesAreHighlightedByTheKindOfTheirTarget() {
		Injector injector = new AssayIdeSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.getResource(
				URI.createFileURI(TestModels.path("credit-scoring/credit-scoring.assay").toString()), true);
		String text = resource.getParseResult().getRootNode().getText();
		List<Highlight> highlights = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> highlights.add(new Highlight(offset, length, Set.of(styles))),
				CancelIndicator.NullImpl);

		assertStyle(highlights, text, "accept accuracy", "accuracy", METRIC);
		assertStyle(highlights, text, "refines FunctionalCorrectness", "FunctionalCorrectness", ATTRIBUTE);
		assertStyle(highlights, text, "verifies R1", "R1", REQUIREMENT);
		assertStyle(highlights, text, "mitigates H1", "H1", HAZARD);
		assertStyle(highlights, text, "on Applicants.test", "Applicants", DATA);
		assertStyle(highlights, text, "by gender <=", "gender", PROTECTED_FEATURE);
		assertStyle(highlights, text, "noise sigma 0.05 on income", "income", DATA);
		assertStyle(highlights, text, "requirement R1", "R1", DECLARATION);
	}

	private static void assertStyle(List<Highlight> highlights, String text, String context, String word, String style) {
		int offset = text.indexOf(context);
		assertTrue(offset >= 0, context);
		offset += context.indexOf(word);
		int at = offset;
		assertTrue(highlights.stream().anyMatch(h -> h.offset() == at && h.length() == word.length() && h.styles().contains(style)),
				() -> "expected " + style + " on '" + word + "' in '" + context + "', got "
						+ highlights.stream().filter(h -> Math.abs(h.offset() - at) < 40).toList());
	}
}
