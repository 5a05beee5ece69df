package org.assay.dsl.tests;

import static org.assay.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.assay.catalogue.StandardCatalogue;
import org.assay.dsl.catalogue.CatalogueLibrary;
import org.assay.dsl.semantics.RiskTable;
import org.assay.model.Catalogue;
import org.assay.model.Dataset;
import org.assay.model.LifecycleStage;
import org.assay.model.Monitor;
import org.assay.model.RiskLevel;
import org.assay.model.RiskPattern;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Risk drives test depth (docs/risk-depth.md): the shipped risk table, the confidence and test patterns it asks of the
 * tests of mitigating requirements, the project's rows that replace the catalogue's, and the life cycle stage of tests
 * and monitors.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayRiskDepthTest {

	@Inject
	private AssayTestSupport support;

	@Inject
	private CatalogueLibrary library;

	@Inject
	private org.eclipse.xtext.testing.formatter.FormatterTestHelper formatter;

	/** A model with one hazard (%s: its severity and likelihood), a project body (%s) and suite tests (%s). */
	private static final String MODEL = """
			namespace clinic
			import assay.iso25059.*
			import assay.iso25012.*

			project Clinic {
				purpose "Second reader of biopsies"
				context "Pathology lab"
			%s}

			dataset Cells {
				source csv "data/cells.csv"
				label diagnosis : category [benign, malignant]
				feature radius : double
				split train 70 %%, test 30 %% seed 1
				slice Large where radius > 15
			}

			pipeline Screening {
				model M : classifier mlp hidden [8]
				train on Cells.train seed 1
			}

			hazard Missed "A malignant tumour is classified as benign" %s
			requirement R1 "Accurate" refines FunctionalCorrectness mitigates Missed { accept accuracy >= 0.9 }

			suite QA tests Screening {
			%s}
			""";

	private static final String ACCURACY = "\ttest Acc verifies R1 : threshold accuracy on Cells.test%s\n";
	private static final String WORST = "\ttest Worst verifies R1 : threshold accuracy on worst slice of Cells.test%s\n";

	private List<Issue> validate(String project, String risk, String tests) {
		XtextResource resource = support.parse(MODEL.formatted(project, risk, tests));
		return support.validate(resource);
	}

	private static List<Issue> risk(List<Issue> issues) {
		return issues.stream().filter(i -> i.getCode() != null && i.getCode().contains(".risk")).toList();
	}

	private static Issue only(List<Issue> issues, String code) {
		List<Issue> found = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, found.size(), () -> AssayTestSupport.describe(issues));
		return found.get(0);
	}

	@Test
	void theShippedTableHasFourLevelsCoveringEveryScoreOnce() {
		Catalogue catalogue = EcoreUtil2.eAllOfType(library.resource(StandardCatalogue.RISK_DEPTH).getContents().get(0),
				Catalogue.class).get(0);
		assertTrue(library.resource(StandardCatalogue.RISK_DEPTH).getErrors().isEmpty());
		List<RiskLevel> rows = catalogue.getRiskLevels();
		assertEquals(List.of("low", "medium", "high", "critical"), rows.stream().map(RiskLevel::getName).toList());
		assertEquals(List.of(0.90, 0.95, 0.99, 0.999), rows.stream().map(RiskLevel::getMinConfidence).toList());
		assertEquals(List.of(), rows.get(1).getRequiredPatterns());
		assertEquals(List.of(RiskPattern.SLICE), rows.get(2).getRequiredPatterns());
		assertEquals(List.of(RiskPattern.SLICE, RiskPattern.ROBUSTNESS, RiskPattern.MONITOR), rows.get(3).getRequiredPatterns());
		RiskTable table = RiskTable.of(rows);
		for (int score = 1; score <= 25; score++) {
			int s = score;
			assertEquals(1, rows.stream().filter(r -> r.getLowest() <= s && s <= r.getHighest()).count(), "score " + score);
		}
		assertEquals("high", table.levelOf(12).getName());
		assertEquals("critical", table.levelOf(20).getName());
		assertNull(table.levelOf(26));
	}

	@Test
	void aTestBelowTheLevelsConfidenceIsWarnedAtItsNameWhenItUsesTheDefault() {
		// major 3 × probable 4 = 12: level high, 99 %
		MarkedText marked = MarkedText.of(MODEL.formatted("", "severity major likelihood probable",
				"\ttest ⟦Acc⟧ verifies R1 : threshold accuracy on Cells.test\n" + WORST.formatted(" confidence 99 %")));
		List<Issue> issues = support.validate(support.parse(marked.text()));
		Issue issue = only(issues, RISK_CONFIDENCE_SHORTFALL);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals(marked.offset(), issue.getOffset());
		assertEquals(marked.line(), issue.getLineNumber());
		assertEquals("Hazard 'Missed' has risk level high (severity major 3 × likelihood probable 4 = 12; score 10 .. 16 in "
				+ "catalogue RiskDepth): its mitigating requirement 'R1' is tested by 'Acc' at confidence 95 % (the default), "
				+ "but risk level high requires at least 99 %. Write 'confidence 99 %' in test Acc (its interval widens, so "
				+ "small data may give INCONCLUSIVE), or, if the hazard is rated too high, correct its severity or likelihood.",
				issue.getMessage());
	}

	@Test
	void aWrittenConfidenceTooLowIsWarnedAtTheConfidence() {
		MarkedText marked = MarkedText.of(MODEL.formatted("", "severity major likelihood probable",
				"\ttest Acc verifies R1 : threshold accuracy on Cells.test confidence ⟦90 %⟧\n"
						+ WORST.formatted(" confidence 99 %")));
		Issue issue = only(support.validate(support.parse(marked.text())), RISK_CONFIDENCE_SHORTFALL);
		assertEquals(marked.offset(), issue.getOffset());
		assertTrue(issue.getMessage().contains("at confidence 90 %, but risk level high requires at least 99 %"),
				issue.getMessage());
	}

	@Test
	void enoughConfidenceAndASliceTestGiveNoRiskFinding() {
		List<Issue> issues = validate("", "severity major likelihood probable",
				ACCURACY.formatted(" confidence 99 %") + WORST.formatted(" confidence 99.5 %"));
		assertEquals(List.of(), risk(issues), () -> AssayTestSupport.describe(issues));
	}

	@Test
	void dataChecksGiveExactValuesSoTheirConfidenceIsNotChecked() {
		List<Issue> issues = validate("", "severity major likelihood probable", ACCURACY.formatted(" confidence 99 %")
				+ WORST.formatted(" confidence 99 %") + "\ttest Complete verifies R1 : data completeness on Cells >= 0.99\n");
		assertEquals(List.of(), risk(issues), () -> AssayTestSupport.describe(issues));
	}

	@Test
	void aMissingSliceTestIsWarnedAtTheHazard() {
		MarkedText marked = MarkedText.of(MODEL.formatted("", "severity major likelihood probable",
				ACCURACY.formatted(" confidence 99 %")).replace("hazard Missed", "hazard ⟦Missed⟧"));
		Issue issue = only(support.validate(support.parse(marked.text())), RISK_PATTERN_MISSING);
		assertEquals(marked.offset(), issue.getOffset());
		assertEquals("Hazard 'Missed' has risk level high (severity major 3 × likelihood probable 4 = 12; score 10 .. 16 in "
				+ "catalogue RiskDepth), which requires slice evidence for the requirements that mitigate it (R1), but none "
				+ "of their 1 test(s) is slice. Add a slice test ('threshold METRIC on worst slice' or 'on each slice') "
				+ "verifying R1, or, if the hazard is rated too high, correct its severity or likelihood.", issue.getMessage());
	}

	@Test
	void aLowerRiskAsksLess() {
		// major 3 × occasional 3 = 9: level medium, 95 %, no pattern
		List<Issue> issues = validate("", "severity major likelihood occasional", ACCURACY.formatted(""));
		assertEquals(List.of(), risk(issues), () -> AssayTestSupport.describe(issues));
	}

	@Test
	void theProjectsRowReplacesTheCataloguesRowOfTheSameName() {
		String project = "\trisk high \"High, our way\" score 10 .. 16 confidence 90 % requires fairness\n";
		List<Issue> issues = validate(project, "severity major likelihood probable", ACCURACY.formatted(""));
		// 95 % meets the project's 90 %; the catalogue's slice is no longer asked for, the project's fairness is
		Issue issue = only(risk(issues), RISK_PATTERN_MISSING);
		assertTrue(issue.getMessage().contains("score 10 .. 16 in project Clinic), which requires fairness evidence"),
				issue.getMessage());
		assertTrue(issue.getMessage().contains("Add a 'fairness' test verifying R1"), issue.getMessage());
		assertFalse(issue.getMessage().contains("slice"), issue.getMessage());
	}

	@Test
	void aProjectRowOfANewNameIsAddedAndOverlapsAreWarned() {
		MarkedText marked = MarkedText.of(MODEL.formatted("\trisk ⟦severe⟧ score 12 .. 20 confidence 99.9 %\n",
				"severity major likelihood probable", ACCURACY.formatted(" confidence 99 %") + WORST.formatted(" confidence 99 %")));
		List<Issue> issues = support.validate(support.parse(marked.text()));
		Issue overlap = only(issues, RISK_LEVEL_OVERLAP);
		assertEquals(marked.offset(), overlap.getOffset());
		assertTrue(overlap.getMessage().startsWith("Risk level 'severe' (score 12 .. 20) overlaps level 'high' (score 10 .. 16 "
				+ "in catalogue RiskDepth): a hazard with score 12 would get only the first of them."), overlap.getMessage());
	}

	@Test
	void aScoreRangeOutsideOneToTwentyFiveIsAnError() {
		MarkedText marked = MarkedText.of(MODEL.formatted("\trisk odd score 3 .. ⟦30⟧ confidence 95 %\n",
				"severity major likelihood probable", ACCURACY.formatted(" confidence 99 %")));
		Issue issue = only(support.validate(support.parse(marked.text())), RISK_LEVEL_INVALID);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(marked.offset(), issue.getOffset());
		assertTrue(issue.getMessage().contains("write a highest score from 3 (its lowest) to 25"), issue.getMessage());
	}

	@Test
	void aCriticalHazardNeedsRobustnessAndAMonitorOfItsPipeline() {
		// catastrophic 5 × frequent 5 = 25: level critical, 99.9 %, slice, robustness and monitor
		String tests = ACCURACY.formatted(" confidence 99.9 %") + WORST.formatted(" confidence 99.9 %");
		Issue issue = only(validate("", "severity catastrophic likelihood frequent", tests), RISK_PATTERN_MISSING);
		assertTrue(issue.getMessage().contains("which requires slice and robustness and monitor evidence"), issue.getMessage());
		assertTrue(issue.getMessage().contains("none of their 2 test(s) is robustness and monitor. Add a 'robustness', "
				+ "'adversarial' or 'invariance' test; and a monitor with checks that watches the tested pipeline verifying R1 "
				+ "(a monitor: 'monitor NAME watches Screening { … }')"), issue.getMessage());

		String robust = tests + "\ttest Noise verifies R1 : robustness accuracy on Cells.test under gaussian sigma 0.1 on radius "
				+ "repeat 3 confidence 99.9 %\n";
		String monitor = "}\n\nmonitor Live watches Screening {\n\tdrift psi on radius warn 0.1 fail 0.25\n";
		List<Issue> issues = validate("", "severity catastrophic likelihood frequent", robust + monitor);
		assertEquals(List.of(), risk(issues), () -> AssayTestSupport.describe(issues));
	}

	@Test
	void theTestsOfAnotherFileCount() {
		XtextResourceSet set = support.newResourceSet();
		String model = MODEL.formatted("", "severity major likelihood probable", ACCURACY.formatted(" confidence 99 %"));
		XtextResource hazards = support.load(set, "memory:/a.assay", model);
		XtextResource more = support.load(set, "memory:/b.assay", """
				namespace clinic.more
				import clinic.*
				import assay.iso25059.*
				suite More tests Screening {
					test Worst verifies R1 : threshold accuracy on worst slice of Cells.test confidence 99 %
				}
				""");
		List<Issue> issues = support.validate(hazards);
		assertEquals(List.of(), risk(issues), () -> AssayTestSupport.describe(issues));
		assertEquals(List.of(), AssayTestSupport.errors(support.validate(more)),
				() -> AssayTestSupport.describe(support.validate(more)));
	}

	@Test
	void testsChecksAndMonitorsNameTheirStageOrGetTheDefault() {
		String tests = ACCURACY.formatted(" confidence 99 % phase deployment") + WORST.formatted(" confidence 99 %");
		String monitor = "}\n\nmonitor Live watches Screening {\n\tphase deployment\n\tdrift psi on radius warn 0.1 fail 0.25\n"
				+ "}\n\nmonitor Later watches Screening {\n\tdrift psi on radius warn 0.1 fail 0.25\n";
		String model = MODEL.formatted("", "severity major likelihood probable", tests + monitor)
				.replace("slice Large where radius > 15", "slice Large where radius > 15\n\tcheck Sizes : rows >= 10 phase verification"
						+ "\n\tcheck Radius : completeness of radius >= 99 %");
		XtextResource resource = support.parse(model);
		assertEquals(List.of(), AssayTestSupport.errors(support.validate(resource)),
				() -> AssayTestSupport.describe(support.validate(resource)));
		List<TestCase> suite = EcoreUtil2.eAllOfType(resource.getContents().get(0), TestSuite.class).get(0).getTests();
		assertEquals(LifecycleStage.DEPLOYMENT, RiskTable.stage(suite.get(0)));
		assertEquals(LifecycleStage.VERIFICATION, RiskTable.stage(suite.get(1)), "a suite's test defaults to verification");
		List<TestCase> checks = EcoreUtil2.eAllOfType(resource.getContents().get(0), Dataset.class).get(0).getChecks();
		assertEquals(LifecycleStage.VERIFICATION, RiskTable.stage(checks.get(0)));
		assertEquals(LifecycleStage.DEVELOPMENT, RiskTable.stage(checks.get(1)), "a dataset's check defaults to development");
		List<Monitor> monitors = EcoreUtil2.eAllOfType(resource.getContents().get(0), Monitor.class);
		assertEquals(LifecycleStage.DEPLOYMENT, RiskTable.stage(monitors.get(0)));
		assertEquals(LifecycleStage.OPERATION, RiskTable.stage(monitors.get(1)), "a monitor defaults to operation");
	}

	@Test
	void theNewKeywordsStayUsableAsNames() {
		XtextResource resource = support.parse("""
				namespace words
				dataset Loans {
					source csv "data/loans.csv"
					label risk : category [good, bad]
					feature score : double
					feature verification : category [requires, development, deployment, reevaluation]
					split train 70 %, test 30 % seed 1 stratified by risk
					slice Verified where verification in [requires] and score > 0.5
				}
				""");
		assertEquals(List.of(), resource.getErrors(), () -> resource.getErrors().toString());
	}

	@Test
	void riskRowsGoOnTheirOwnLinesAndATestsPhaseStaysOnItsLine() {
		formatter.assertFormatted(request -> {
			request.setExpectation("""
					project P {
						purpose "p"
						risk high "High" score 10 .. 16 confidence 99 % requires slice, fairness
						risk extra score 17 .. 25
					}

					monitor M {
						phase operation
						confidence below 0.6 rate <= 5 %
					}

					suite S {
						test T : threshold accuracy confidence 99 % phase deployment
					}
					""");
			request.setToBeFormatted("project P { purpose \"p\" risk high \"High\" score 10..16 confidence 99 % requires slice ,"
					+ " fairness risk extra score 17 .. 25 }\nmonitor M { phase operation confidence below 0.6 rate <= 5 % }\n"
					+ "suite S { test T : threshold accuracy confidence 99 % phase deployment }\n");
		});
	}
}
