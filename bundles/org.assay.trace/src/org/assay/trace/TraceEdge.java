package org.assay.trace;

/**
 * A link of the traceability graph, as the models declare it: a requirement mitigates a hazard and refines an
 * attribute, a test verifies requirements, tests a pipeline and measures on a dataset, a pipeline prepares datasets and
 * builds a model.
 *
 * @param suspect why the link can no longer be trusted (a recorded hash that no longer matches), or null
 */
public record TraceEdge(String from, String to, Kind kind, String suspect) {

	/** What a link means. */
	public enum Kind {
		/** requirement → hazard */
		MITIGATES,
		/** requirement → quality attribute */
		REFINES,
		/** test → requirement */
		VERIFIES,
		/** test → pipeline (the pipeline whose model the test checks) */
		TESTS,
		/** pipeline → dataset */
		PREPARES,
		/** pipeline → model */
		BUILDS,
		/** test → dataset (the data it measures on) */
		MEASURES_ON;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		}
	}

	public boolean isSuspect() {
		return suspect != null;
	}
}
