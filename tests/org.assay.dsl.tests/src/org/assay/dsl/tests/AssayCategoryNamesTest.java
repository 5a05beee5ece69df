package org.assay.dsl.tests;

import static org.assay.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.assay.model.AssayModel;
import org.assay.model.CategoricalType;
import org.assay.model.CategorySwap;
import org.assay.model.CategoryValue;
import org.assay.model.Dataset;
import org.assay.model.DirectionalTest;
import org.assay.model.FeatureComparison;
import org.assay.model.InvarianceTest;
import org.assay.model.Membership;
import org.assay.model.TestSuite;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
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
 * Category values need not be identifiers: {@code "Non-Travel"}, {@code "18-25"}, {@code "New York"}, {@code ">50K"}
 * and a name holding a quote and a backslash are declared and referenced quoted everywhere a category is named, read
 * back unquoted, linked, serialized and formatted with their quotes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayCategoryNamesTest {

	/** {@code say "hi" \ ok} written in Assay. */
	static final String HOSTILE = "\"say \\\"hi\\\" \\\\ ok\"";

	static final String MODEL = """
			namespace hr
			import assay.iso25059.*
			import assay.iso25012.*
			dataset Staff {
				label Income : category [">50K", "<=50K"]
				feature Travel : category ["Non-Travel", Travel_Rarely, 'Travel-Frequently'] protected
				feature Age : category ["18-25", "26-35"]
				feature City : category ["New York", %s, "v1.2", ^in, remote]
				split train 80 %%, test 20 %% seed 1
				slice Young where Age in ["18-25"]
				slice NewYork where City = "New York" and not City in [%s, "v1.2", ^in]
			}
			pipeline P {
				prepare Staff { require completeness >= 0.9 }
				model M : classifier mlp hidden [8]
				train epochs 1 seed 1
			}
			requirement Fair refines Fairness {
				accept demographic_parity_difference by Travel <= 0.1 on Staff.test
			}
			suite S tests P {
				test Swap verifies Fair : invariance swap Travel "Non-Travel" <-> Travel_Rarely, flips <= 5 %%
				test Quote verifies Fair : invariance swap City "New York" -> %s, flips <= 5 %%
				test Up verifies Fair : directional raise Travel by 1 expect increase of ">50K"
			}
			""".formatted(HOSTILE, HOSTILE, HOSTILE);

	@Inject
	private AssayTestSupport support;

	@Inject
	private ISerializer serializer;

	@Inject
	private FormatterTestHelper formatter;

	@Test
	void quotedCategoriesAreDeclaredUnquotedAndLinkedEverywhere() {
		XtextResource resource = support.parse(MODEL);
		List<Issue> issues = support.validate(resource);
		assertEquals(List.of(), AssayTestSupport.errors(issues), AssayTestSupport.describe(issues));
		AssayModel model = support.model(resource);
		Dataset staff = (Dataset) model.getElements().get(0);
		assertEquals(List.of(">50K", "<=50K"), names(staff.getLabel().getType()));
		assertEquals(List.of("Non-Travel", "Travel_Rarely", "Travel-Frequently"), names(staff.getFeatures().get(0).getType()));
		assertEquals(List.of("18-25", "26-35"), names(staff.getFeatures().get(1).getType()));
		assertEquals(List.of("New York", "say \"hi\" \\ ok", "v1.2", "in", "remote"), names(staff.getFeatures().get(2).getType()));

		Membership young = (Membership) staff.getSlices().get(0).getPredicate();
		assertEquals("18-25", young.getCategories().get(0).getName());
		EObject newYork = staff.getSlices().get(1).getPredicate().eContents().get(0);
		assertEquals("New York", ((CategoryValue) ((FeatureComparison) newYork).getValue()).getCategory().getName());
		List<Membership> members = EcoreUtil2.getAllContentsOfType(staff.getSlices().get(1), Membership.class);
		assertEquals(List.of("say \"hi\" \\ ok", "v1.2", "in"),
				members.get(0).getCategories().stream().map(c -> c.getName()).toList());

		TestSuite suite = (TestSuite) model.getElements().get(3);
		CategorySwap swap = (CategorySwap) ((InvarianceTest) suite.getTests().get(0).getPattern()).getPerturbation();
		assertEquals(List.of("Non-Travel", "Travel_Rarely"), List.of(swap.getFrom().getName(), swap.getTo().getName()));
		CategorySwap quote = (CategorySwap) ((InvarianceTest) suite.getTests().get(1).getPattern()).getPerturbation();
		assertEquals("say \"hi\" \\ ok", quote.getTo().getName());
		assertSame(staff.getFeatures().get(2).getType().eContents().get(1), quote.getTo(), "linked to the declaration");
		assertEquals(">50K", ((DirectionalTest) suite.getTests().get(2).getPattern()).getTarget().getName());
	}

	@Test
	void anUnknownQuotedCategoryIsALinkingErrorNamingIt() {
		List<Issue> issues = support.validate(support.parse(MODEL.replace("Age in [\"18-25\"]", "Age in [\"18-24\"]")));
		List<Issue> errors = AssayTestSupport.errors(issues);
		assertEquals(1, errors.size(), AssayTestSupport.describe(issues));
		assertTrue(errors.get(0).getMessage().contains("18-24") && errors.get(0).getMessage().contains("18-25"),
				errors.get(0).getMessage());
	}

	@Test
	void theSerializerQuotesNamesThatAreNotIdentifiersAndReadsBackTheSameModel() {
		XtextResource original = support.parse(MODEL);
		EcoreUtil.resolveAll(original.getResourceSet());
		XtextResourceSet set = (XtextResourceSet) original.getResourceSet();
		XtextResource copyResource = (XtextResource) set.createResource(URI.createURI("memory:/copy.assay"));
		EObject copy = EcoreUtil.copy(original.getContents().get(0));
		set.getResources().remove(original);
		copyResource.getContents().add(copy);
		String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
		assertTrue(text.contains("category [\">50K\", \"<=50K\"]"), text);
		assertTrue(text.contains("[\"Non-Travel\", Travel_Rarely, \"Travel-Frequently\"]"), text);
		assertTrue(text.contains(HOSTILE + ", \"v1.2\", ^in, remote]"), "a keyword that names may use stays bare: " + text);
		assertTrue(text.contains("swap Travel \"Non-Travel\" <-> Travel_Rarely"), text);
		assertTrue(text.contains("expect increase of \">50K\""), text);

		XtextResource reparsed = support.parse(text);
		assertEquals(List.of(), AssayTestSupport.errors(support.validate(reparsed)));
		assertTrue(new EcoreUtil.EqualityHelper().equals(copy, reparsed.getContents().get(0)), text);
	}

	@Test
	void theFormatterKeepsQuotedNamesAsWritten() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("""
					dataset D {
					label y : category [  "Non-Travel" ,Travel_Rarely,  "say \\"hi\\" \\\\ ok"]
					slice S where y in ["Non-Travel"]
					}
					""");
			request.setExpectation("""
					dataset D {
						label y : category ["Non-Travel", Travel_Rarely, "say \\"hi\\" \\\\ ok"]
						slice S where y in ["Non-Travel"]
					}
					""");
			request.setUseSerializer(false);
		});
	}

	@Test
	void emptyPaddedAndDuplicateCategoriesAreErrors() {
		MarkedText empty = MarkedText.of("dataset D { label y : category [⟦\"\"⟧, no] }");
		assertAt(empty, CATEGORY_NAME_INVALID);
		MarkedText padded = MarkedText.of("dataset D { label y : category [⟦\" New York\"⟧, no] }");
		Issue issue = assertAt(padded, CATEGORY_NAME_INVALID);
		assertEquals("New York", issue.getData()[0], "the quick fix's replacement");
		MarkedText duplicate = MarkedText.of("dataset D { label y : category [no, ⟦\"no\"⟧] }");
		assertAt(duplicate, DUPLICATE_NAME);
		List<Issue> fine = support.validate(support.parse("dataset D { label y : category [\"no-1\", no, \"New York\"] }"));
		assertTrue(fine.stream().noneMatch(i -> CATEGORY_NAME_INVALID.equals(i.getCode()) || DUPLICATE_NAME.equals(i.getCode())),
				AssayTestSupport.describe(fine));
	}

	private Issue assertAt(MarkedText marked, String code) {
		List<Issue> issues = support.validate(support.parse(marked.text()));
		return issues.stream().filter(i -> code.equals(i.getCode()) && i.getOffset() == marked.offset()
				&& i.getLength() == marked.length()).findFirst()
				.orElseThrow(() -> new AssertionError("expected " + code + " at " + marked.offset() + "+" + marked.length()
						+ ":\n" + AssayTestSupport.describe(issues)));
	}

	private static List<String> names(Object type) {
		return ((CategoricalType) type).getCategories().stream().map(c -> c.getName()).toList();
	}
}
