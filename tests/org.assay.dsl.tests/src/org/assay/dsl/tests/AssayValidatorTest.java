package org.assay.dsl.tests;

import static org.assay.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * One failing and one passing model per validation rule. The failing model marks where the issue must be reported
 * with ⟦…⟧; the test asserts the issue code, severity, offset and length. The passing model differs minimally and
 * must not raise that code. Rules that need files or several resources are in {@link AssayCrossFileValidationTest}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayValidatorTest {

	/** A small valid context that the cases extend. */
	static final String PRELUDE = """
			namespace t
			import assay.iso25059.*
			import assay.iso25012.*
			dataset D {
				label y : category [pos, neg]
				feature age : int range 0 .. 120
				feature income : double range 0 .. *
				feature city : category [a, b]
				feature sex : category [f, m] protected
				split train 80 %, test 20 % seed 1
				slice Old where age > 60
			}
			pipeline P {
				prepare D {
					require completeness >= 0.9
				}
				model M : classifier mlp hidden [8]
				train epochs 1 seed 1
			}
			requirement Acc refines FunctionalCorrectness {
				accept accuracy >= 0.9 on D.test
			}
			requirement Fair refines Fairness {
				accept demographic_parity_difference by sex <= 0.1 on D.test
			}
			requirement Rob refines Robustness {
				accept accuracy >= 0.8 on D.test under gaussian noise sigma 0.1 on income
			}
			suite Base tests P {
				test A verifies Acc : threshold accuracy on D.test
				test F verifies Fair : fairness demographic_parity_difference by sex
				test Ro verifies Rob : robustness under gaussian sigma 0.1 on income
			}
			""";

	static RuleCase error(String name, String code, String failing, String passing) {
		return new RuleCase(name, code, Severity.ERROR, PRELUDE + failing, PRELUDE + passing);
	}

	static RuleCase warning(String name, String code, String failing, String passing) {
		return new RuleCase(name, code, Severity.WARNING, PRELUDE + failing, PRELUDE + passing);
	}

	static Stream<RuleCase> cases() {
		return Stream.of(
				error("threshold above the metric's range", THRESHOLD_OUT_OF_RANGE,
						"requirement Q refines FunctionalCorrectness { accept accuracy >= ⟦1.5⟧ on D.test }",
						"requirement Q refines FunctionalCorrectness { accept accuracy >= 0.95 on D.test }"),
				error("negative threshold of a non-negative metric in a test", THRESHOLD_OUT_OF_RANGE,
						"suite S tests P { test T verifies Acc : threshold log_loss on D.test <= ⟦-1⟧ }",
						"suite S tests P { test T verifies Acc : threshold log_loss on D.test <= 0.5 }"),
				error("data metric in a model test", METRIC_NOT_APPLICABLE,
						"suite S tests P { test T verifies Acc : threshold ⟦completeness⟧ on D.test >= 0.9 }",
						"suite S tests P { test T verifies Acc : threshold accuracy on D.test >= 0.9 }"),
				error("model metric in a data-quality gate", METRIC_NOT_APPLICABLE,
						"pipeline P2 { prepare D { require ⟦accuracy⟧ >= 0.9 } }",
						"pipeline P2 { prepare D { require validity >= 0.9 } }"),
				error("fairness grouped by a non-protected feature", FAIRNESS_GROUPING_NOT_PROTECTED,
						"requirement Q refines Fairness { accept demographic_parity_difference by ⟦city⟧ <= 0.1 on D.test }",
						"requirement Q refines Fairness { accept demographic_parity_difference by sex <= 0.1 on D.test }"),
				error("fairness grouped by a numeric feature", FAIRNESS_GROUPING_NOT_CATEGORICAL,
						"suite S tests P { test T verifies Fair : fairness demographic_parity_difference by ⟦age⟧ <= 0.1 }",
						"suite S tests P { test T verifies Fair : fairness demographic_parity_difference by sex <= 0.1 }"),
				error("fairness metric without grouping", FAIRNESS_METRIC_WITHOUT_GROUPING,
						"requirement Q refines Fairness { accept ⟦demographic_parity_difference⟧ <= 0.1 on D.test }",
						"requirement Q refines Fairness { accept demographic_parity_difference by sex <= 0.1 on D.test }"),
				error("grouping a non-fairness metric", GROUPING_WITHOUT_FAIRNESS_METRIC,
						"requirement Q refines FunctionalCorrectness { accept ⟦accuracy⟧ by sex >= 0.9 on D.test }",
						"requirement Q refines FunctionalCorrectness { accept accuracy >= 0.9 on D.test }"),
				error("numeric noise on a categorical feature", NUMERIC_PERTURBATION_ON_CATEGORICAL,
						"requirement Q refines Robustness { accept accuracy >= 0.8 under gaussian noise sigma 0.1 on ⟦city⟧ }",
						"requirement Q refines Robustness { accept accuracy >= 0.8 under gaussian noise sigma 0.1 on income }"),
				error("category swap on a numeric feature", CATEGORY_SWAP_ON_NON_CATEGORICAL,
						"suite S tests P { test T verifies Fair : invariance swap ⟦income⟧ a -> b, flips <= 1 % }",
						"suite S tests P { test T verifies Fair : invariance swap sex f -> m, flips <= 1 % }"),
				error("swap of a category with itself", SWAP_SAME_CATEGORY,
						"suite S tests P { test T verifies Fair : invariance swap sex f <-> ⟦f⟧, flips <= 1 % }",
						"suite S tests P { test T verifies Fair : invariance swap sex f <-> m, flips <= 1 % }"),
				error("noise of strength zero", NON_POSITIVE_STRENGTH,
						"requirement Q refines Robustness { accept accuracy >= 0.8 under uniform noise amplitude ⟦0⟧ }",
						"requirement Q refines Robustness { accept accuracy >= 0.8 under uniform noise amplitude 0.2 }"),
				error("split shares not adding up to 100 %", SPLIT_SHARES_NOT_100,
						"dataset E { feature x : int split ⟦a 50 %⟧, b 40 % seed 1 }",
						"dataset E { feature x : int split a 50 %, b 50 % seed 1 }"),
				error("stratification by a numeric feature", STRATIFY_NOT_CATEGORICAL,
						"dataset E { feature x : int feature c : category [p, q] split a 50 %, b 50 % seed 1 stratified by ⟦x⟧ }",
						"dataset E { feature x : int feature c : category [p, q] split a 50 %, b 50 % seed 1 stratified by c }"),
				error("ordering comparison on a categorical feature", SLICE_PREDICATE_TYPE_MISMATCH,
						"dataset E { feature c : category [p, q] slice S1 where c ⟦<⟧ p }",
						"dataset E { feature c : category [p, q] slice S1 where c = p }"),
				error("number compared with a categorical feature", SLICE_PREDICATE_TYPE_MISMATCH,
						"dataset E { feature c : category [p, q] slice S1 where c = ⟦3⟧ }",
						"dataset E { feature c : category [p, q] slice S1 where c != q }"),
				error("membership test on a numeric feature", SLICE_PREDICATE_TYPE_MISMATCH,
						"dataset E { feature x : int slice S1 where ⟦x⟧ in [p] }",
						"dataset E { feature x : int slice S1 where x >= 3 }"),
				error("data path escaping the project with '..'", PATH_OUTSIDE_PROJECT,
						"dataset E { source csv ⟦\"../../../../../etc/passwd\"⟧ feature x : int }",
						"dataset E { source csv \"data/e.csv\" feature x : int }"),
				error("absolute data path not marked external", PATH_OUTSIDE_PROJECT,
						"dataset E { source csv ⟦\"/data/e.csv\"⟧ sha256 \"ab\" feature x : int }",
						"dataset E { source csv \"/data/e.csv\" external sha256 \"ab\" feature x : int }"),
				error("pre-trained model outside the project", PATH_OUTSIDE_PROJECT,
						"pipeline P2 { model N : classifier pretrained onnx ⟦\"../models/m.onnx\"⟧ }",
						"pipeline P2 { model N : classifier pretrained onnx \"../models/m.onnx\" external }"),
				error("baseline outside the project", PATH_OUTSIDE_PROJECT,
						"requirement Q refines FunctionalCorrectness { accept accuracy change >= -0.01 versus baseline ⟦\"/opt/m/1.0\"⟧ }",
						"requirement Q refines FunctionalCorrectness { accept accuracy change >= -0.01 versus baseline \"m/1.0\" }"),
				error("data path with a NUL character", PATH_INVALID,
						"dataset E { source csv ⟦\"data/e\\u0000.csv\"⟧ feature x : int }",
						"dataset E { source csv \"data/e.csv\" feature x : int }"),
				error("empty category", CATEGORY_NAME_INVALID,
						"dataset E { feature c : category [⟦\"\"⟧, q] }",
						"dataset E { feature c : category [\"18-25\", q] }"),
				error("category with surrounding white space", CATEGORY_NAME_INVALID,
						"dataset E { feature c : category [⟦\"New York \"⟧, q] }",
						"dataset E { feature c : category [\"New York\", q] }"),
				error("category declared twice, once quoted", DUPLICATE_NAME,
						"dataset E { feature c : category [q, ⟦\"q\"⟧] }",
						"dataset E { feature c : category [q, \"q-2\"] }"),
				error("empty numeric range", INVALID_RANGE,
						"dataset E { feature x : int range 10 .. ⟦5⟧ }",
						"dataset E { feature x : int range 5 .. 10 }"),
				error("constant imputation without a value", IMPUTE_CONSTANT_MISMATCH,
						"pipeline P2 { prepare D { impute income ⟦constant⟧ } }",
						"pipeline P2 { prepare D { impute income constant 0 } }"),
				error("scaling a categorical feature", STEP_FEATURE_TYPE,
						"pipeline P2 { prepare D { standardize income, ⟦city⟧ } }",
						"pipeline P2 { prepare D { standardize income, age } }"),
				error("imputing a category with a number", STEP_FEATURE_TYPE,
						"pipeline P2 { prepare D { impute ⟦city⟧ constant 0 } }",
						"pipeline P2 { prepare D { impute city mode } }"),
				warning("training without a seed", MISSING_SEED,
						"pipeline P2 { model N : classifier mlp ⟦train epochs 3⟧ }",
						"pipeline P2 { model N : classifier mlp train epochs 3 seed 5 }"),
				warning("training without a seed, not a pre-trained model, which is not trained", MISSING_SEED,
						"pipeline P2 { model N : classifier mlp ⟦train⟧ }",
						"pipeline P2 { model N : classifier pretrained onnx \"m.onnx\" train }"),
				error("a lower limit that warns above", WARN_LEVEL_INCONSISTENT,
						"requirement W refines FunctionalCorrectness { accept accuracy >= 0.9 warn above ⟦0.95⟧ }",
						"requirement W refines FunctionalCorrectness { accept accuracy >= 0.9 warn below 0.95 }"),
				error("a warning level on the failing side", WARN_LEVEL_INCONSISTENT,
						"requirement W refines FunctionalCorrectness { accept accuracy >= 0.9 warn below ⟦0.85⟧ }",
						"requirement W refines FunctionalCorrectness { accept accuracy >= 0.9 warn below 0.92 }"),
				error("an upper limit that warns below", WARN_LEVEL_INCONSISTENT,
						"pipeline P2 { prepare D { require outlier_rate <= 0.1 warn below ⟦0.05⟧ } }",
						"pipeline P2 { prepare D { require outlier_rate <= 0.1 warn above 0.05 } }"),
				error("an equality has no margin", WARN_LEVEL_INCONSISTENT,
						"requirement W refines FunctionalCorrectness { accept accuracy = 0.9 warn below ⟦0.95⟧ }",
						"requirement W refines FunctionalCorrectness { accept accuracy = 0.9 }"),
				error("training for zero epochs", TRAINING_VALUE_NOT_POSITIVE,
						"pipeline P2 { model N : classifier mlp train epochs ⟦0⟧ seed 5 }",
						"pipeline P2 { model N : classifier mlp train epochs 1 seed 5 }"),
				error("early stopping with zero patience", TRAINING_VALUE_NOT_POSITIVE,
						"pipeline P2 { model N : classifier mlp train epochs 9 seed 5 early stop on validation loss patience ⟦0⟧ }",
						"pipeline P2 { model N : classifier mlp train epochs 9 seed 5 early stop on validation loss patience 1 }"),
				error("drift warn level above fail level", MONITOR_LEVELS_INVERTED,
						"monitor Mo watches P { drift psi on income warn ⟦0.3⟧ fail 0.2 }",
						"monitor Mo watches P { drift psi on income warn 0.1 fail 0.2 }"),
				error("requirement without acceptance criterion", REQUIREMENT_WITHOUT_CRITERION,
						"requirement ⟦Q⟧ refines FunctionalCorrectness { }",
						"requirement Q refines FunctionalCorrectness { accept accuracy >= 0.9 }"),
				error("requirement without quality attribute", REQUIREMENT_WITHOUT_ATTRIBUTE,
						"requirement ⟦Q⟧ { accept accuracy >= 0.9 }",
						"requirement Q refines FunctionalCorrectness { accept accuracy >= 0.9 }"),
				warning("requirement verified by no test", REQUIREMENT_NOT_VERIFIED,
						"requirement ⟦Q⟧ refines FunctionalCorrectness { accept accuracy >= 0.9 on D.test }",
						"requirement Q refines FunctionalCorrectness { accept accuracy >= 0.9 on D.test }\n"
								+ "suite S tests P { test T verifies Q : threshold accuracy on D.test }"),
				warning("criterion metric that does not measure the attribute", CRITERION_METRIC_NOT_OF_ATTRIBUTE,
						"requirement Q refines FunctionalCorrectness { accept ⟦flip_rate⟧ <= 0.1 }",
						"requirement Q refines Robustness { accept flip_rate <= 0.1 }"),
				error("relative criterion without baseline", BASELINE_MISSING,
						"requirement Q refines FunctionalCorrectness { accept accuracy ⟦change⟧ >= -0.01 }",
						"requirement Q refines FunctionalCorrectness { accept accuracy change >= -0.01 versus baseline \"m/1.0\" }"),
				error("catastrophic hazard mitigated by nothing", HAZARD_NOT_MITIGATED,
						"hazard ⟦H⟧ \"Wrong dose\" severity catastrophic likelihood remote",
						"hazard H \"Wrong dose\" severity catastrophic likelihood remote\n"
								+ "requirement Q refines FunctionalCorrectness mitigates H { accept accuracy >= 0.99 }"),
				warning("major hazard mitigated by nothing", HAZARD_NOT_MITIGATED,
						"hazard ⟦H⟧ \"Late alarm\" severity major likelihood remote",
						"hazard H \"Late alarm\" severity major likelihood remote\n"
								+ "requirement Q refines FunctionalCorrectness mitigates H { accept accuracy >= 0.99 }"),
				error("test pattern that cannot measure the requirement's attribute", PATTERN_CANNOT_MEASURE_ATTRIBUTE,
						"suite S tests P { test T verifies ⟦Fair⟧ : threshold accuracy on D.test >= 0.9 }",
						"suite S tests P { test T verifies Fair : fairness demographic_parity_difference by sex <= 0.1 }"),
				error("test without metric and nothing to take it from", TEST_WITHOUT_METRIC,
						"suite S tests P { test ⟦T⟧ : robustness under gaussian sigma 0.1 on income }",
						"suite S tests P { test T verifies Rob : robustness under gaussian sigma 0.1 on income }"),
				error("test without threshold and no criterion on its metric", TEST_WITHOUT_THRESHOLD,
						"suite S tests P { test ⟦T⟧ verifies Acc : threshold precision on D.test }",
						"suite S tests P { test T verifies Acc : threshold accuracy on D.test }"),
				warning("project without a purpose", PROJECT_WITHOUT_PURPOSE,
						"project ⟦Pr⟧ { context \"Clinic\" }",
						"project Pr { purpose \"Triage\" context \"Clinic\" }"),
				warning("project without an operating context", PROJECT_WITHOUT_CONTEXT,
						"project ⟦Pr⟧ \"Triage support\" { purpose \"Triage\" assumption A1 \"Calm ward\" }",
						"project Pr \"Triage support\" { purpose \"Triage\" context \"Clinic\" assumption A1 \"Calm ward\" }"),
				warning("test verifying nothing", TEST_VERIFIES_NOTHING,
						"suite S tests P { test ⟦T⟧ : threshold accuracy on D.test >= 0.9 }",
						"suite S tests P { test T verifies Acc : threshold accuracy on D.test >= 0.9 }"),
				error("zero repetitions", REPEATS_INVALID,
						"suite S tests P { test T verifies Acc : threshold accuracy on D.test repeat ⟦0⟧ }",
						"suite S tests P { test T verifies Acc : threshold accuracy on D.test repeat 10 }"),
				error("confidence level above 100 %", CONFIDENCE_OUT_OF_RANGE,
						"suite S tests P { test T verifies Acc : threshold accuracy on D.test confidence ⟦150 %⟧ }",
						"suite S tests P { test T verifies Acc : threshold accuracy on D.test confidence 95 % }"),
				error("duplicate names in one file", DUPLICATE_NAME,
						"requirement ⟦Acc⟧ refines FunctionalCorrectness { accept accuracy >= 0.8 }",
						"requirement Acc2 refines FunctionalCorrectness { accept accuracy >= 0.8 }"),
				new RuleCase("unresolved import", IMPORT_UNRESOLVED, Severity.ERROR,
						PRELUDE.replace("import assay.iso25012.*", "import assay.iso25012.*\nimport ⟦assay.iso99999.*⟧"),
						PRELUDE.replace("import assay.iso25012.*", "import assay.iso25012.*\nimport assay.iso25059.accuracy")));
	}

	@Inject
	private AssayTestSupport support;

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void failingModelReportsTheIssueAtTheMarkedRegion(RuleCase c) {
		c.assertReportedAtMarkedRegion(support);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void passingModelDoesNotReportTheIssue(RuleCase c) {
		List<Issue> issues = support.validate(support.parse(c.passing()));
		assertTrue(issues.stream().noneMatch(i -> c.code().equals(i.getCode())), () -> AssayTestSupport.describe(issues));
		assertTrue(AssayTestSupport.errors(issues).stream().noneMatch(i -> i.getCode() != null && i.getCode().contains("Linking")),
				() -> "passing model must link: " + AssayTestSupport.describe(issues));
	}
}
