package org.assay.dsl.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The formatter lays out every construct the same way: one statement per line, blocks indented, single spaces.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayFormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	private void assertFormatted(String expectation, String toBeFormatted) {
		formatter.assertFormatted(request -> {
			request.setExpectation(expectation);
			request.setToBeFormatted(toBeFormatted);
			// the serializer's formatting is covered by AssaySerializerTest
			request.setUseSerializer(false);
		});
	}

	@Test
	void namespaceImportsAndElementsAreSeparatedByBlankLines() {
		assertFormatted("""
				namespace credit

				import assay.iso25059.*
				import assay.iso25012.*

				hazard H1 "Wrong denial" severity major likelihood occasional

				project P {
					lifecycle phase training
				}
				""", """
				namespace   credit import assay.iso25059.*    import assay.iso25012.*
				hazard H1    "Wrong denial" severity major likelihood occasional project P{lifecycle phase training}""");
	}

	@Test
	void projectArgumentOnItsOwnLines() {
		assertFormatted("""
				project P "Triage" {
					doc "Ranks patients."
					lifecycle phase training
					purpose "Rank emergency patients by urgency"
					context "Emergency ward; a nurse confirms every rank"
					assumption Calm "Arrivals come one at a time"
					justification Law "Triage is regulated"
				}
				""", """
				project P "Triage" { doc "Ranks patients." lifecycle phase training purpose "Rank emergency patients by urgency"
				context   "Emergency ward; a nurse confirms every rank" assumption Calm "Arrivals come one at a time" justification Law
				"Triage is regulated" }""");
	}

	/** annex (#11): the project's EU AI Act lines (docs/annex-iv.md), one per line. */
	@Test
	void projectAiActLinesOnTheirOwnLines() {
		assertFormatted("""
				project P "Triage" {
					purpose "Rank emergency patients by urgency"
					provider "Clinic IT, Main St 1"
					version "1.2"
					users "Nurses; emergency patients"
					oversight Nurse "A nurse confirms every rank"
					limitation Children "Not validated for children"
					post-market "Weekly review of overruled ranks"
				}
				""", """
				project P "Triage" { purpose "Rank emergency patients by urgency" provider "Clinic IT, Main St 1" version "1.2"
				users "Nurses; emergency patients" oversight Nurse "A nurse confirms every rank"   limitation Children
				"Not validated for children" post-market "Weekly review of overruled ranks" }""");
	}

	@Test
	void datasetStatementsOnTheirOwnLines() {
		assertFormatted("""
				dataset D "Data" {
					doc "Loan data."
					source csv "data/d.csv"
					label y : category [yes, no]
					feature age : int range 18 .. 100
					feature sex : category [f, m] protected
					split train 70 %, test 30 % seed 1 stratified by y
					slice Young where (age < 25 or age > 90) and sex in [f]
				}
				""", """
				dataset D "Data" { doc "Loan data." source csv "data/d.csv" label y:category[ yes ,no ]
				feature age:int range 18 .. 100 feature sex : category [ f , m ]   protected
				split train 70 % , test 30 % seed 1 stratified by y slice Young where ( age<25 or age>90 )and sex in[f]}
				""");
	}

	@Test
	void pipelinesRequirementsSuitesAndMonitors() {
		assertFormatted("""
				pipeline P {
					prepare D {
						require completeness >= 0.99
						impute age median
						standardize age
					}
					model M : classifier mlp hidden [64, 32] activation relu
					train epochs 3 seed 7
				}

				requirement R "Accurate" refines FunctionalCorrectness mitigates H1, H2 {
					accept accuracy >= 0.85 on D.test
					accept accuracy >= 0.8 under gaussian noise sigma 0.05 on age
				}

				suite S tests P {
					test T verifies R : threshold accuracy on D.test
					test U verifies R : invariance swap sex f <-> m, flips <= 1 %
				}

				monitor Mo watches P {
					drift psi on age window 500 warn 0.1 fail 0.25
					on fail alert, fallback "Rules"
				}
				""", """
				pipeline P { prepare D { require completeness>=0.99 impute age median standardize age }
				model M : classifier mlp hidden[64,32] activation relu train epochs 3 seed 7 }
				requirement R "Accurate" refines FunctionalCorrectness mitigates H1,H2 { accept accuracy >= 0.85 on D.test
				accept accuracy >= 0.8 under gaussian noise sigma 0.05 on age }
				suite S tests P { test T verifies R : threshold accuracy on D.test test U verifies R : invariance swap sex f <-> m , flips <= 1 % }
				monitor Mo watches P { drift psi on age window 500 warn 0.1 fail 0.25 on fail alert , fallback "Rules" }
				""");
	}

	@Test
	void catalogueMetricPropertiesOneLineEach() {
		assertFormatted("""
				catalogue C {
					standard "S"
					characteristic Q {
						attribute A measured by m {
							doc "Attribute."
						}
					}
					metric m "M" {
						kind performance
						higher-is-better
						range 0 .. 1
						applies to model, system
					}
				}
				""", """
				catalogue C { standard "S" characteristic Q { attribute A measured by m { doc "Attribute." } }
				metric m "M" { kind performance higher-is-better range 0 .. 1 applies to model,system } }
				""");
	}

	@Test
	void commentsAreKeptWithTheElementTheyPrecede() {
		assertFormatted("""
				// Hazards of the scoring service.
				hazard H1 "Wrong denial" severity major likelihood occasional // reviewed 2026-11
				/* second */
				hazard H2 "Late" severity minor likelihood remote
				""", """
				// Hazards of the scoring service.
				hazard   H1 "Wrong denial" severity major likelihood occasional // reviewed 2026-11

				/* second */
				hazard H2    "Late" severity minor likelihood remote""");
	}
}
