package org.assay.trace.layout;

import java.util.List;

import org.assay.trace.TraceEdge;
import org.assay.trace.TraceNode;

/**
 * A laid-out traceability graph: node boxes and edge routes in diagram coordinates (top left origin), ready to draw
 * on any canvas (SVG here, SWT in the IDE).
 *
 * @param note what the reader should know about how the diagram was laid out (a large graph drawn in columns, a
 *            layout that failed and was replaced), in words for the user; null when there is nothing to say
 */
public record TraceDiagram(List<Box> nodes, List<Route> edges, double width, double height, String note) {

	/** A diagram without a note. */
	public TraceDiagram(List<Box> nodes, List<Route> edges, double width, double height) {
		this(nodes, edges, width, height, null);
	}

	/** The same diagram with the given note. */
	public TraceDiagram withNote(String newNote) {
		return new TraceDiagram(nodes, edges, width, height, newNote);
	}

	/** A node's box. */
	public record Box(TraceNode node, double x, double y, double width, double height) {
	}

	/**
	 * An edge's route, from the element that depends to the one it depends on (the arrow's end): a polyline of
	 * {@code x0, y0, x1, y1, …}.
	 */
	public record Route(TraceEdge edge, double[] points) {
	}
}
