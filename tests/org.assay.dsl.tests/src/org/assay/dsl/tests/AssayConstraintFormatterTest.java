package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Column constraints are formatted like the rest of the language (one check, gate, criterion or test per line,
 * single spaces, no space inside brackets and parentheses), and the serializer writes every constraint form so that
 * it parses back to the same model.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayConstraintFormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	@Inject
	private AssayTestSupport support;

	@Inject
	private ISerializer serializer;

	private void assertFormatted(String expectation, String toBeFormatted) {
		formatter.assertFormatted(request -> {
			request.setExpectation(expectation);
			request.setToBeFormatted(toBeFormatted);
			request.setUseSerializer(false);
		});
	}

	@Test
	void checksStatisticsAndRowConditions() {
		assertFormatted("""
				dataset Orders {
					feature id : long
					feature code : text
					feature age : int
					feature score : double
					feature country : category [DE, "Non-EU"]
					check c1 verifies R : uniqueness of id, code = 100 %
					check c2 : approx quantile 0.5 of score within 1 % between 0.1 and 0.9
					check c3 : mean of score nulls invalid > 0.45 and < 0.55
					check c4 : frequency "DE" of country <= 30 %
					check c5 : rows between 10 and 20
					check c6 : where (age in 18 .. * or country not in [DE, "Non-EU"]) and code matches "C[0-9]+" >= 99 %
					check c7 : where length of code in 3 .. 12 nulls ignored
					check c8 : where age <= score and code in Other.code
				}
				""", """
				dataset Orders { feature id:long feature code:text feature age : int feature score:double
				feature country : category[DE,"Non-EU"]
				check c1 verifies R: uniqueness  of id ,code = 100 %
				check c2 :approx quantile 0.5 of score within 1 % between 0.1 and 0.9 check c3 : mean of score nulls invalid >0.45 and<0.55
				check c4 : frequency "DE" of country <=30 % check c5 : rows between 10 and 20
				check c6 : where( age in 18 .. * or country not in [ DE , "Non-EU" ] )and code matches "C[0-9]+" >= 99 %
				check c7 : where length of code in 3..12 nulls ignored
				check c8 : where age<=score and code in Other.code }
				""");
	}

	@Test
	void gatesCriteriaAndDataTests() {
		assertFormatted("""
				pipeline P {
					prepare D {
						require completeness of age >= 95 %
						require rows > 0
						standardize age
					}
				}

				requirement R {
					accept where age >= 18 on D.test
				}

				suite S tests P {
					test T verifies R : data distinct_count of country <= 10 on D
				}
				""", """
				pipeline P { prepare D { require completeness of age>=95 % require rows>0 standardize age } }
				requirement R { accept where age>=18 on D.test }
				suite S tests P { test T verifies R : data distinct_count of country<=10 on D }
				""");
	}

	/** Every form of AssayConstraintParsingTest, serialized without its text, parses back to an equal model. */
	@Test
	void serializerRoundTripsEveryConstraintForm() throws Exception {
		XtextResourceSet set = support.newResourceSet();
		XtextResource original = support.load(set, "memory:/shop.assay", AssayConstraintParsingTest.MODEL);
		EcoreUtil.resolveAll(set);
		EObject root = original.getContents().get(0);
		XtextResource copyResource = (XtextResource) set.createResource(URI.createURI("memory:/copy.assay"));
		set.getResources().remove(original);
		EObject copy = EcoreUtil.copy(root);
		copyResource.getContents().add(copy);
		String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());

		XtextResource reparsed = support.load(support.newResourceSet(), "memory:/shop.assay", text);
		List<Issue> errors = AssayTestSupport.errors(support.validate(reparsed)).stream()
				.filter(i -> i.getCode() != null && (i.getCode().contains("Syntax") || i.getCode().contains("Linking"))).toList();
		assertTrue(errors.isEmpty(), () -> AssayTestSupport.describe(errors) + "\n" + text);
		assertTrue(reparsed.getErrors().isEmpty(), () -> reparsed.getErrors() + "\n" + text);
		assertTrue(new EcoreUtil.EqualityHelper().equals(root, reparsed.getContents().get(0)),
				() -> "reparsed model differs from the original:\n" + text);
		assertTrue(text.contains("check approx_median : approx quantile 0.5 of income within 0.01 "), text);
		assertEquals(text, serializer.serialize(reparsed.getContents().get(0), SaveOptions.newBuilder().format().getOptions()),
				"formatting is idempotent");
	}
}
