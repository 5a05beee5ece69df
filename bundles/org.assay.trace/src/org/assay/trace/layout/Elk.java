package org.assay.trace.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;

/**
 * What every diagram Assay lays out with ELK Layered shares (the traceability diagram, the safety case): the one-time
 * registration of ELK's option metadata, and reading an edge's route back as a polyline.
 */
public final class Elk {

	private static boolean registered;

	private Elk() {
	}

	/**
	 * ELK's option metadata (and the copy support of its option types) must be registered once; inside Eclipse the
	 * extension registry would do it, here it is done directly so the layout runs the same with or without OSGi.
	 */
	public static synchronized void registerLayoutMetadata() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	/** The laid-out route of an edge as {@code x0, y0, x1, y1, …}; empty when ELK routed none. */
	public static double[] points(ElkEdge edge) {
		if (edge.getSections().isEmpty()) {
			return new double[0];
		}
		ElkEdgeSection section = edge.getSections().get(0);
		double[] points = new double[4 + 2 * section.getBendPoints().size()];
		points[0] = section.getStartX();
		points[1] = section.getStartY();
		int i = 2;
		for (ElkBendPoint bend : section.getBendPoints()) {
			points[i++] = bend.getX();
			points[i++] = bend.getY();
		}
		points[i++] = section.getEndX();
		points[i] = section.getEndY();
		return points;
	}

	/** A polyline walked the other way. */
	public static double[] reverse(double[] points) {
		double[] reversed = new double[points.length];
		for (int i = 0; i < points.length; i += 2) {
			reversed[points.length - 2 - i] = points[i];
			reversed[points.length - 1 - i] = points[i + 1];
		}
		return reversed;
	}
}
