package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.assay.catalogue.StandardCatalogue;
import org.assay.model.AcceptanceCriterion;
import org.assay.model.AssayModel;
import org.assay.model.Dataset;
import org.assay.model.FeatureComparison;
import org.assay.model.Membership;
import org.assay.model.Metric;
import org.assay.model.Requirement;
import org.assay.model.TestSuite;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Name resolution across files, into the standard catalogues, and inside datasets (features, categories).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayScopingTest {

	@Inject
	private AssayTestSupport support;

	private static final String DATA = """
			namespace bank.data
			dataset Loans {
				label bad : category [yes, no]
				feature amount : double range 0 .. *
				feature region : category [north, south]
				split fit 80 %, holdout 20 % seed 3
				slice North where region = north
			}
			""";

	@Test
	void referencesResolveAcrossFilesThroughImports() {
		XtextResourceSet set = support.newResourceSet();
		XtextResource data = support.load(set, "memory:/data.assay", DATA);
		XtextResource requirements = support.load(set, "memory:/req.assay", """
				namespace bank.req
				import assay.iso25059.*
				import bank.data.*
				requirement R refines FunctionalCorrectness {
					accept accuracy >= 0.8 on Loans.holdout
				}
				requirement S refines FunctionalCorrectness {
					accept accuracy >= 0.7 on bank.data.Loans.North
				}
				""");
		assertNoLinkingErrors(requirements);
		Dataset loans = (Dataset) support.model(data).getElements().get(0);
		Requirement r = (Requirement) support.model(requirements).getElements().get(0);
		assertSame(loans.getSplit().getPartitions().get(1), r.getCriteria().get(0).getData());
		Requirement s = (Requirement) support.model(requirements).getElements().get(1);
		assertSame(loans.getSlices().get(0), s.getCriteria().get(0).getData());
	}

	@Test
	void withoutImportOnlyQualifiedNamesResolve() {
		XtextResourceSet set = support.newResourceSet();
		support.load(set, "memory:/data.assay", DATA);
		XtextResource other = support.load(set, "memory:/other.assay", """
				namespace bank.other
				pipeline P { prepare Loans { } }
				pipeline Q { prepare bank.data.Loans { } }
				""");
		List<Issue> linking = linkingErrors(other);
		assertEquals(1, linking.size(), () -> AssayTestSupport.describe(linking));
		assertEquals(2, linking.get(0).getLineNumber());
		assertTrue(linking.get(0).getMessage().contains("Loans"), linking.get(0).getMessage());
	}

	@Test
	void catalogueElementsAreVisibleWithoutCopyingAndResolveToTheLibrary() {
		XtextResource resource = support.parse("""
				import assay.iso25059.*
				requirement R refines Robustness { accept flip_rate <= 0.02 }
				""");
		assertNoLinkingErrors(resource);
		Requirement r = (Requirement) support.model(resource).getElements().get(0);
		Metric flipRate = r.getCriteria().get(0).getMetric();
		assertEquals(StandardCatalogue.ISO_25059.uri(), flipRate.eResource().getURI().toString());
		assertNotSame(resource.getResourceSet(), flipRate.eResource().getResourceSet(), "the catalogue is shared, not copied");
		assertTrue(r.getRefines().allMetrics().contains(flipRate));
		assertEquals("Reliability", r.getRefines().getCharacteristic().getName());
	}

	@Test
	void catalogueNamesNeedTheImportOrAQualifiedName() {
		XtextResource unimported = support.parse("requirement R refines Robustness { accept flip_rate <= 0.02 }");
		List<Issue> linking = linkingErrors(unimported);
		assertEquals(2, linking.size(), () -> AssayTestSupport.describe(linking));
		assertTrue(linking.stream().anyMatch(i -> i.getMessage().contains("import assay.iso25059.*")));
		XtextResource qualified = support.parse(
				"requirement R refines assay.iso25059.Robustness { accept assay.iso25059.flip_rate <= 0.02 }");
		assertNoLinkingErrors(qualified);
	}

	@Test
	void aMisspeltMetricIsNotToldToImportACatalogueAlreadyImported() {
		// #12: "Import the catalogue that defines it (for example 'import assay.iso25059.*' …)" in a file importing it
		XtextResource both = support.parse("""
				import assay.iso25059.*
				import assay.iso25012.*
				requirement R refines FunctionalCorrectness { accept acuracy >= 0.9 }
				""");
		List<Issue> linking = linkingErrors(both);
		assertEquals(1, linking.size(), () -> AssayTestSupport.describe(linking));
		assertEquals("Unknown metric 'acuracy' (did you mean 'accuracy'?). The imported catalogues do not define it: check "
				+ "the spelling.", linking.get(0).getMessage());
		assertEquals(List.of("accuracy"), List.of(linking.get(0).getData()), "the close names, for the quick fixes");

		XtextResource one = support.parse("""
				import assay.iso25059.*
				requirement R refines FunctionalCorrectness { accept acuracy >= 0.9 }
				""");
		String message = linkingErrors(one).get(0).getMessage();
		assertTrue(message.contains("'import assay.iso25012.*'") && !message.contains("import assay.iso25059"), message);
	}

	@Test
	void workspaceElementsShadowCatalogueElements() {
		XtextResource resource = support.parse("""
				namespace assay.iso25059
				catalogue Local {
					metric accuracy "Team accuracy" { kind performance higher-is-better range 0 .. 1 applies to model }
				}
				requirement R refines assay.iso25012.Completeness { accept accuracy >= 0.5 }
				""");
		AssayModel model = support.model(resource);
		Metric used = ((Requirement) model.getElements().get(1)).getCriteria().get(0).getMetric();
		assertSame(resource, used.eResource());
		assertEquals("Team accuracy", used.getTitle());
	}

	@Test
	void featuresResolveAgainstTheDatasetInContext() {
		XtextResourceSet set = support.newResourceSet();
		support.load(set, "memory:/data.assay", DATA);
		XtextResource suite = support.load(set, "memory:/suite.assay", """
				namespace bank.qa
				import assay.iso25059.*
				import bank.data.*
				pipeline P { prepare Loans { standardize amount } }
				suite S tests P {
					test T : robustness under gaussian sigma 0.1 on amount
					test U : robustness under gaussian sigma 0.1 on age
				}
				""");
		List<Issue> linking = linkingErrors(suite);
		assertEquals(1, linking.size(), () -> AssayTestSupport.describe(linking));
		assertEquals(7, linking.get(0).getLineNumber());
		assertTrue(linking.get(0).getMessage().contains("Unknown feature 'age' in dataset Loans"), linking.get(0).getMessage());
		assertTrue(linking.get(0).getMessage().contains("amount, region"), linking.get(0).getMessage());
		TestSuite s = (TestSuite) support.model(suite).getElements().get(1);
		assertNotNull(s);
	}

	@Test
	void categoriesResolveAgainstTheirFeature() {
		XtextResource resource = support.parse("""
				dataset D {
					feature colour : category [red, green]
					feature size : category [small, large]
					slice Red where colour = red
					slice Wrong where colour = large
					slice Sizes where size in [small, large]
				}
				""");
		List<Issue> linking = linkingErrors(resource);
		assertEquals(1, linking.size(), () -> AssayTestSupport.describe(linking));
		assertEquals(5, linking.get(0).getLineNumber());
		assertTrue(linking.get(0).getMessage().contains("Allowed: red, green"), linking.get(0).getMessage());
		Dataset d = (Dataset) support.model(resource).getElements().get(0);
		FeatureComparison red = (FeatureComparison) d.getSlices().get(0).getPredicate();
		assertSame(d.getFeatures().get(0), red.getFeature());
		Membership sizes = (Membership) d.getSlices().get(2).getPredicate();
		assertSame(d.getFeatures().get(1), sizes.getFeature());
		assertEquals(2, sizes.getCategories().size());
	}

	@Test
	void criterionWithoutDataFindsFeaturesOfTheFilesDatasets() {
		XtextResource resource = support.parse("""
				import assay.iso25059.*
				dataset D { feature sex : category [f, m] protected }
				requirement R refines Fairness { accept demographic_parity_difference by sex <= 0.05 }
				""");
		assertNoLinkingErrors(resource);
		AcceptanceCriterion criterion = ((Requirement) support.model(resource).getElements().get(1)).getCriteria().get(0);
		assertEquals("sex", criterion.getGroupedBy().getName());
	}

	private List<Issue> linkingErrors(XtextResource resource) {
		return support.validate(resource).stream().filter(i -> Diagnostic.LINKING_DIAGNOSTIC.equals(i.getCode())).toList();
	}

	private void assertNoLinkingErrors(XtextResource resource) {
		List<Issue> linking = linkingErrors(resource);
		assertTrue(linking.isEmpty(), () -> AssayTestSupport.describe(linking));
		for (EObject object : (Iterable<EObject>) () -> resource.getAllContents()) {
			assertFalse(object.eIsProxy());
		}
	}
}
