package org.assay.dsl.tests;

import static org.assay.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * The generation limits as validation reports them (GenerationLimitValidator over PipelineSemantics and
 * TestSemantics, the rules the generator reads too): one failing model (⟦…⟧ marks where the issue must be) and one
 * passing model per rule, in the style of {@link AssayValidatorTest}, with a classifier and a regressor pipeline.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayGenerationLimitTest {

	static final String PRELUDE = """
			namespace t
			import assay.iso25059.*
			import assay.iso25012.*
			dataset D {
				source csv "d.csv"
				label y : category [pos, neg]
				feature age : int range 0 .. 120
				feature income : double range 0 .. *
				feature city : category [a, b]
				feature sex : category [f, m] protected
				split train 80 %, test 20 % seed 1
			}
			dataset R {
				source csv "r.csv"
				label level : double range 0 .. *
				feature dose : double range 0 .. *
				feature group : category [g1, g2]
				feature gender : category [f, m] protected
				split train 80 %, test 20 % seed 1
			}
			dataset I {
				source csv "i.csv"
				label digit : category [zero, one]
				feature pixels : tensor [8, 8] range 0 .. 16
				split train 80 %, test 20 % seed 1
			}
			pipeline P {
				prepare D { require completeness >= 0.9 }
				model M : classifier mlp hidden [8]
				train epochs 1 seed 1
			}
			pipeline PR {
				prepare R { require completeness >= 0.9 }
				model M : regressor mlp hidden [8]
				train epochs 1 seed 1
			}
			requirement Acc refines FunctionalCorrectness { accept accuracy >= 0.9 on D.test }
			requirement Err refines FunctionalCorrectness { accept rmse <= 10 on R.test }
			requirement Fair refines Fairness { accept demographic_parity_difference by sex <= 0.1 on D.test }
			requirement RFair refines Fairness { accept demographic_parity_difference by gender <= 0.1 on R.test }
			requirement Rob refines Robustness { accept accuracy >= 0.5 on D.test under fgsm epsilon 0.1 }
			requirement RErr refines Robustness { accept rmse <= 12 on R.test under gaussian noise sigma 0.1 on dose }
			requirement Swap refines Fairness { accept flip_rate <= 0.05 on D.test }
			suite Base tests P { test A verifies Acc : threshold accuracy on D.test }
			suite RBase tests PR { test E verifies Err : threshold rmse on R.test }
			""";

	static RuleCase error(String name, String code, String failing, String passing) {
		return new RuleCase(name, code, Severity.ERROR, PRELUDE + failing, PRELUDE + passing);
	}

	static RuleCase warning(String name, String code, String failing, String passing) {
		return new RuleCase(name, code, Severity.WARNING, PRELUDE + failing, PRELUDE + passing);
	}

	static Stream<RuleCase> cases() {
		return Stream.of(
				warning("pipeline preparing two datasets", PIPELINE_DATASET_COUNT,
						"pipeline ⟦P2⟧ { prepare D { } prepare R { } model N : classifier mlp train epochs 1 seed 1 }",
						"pipeline P2 { prepare D { } model N : classifier mlp train epochs 1 seed 1 }"),
				warning("pipeline of a dataset without source", PIPELINE_DATASET_INCOMPLETE,
						"dataset E { label z : category [u, v] feature x : int split a 50 %, b 50 % seed 1 }\n"
								+ "pipeline ⟦P2⟧ { prepare E { } model N : classifier mlp train epochs 1 seed 1 }",
						"dataset E { source csv \"e.csv\" label z : category [u, v] feature x : int split a 50 %, b 50 % seed 1 }\n"
								+ "pipeline P2 { prepare E { } model N : classifier mlp train epochs 1 seed 1 }"),
				warning("pipeline without a model", PIPELINE_WITHOUT_MODEL,
						"pipeline ⟦P2⟧ { prepare D { } }",
						"pipeline P2 { prepare D { } model N : classifier mlp train epochs 1 seed 1 }"),
				error("regressor of a categorical label", MODEL_TASK_MISMATCH,
						"pipeline P2 { prepare D { } model N : ⟦regressor⟧ mlp train epochs 1 seed 1 }",
						"pipeline P2 { prepare D { } model N : classifier mlp train epochs 1 seed 1 }"),
				error("classifier of a numeric label", MODEL_TASK_MISMATCH,
						"pipeline P2 { prepare R { } model N : ⟦classifier⟧ mlp train epochs 1 seed 1 }",
						"pipeline P2 { prepare R { } model N : regressor mlp train epochs 1 seed 1 }"),
				warning("pre-trained TorchScript model", PRETRAINED_FORMAT_NOT_LOADED,
						"pipeline ⟦P2⟧ { prepare D { } model N : classifier pretrained torchscript \"m.pt\" train on D.train }",
						"pipeline P2 { prepare D { } model N : classifier pretrained onnx \"m.onnx\" train on D.train }"),
				warning("regressor with early stopping", REGRESSOR_NOT_GENERATED,
						"pipeline ⟦P2⟧ { prepare R { } model N : regressor mlp train epochs 3 seed 1 validate on R.test "
								+ "early stop on validation loss patience 2 }",
						"pipeline P2 { prepare R { } model N : regressor mlp train epochs 3 seed 1 }"),
				warning("monitor of a regressor", REGRESSOR_NOT_GENERATED,
						"monitor Mo watches ⟦PR⟧ { drift psi on dose warn 0.1 fail 0.2 }",
						"monitor Mo watches P { drift psi on income warn 0.1 fail 0.2 }"),
				warning("CNN of a tabular dataset", CNN_INPUT_SHAPE,
						"pipeline ⟦P2⟧ { prepare D { } model N : classifier cnn filters [4] train epochs 1 seed 1 }",
						"pipeline P2 { prepare I { } model N : classifier cnn filters [4] train epochs 1 seed 1 }"),
				warning("early stopping without a validation partition", TRAINING_NOT_GENERATED,
						"pipeline P2 { prepare D { } model N : classifier mlp ⟦train epochs 3 seed 1 early stop on validation loss patience 2⟧ }",
						"pipeline P2 { prepare D { } model N : classifier mlp train epochs 3 seed 1 validate on D.test early stop on validation loss patience 2 }"),
				warning("suite of a pipeline that is not generated", SUITE_PIPELINE_NOT_GENERATED,
						"pipeline P2 { prepare D { } }\nsuite S tests ⟦P2⟧ { test T verifies Acc : threshold accuracy on D.test }",
						"pipeline P2 { prepare D { } }\nsuite S tests P { test T verifies Acc : threshold accuracy on D.test }"),
				error("robustness metric in a threshold test", METRIC_NOT_COMPUTED,
						"suite S tests P { test T verifies Acc : threshold ⟦flip_rate⟧ on D.test <= 0.1 }",
						"suite S tests P { test T verifies Acc : threshold prediction_confidence on D.test >= 0.6 }"),
				error("classification metric of a regressor", METRIC_NOT_COMPUTED,
						"suite S tests PR { test T verifies Err : threshold ⟦accuracy⟧ on R.test >= 0.9 }",
						"suite S tests PR { test T verifies Err : threshold r2 on R.test >= 0.3 }"),
				error("regression metric of a classifier", METRIC_NOT_COMPUTED,
						"suite S tests P { test T verifies Acc : threshold ⟦mae⟧ on D.test <= 3 }",
						"suite S tests P { test T verifies Acc : threshold accuracy on D.test >= 0.9 }"),
				error("regression metric taken from the requirement", METRIC_NOT_COMPUTED,
						"suite S tests P { test ⟦T⟧ verifies RErr : robustness on D.test under gaussian sigma 0.1 on income }",
						"suite S tests PR { test T verifies RErr : robustness on R.test under gaussian sigma 0.1 on dose }"),
				error("class balance of a numeric label", METRIC_NOT_COMPUTED,
						"pipeline P2 { prepare R { require ⟦class_balance⟧ >= 0.5 } model N : regressor mlp train epochs 1 seed 1 }",
						"pipeline P2 { prepare R { require validity >= 0.5 } model N : regressor mlp train epochs 1 seed 1 }"),
				error("drift statistic in a gate", METRIC_NOT_COMPUTED,
						"pipeline P2 { prepare D { require ⟦psi⟧ <= 0.2 } model N : classifier mlp train epochs 1 seed 1 }",
						"pipeline P2 { prepare D { require outlier_rate <= 0.2 } model N : classifier mlp train epochs 1 seed 1 }"),
				error("fairness test of a regressor", PATTERN_NOT_FOR_REGRESSOR,
						"suite S tests PR { test ⟦T⟧ verifies RFair : fairness demographic_parity_difference by gender on R.test }",
						"suite S tests P { test T verifies Fair : fairness demographic_parity_difference by sex on D.test }"),
				error("invariance test of a regressor", PATTERN_NOT_FOR_REGRESSOR,
						"suite S tests PR { test ⟦T⟧ verifies RFair : invariance swap gender f <-> m, flips <= 1 % }",
						"suite S tests PR { test T verifies Err : directional raise dose by 1 expect increase }"),
				error("directional test raising a category", DIRECTIONAL_FEATURE_NOT_NUMERIC,
						"suite S tests P { test ⟦T⟧ verifies Acc : directional raise city by 1 expect increase }",
						"suite S tests P { test T verifies Acc : directional raise income by 1 expect increase }"),
				error("directional test of a class probability of a regressor", DIRECTIONAL_TARGET_ON_REGRESSOR,
						"suite S tests PR { test ⟦T⟧ verifies Err : directional raise dose by 1 expect increase of f }",
						"suite S tests PR { test T verifies Err : directional raise dose by 1 expect increase }"),
				warning("invariance under noise", INVARIANCE_NOT_SWAP,
						"suite S tests P { test ⟦T⟧ verifies Swap : invariance gaussian sigma 0.1 on income, flips <= 1 % }",
						"suite S tests P { test T verifies Swap : invariance swap sex f <-> m, flips <= 1 % }"),
				warning("FGSM on a pre-trained model", PATTERN_NEEDS_TRAINED_MODEL,
						"pipeline PP { prepare D { } model N : classifier pretrained onnx \"m.onnx\" train on D.train }\n"
								+ "suite S tests PP { test ⟦T⟧ verifies Rob : adversarial fgsm epsilon 0.1 accuracy on D.test }",
						"pipeline PP { prepare D { } model N : classifier pretrained onnx \"m.onnx\" train on D.train }\n"
								+ "suite S tests P { test T verifies Rob : adversarial fgsm epsilon 0.1 accuracy on D.test }"));
	}

	@Inject
	private AssayTestSupport support;

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void failingModelReportsTheLimitAtTheMarkedRegion(RuleCase c) {
		c.assertReportedAtMarkedRegion(support);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void passingModelDoesNotReportTheLimit(RuleCase c) {
		List<Issue> issues = support.validate(support.parse(c.passing()));
		assertTrue(issues.stream().noneMatch(i -> c.code().equals(i.getCode())), () -> AssayTestSupport.describe(issues));
		assertTrue(AssayTestSupport.errors(issues).isEmpty(), () -> "passing model must be valid: " + AssayTestSupport.describe(issues));
	}

	@Test
	void thePreludeHasNoGenerationLimit() {
		List<Issue> issues = support.validate(support.parse(PRELUDE));
		assertTrue(AssayTestSupport.errors(issues).isEmpty(), () -> AssayTestSupport.describe(issues));
		assertTrue(issues.stream().noneMatch(i -> i.getCode() != null && (i.getCode().endsWith("NotGenerated")
				|| i.getCode().endsWith("NotComputed") || i.getCode().endsWith("ForRegressor"))), () -> AssayTestSupport.describe(issues));
	}
}
