package org.assay.runtime.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The monitor runs in the engine-neutral runtime (this module has no DJL or PyTorch on its class path): drift
 * windows, levels and reactions; unknown statistics and actions are refused when declared.
 */
class AssayMonitorTest {

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
