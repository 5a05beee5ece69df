package org.assay.trace.gsn;

import java.util.List;

/**
 * A laid-out safety case: one shape per element and one route per link, in diagram coordinates (top left origin).
 *
 * @param note how the drawing was laid out when it is not the detailed layout (a large argument drawn as an outline),
 *            in words for the user; null otherwise
 */
public record GsnDiagram(SafetyCase safetyCase, List<Shape> shapes, List<Route> routes, double width, double height,
		String note) {

	public GsnDiagram {
		shapes = List.copyOf(shapes);
		routes = List.copyOf(routes);
	}

	/**
	 * An element's place and its statement's lines.
	 *
	 * @param height including, for an undeveloped element, the diamond below it ({@link GsnLayout#DIAMOND})
	 */
	public record Shape(GsnElement element, List<String> lines, double x, double y, double width, double height) {
	}

	/** A link's route, from the element that is supported or qualified to the one that supports or qualifies it. */
	public record Route(GsnLink link, double[] points) {
	}
}
