package org.assay.runtime.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Runtime options that generated code passes as strings are refused when unknown, naming the allowed values, at
 * the moment they are declared — not at training time, never replaced by a default (the monitor's: AssayMonitorTest).
 */
class RuntimeOptionsTest {

	@Test
	void anUnknownActivationOrOptimizerIsRefusedWhenTheModelIsDeclared() {
		// before: the spec was accepted and training failed later (activation) or the record never checked it
		var activation = assertThrows(IllegalArgumentException.class,
				() -> new MlpSpec(new int[] { 4 }, "Relu", 0, 1, 8, "adam", 0.01, 1));
		assertEquals("unknown activation 'Relu'; use relu, tanh, sigmoid or gelu", activation.getMessage());
		var optimizer = assertThrows(IllegalArgumentException.class,
				() -> new MlpSpec(new int[] { 4 }, "relu", 0, 1, 8, "rmsprop", 0.01, 1));
		assertEquals("unknown optimizer 'rmsprop'; use sgd, adam or adamw", optimizer.getMessage());
	}

	@Test
	void anUndeclaredActivationAndOptimizerAreTheDslDefaults() {
		MlpSpec spec = new MlpSpec(new int[] { 4 }, null, 0, 1, 8, null, 0.01, 1);
		assertEquals(MlpSpec.Activation.RELU, spec.activationKind());
		assertEquals(MlpSpec.Optimizer.ADAM, spec.optimizerKind());
	}

	@Test
	void preparationOptionsAreEnumsAndUnknownOnesNameTheAllowedValues() {
		assertEquals(PreparationStep.Imputation.MEDIAN, PreparationStep.impute("median", Double.NaN, "m:1", "x").imputation());
		assertEquals(PreparationStep.Scaling.NORMALIZE, PreparationStep.scale("normalize", "m:2", "x").scaling());
		assertEquals(PreparationStep.Encoding.ORDINAL, PreparationStep.encode("ordinal", "m:3", "c").encoding());
		var impute = assertThrows(IllegalArgumentException.class, () -> PreparationStep.impute("average", Double.NaN, "m:4", "x"));
		assertEquals("m:4: impute has no option 'average'; use mean, median, mode or constant", impute.getMessage());
		var encode = assertThrows(IllegalArgumentException.class, () -> PreparationStep.encode("one_hot", "m:5", "c"));
		assertEquals("m:5: encode has no option 'one_hot'; use onehot or ordinal", encode.getMessage());
		assertThrows(IllegalStateException.class, () -> PreparationStep.drop("m:6", "x").scaling());
	}
}
