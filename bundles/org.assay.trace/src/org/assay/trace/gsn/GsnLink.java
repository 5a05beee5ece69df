package org.assay.trace.gsn;

/**
 * A relation of the argument: {@code from} is supported by, or stated in the context of, {@code to}.
 */
public record GsnLink(String from, String to, Kind kind) {

	/** GSN's two relations. */
	public enum Kind {
		/** goal or strategy → goal, strategy or solution (solid arrowhead) */
		SUPPORTED_BY("supportedBy"),
		/** goal or strategy → context, assumption or justification (hollow arrowhead) */
		IN_CONTEXT_OF("inContextOf");

		private final String json;

		Kind(String json) {
			this.json = json;
		}

		/** Its name in the JSON form. */
		public String json() {
			return json;
		}
	}
}
