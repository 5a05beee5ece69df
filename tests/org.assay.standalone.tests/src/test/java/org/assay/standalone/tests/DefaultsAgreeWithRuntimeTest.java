package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.assay.dsl.semantics.Defaults;
import org.assay.model.ActionKind;
import org.assay.model.Activation;
import org.assay.model.ImputeStrategy;
import org.assay.model.Optimizer;
import org.assay.runtime.djl.MlpSpec;
import org.assay.runtime.djl.PreparationStep;
import org.assay.runtime.monitor.AssayMonitor;
import org.assay.runtime.suite.Checks;
import org.junit.jupiter.api.Test;

/**
 * The generator passes the DSL's keywords to the runtime as strings and fills omitted ones from {@link Defaults}:
 * every keyword the language accepts must be one the runtime knows (the runtime refuses unknown ones), and the
 * defaults the language documents must be the runtime's own.
 */
class DefaultsAgreeWithRuntimeTest {

	@Test
	void everyActivationOptimizerImputationAndActionOfTheLanguageIsKnownToTheRuntime() {
		for (Activation activation : Activation.values()) {
			assertDoesNotThrow(() -> new MlpSpec(new int[] { 2 }, activation.getLiteral(), 0, 1, 1, "adam", 0.1, 0), activation.getLiteral());
		}
		for (Optimizer optimizer : Optimizer.values()) {
			assertDoesNotThrow(() -> new MlpSpec(new int[] { 2 }, "relu", 0, 1, 1, optimizer.getLiteral(), 0.1, 0), optimizer.getLiteral());
		}
		for (ImputeStrategy strategy : ImputeStrategy.values()) {
			assertDoesNotThrow(() -> PreparationStep.impute(strategy.getLiteral(), 0, "m:1", "x"), strategy.getLiteral());
		}
		for (ActionKind kind : ActionKind.values()) {
			assertDoesNotThrow(() -> new AssayMonitor.Action(kind.getLiteral(), null), kind.getLiteral());
		}
	}

	@Test
	void theLanguagesDefaultsAreTheRuntimes() {
		MlpSpec undeclared = new MlpSpec(new int[] { 2 }, null, 0, 1, 1, null, 0.1, 0);
		assertEquals(Defaults.ACTIVATION.getLiteral(), undeclared.activation());
		assertEquals(Defaults.OPTIMIZER.getLiteral(), undeclared.optimizer());
		assertEquals(Defaults.CONFIDENCE, Checks.DEFAULT_CONFIDENCE);
	}

	@Test
	void aSuiteTestsDefaultStageIsTheOneTheRuntimeRecords() {
		org.assay.model.TestSuite suite = org.assay.model.AssayFactory.eINSTANCE.createTestSuite();
		org.assay.model.TestCase test = org.assay.model.AssayFactory.eINSTANCE.createTestCase();
		suite.getTests().add(test);
		assertEquals(org.assay.dsl.semantics.RiskTable.stage(test).getLiteral(),
				org.assay.runtime.suite.SuiteContext.DEFAULT_PHASE);
	}
}
