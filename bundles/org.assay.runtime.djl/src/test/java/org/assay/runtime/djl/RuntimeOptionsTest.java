package org.assay.runtime.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.assay.runtime.monitor.AssayMonitor;
import org.junit.jupiter.api.Test;

/**
 * Runtime options that generated code passes as strings are refused when unknown, naming the allowed values, at
 * the moment they are declared — not at training time, not as a logged warning, never replaced by a default.
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

	@Test
	void anUnknownMonitorStatisticOrActionIsRefusedWithItsSource() {
		// before: an unknown action was only logged when a window warned, an unknown statistic failed at the first window
		var statistic = assertThrows(IllegalArgumentException.class,
				() -> new AssayMonitor.DriftWatch("wasserstein", List.of("x"), 10, 0.1, 0.2, "m.assay:9"));
		assertEquals("m.assay:9: unknown drift statistic 'wasserstein'; use psi or ks_statistic", statistic.getMessage());
		var action = assertThrows(IllegalArgumentException.class, () -> new AssayMonitor.Action("page", null));
		assertEquals("unknown monitor action 'page'; use alert, log, fallback, retrain or block", action.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new AssayMonitor.ConfidenceWatch(0.5, 0, null, 0.1, "m.assay:10"));
	}

	@Test
	void aDeclaredMonitorStillReactsToEveryKnownAction() {
		List<String> seen = new java.util.ArrayList<>();
		AssayMonitor monitor = new AssayMonitor(Map.of("x", new double[] { 0, 0, 0, 0 })) {
			@Override
			protected String name() {
				return "m";
			}

			@Override
			protected List<DriftWatch> driftWatches() {
				return List.of(new DriftWatch("ks_statistic", List.of("x"), 4, 0.1, 0.5, "m.assay:3"));
			}

			@Override
			protected List<ConfidenceWatch> confidenceWatches() {
				return List.of();
			}

			@Override
			protected Map<Level, List<Action>> reactions() {
				return Map.of(Level.FAIL, List.of(new Action("alert", null), new Action("fallback", "rules"), new Action("block", null)));
			}

			@Override
			protected void alert(Event event) {
				seen.add("alert");
			}

			@Override
			protected void fallback(String target, Event event) {
				seen.add("fallback " + target);
			}

			@Override
			protected void block(Event event) {
				seen.add("block");
			}
		};
		List<AssayMonitor.Event> events = monitor.observe(Map.of("x", new double[] { 5, 6, 7, 8 }), null);
		assertEquals(1, events.size());
		assertEquals(AssayMonitor.Level.FAIL, events.get(0).level());
		assertEquals(1.0, events.get(0).value(), 1e-12, "no overlap: the KS statistic is 1");
		assertEquals(List.of("alert", "fallback rules", "block"), seen);
	}
}
