package org.assay.trace;

/**
 * An element of the traceability graph.
 *
 * @param id unique in the graph: {@code kind:qualified.name}
 * @param kind what it is
 * @param name its qualified name
 * @param title its title or a short description (may be null)
 * @param source where it is written ({@code file:line}; null for catalogue elements without one)
 * @param status for tests: the verdict of the current result, {@code STALE} when its inputs changed since, or
 *            {@code MISSING}; for requirements: the worst status of the tests that verify them ({@code UNVERIFIED}
 *            when none does); for data files: {@code CHANGED} when the recorded hash no longer matches; null otherwise
 */
public record TraceNode(String id, Kind kind, String name, String title, String source, String status) {

	/** Node kinds, in the order the diagram lays them out from left to right. */
	public enum Kind {
		HAZARD, ATTRIBUTE, REQUIREMENT, TEST, PIPELINE, DATASET, MODEL;

		public String label() {
			return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** The name without its namespace. */
	public String simpleName() {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(dot + 1);
	}

	/** The file of {@link #source()} ({@code breast-cancer.assay}), or null without a source. */
	public String sourceFile() {
		return source == null ? null : source.substring(0, source.lastIndexOf(':'));
	}

	/** The line of {@link #source()}, or 0 without a source. */
	public int sourceLine() {
		return source == null ? 0 : Integer.parseInt(source.substring(source.lastIndexOf(':') + 1));
	}

	TraceNode withStatus(String newStatus) {
		return new TraceNode(id, kind, name, title, source, newStatus);
	}
}
