package org.assay.trace.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.trace.TraceEdge;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceNode;
import org.assay.trace.TraceNode.Kind;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a trace graph out with ELK Layered, left to right in the order of the assurance argument: hazards and quality
 * attributes, requirements, tests, pipelines, data and models. The same code lays out the IDE's diagram, the CLI's
 * SVG and the report's, and it needs no OSGi: the layered algorithm is called directly.
 */
public final class TraceLayout {

	/** Box height; widths follow the labels. */
	public static final double NODE_HEIGHT = 46;

	private TraceLayout() {
	}

	/**
	 * Lays the graph out: with ELK Layered up to {@link #DETAILED_LIMIT} elements, in columns above (see
	 * {@link ColumnLayout}), and in columns with a note saying why when ELK fails (it overflows the stack in its
	 * compaction on large graphs). Never throws for a well-formed graph.
	 */
	public static TraceDiagram layout(TraceGraph graph) {
		if (graph.nodes().size() > DETAILED_LIMIT) {
			return ColumnLayout.layout(graph).withNote(String.format(java.util.Locale.ROOT, "%,d elements: drawn in columns "
					+ "(requirements grouped by hazard, tests by requirement, straight links); filter by a hazard, requirement "
					+ "or suite for the detailed layout (up to %,d elements).", graph.nodes().size(), DETAILED_LIMIT));
		}
		try {
			return detailed(graph);
		} catch (StackOverflowError | RuntimeException e) {
			String why = e instanceof StackOverflowError ? "it ran out of stack" : e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : ": " + e.getMessage());
			return ColumnLayout.layout(graph).withNote("The detailed layout of these " + graph.nodes().size()
					+ " elements failed (" + why + "); drawn in columns instead.");
		}
	}

	/**
	 * The most elements laid out with ELK Layered: about 500 requirements with 3 tests each (a second on a loaded
	 * machine); at 2,000 requirements its Brandes-Köpf compaction overflows the stack.
	 */
	public static final int DETAILED_LIMIT = 2500;

	/** The most elements laid out with ELK's thorough defaults; up to {@link #DETAILED_LIMIT} with cheaper options. */
	public static final int THOROUGH_LIMIT = 1000;

	private static TraceDiagram detailed(TraceGraph graph) {
		Elk.registerLayoutMetadata();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 8.0);
		if (graph.nodes().size() > THOROUGH_LIMIT) {
			// four times faster at 2,000 elements: one crossing-minimisation sweep, and node placement without
			// Brandes-Köpf (whose compaction recurses once per block and overflows the stack on large graphs)
			root.setProperty(LayeredOptions.THOROUGHNESS, 1);
			root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
		} else {
			root.setProperty(LayeredOptions.THOROUGHNESS, 3);
		}
		Map<String, ElkNode> boxes = new HashMap<>();
		for (TraceNode node : graph.nodes()) {
			ElkNode box = ElkGraphUtil.createNode(root);
			box.setIdentifier(node.id());
			box.setDimensions(width(node), NODE_HEIGHT);
			boxes.put(node.id(), box);
		}
		List<ElkEdge> elkEdges = new ArrayList<>();
		List<Boolean> reversed = new ArrayList<>();
		for (TraceEdge edge : graph.edges()) {
			// edges point along the argument (left to right) for layering; drawn routes point to what is depended on
			boolean backwards = rank(graph.node(edge.from()).kind()) > rank(graph.node(edge.to()).kind());
			ElkNode source = boxes.get(backwards ? edge.to() : edge.from());
			ElkNode target = boxes.get(backwards ? edge.from() : edge.to());
			elkEdges.add(ElkGraphUtil.createSimpleEdge(source, target));
			reversed.add(backwards);
		}
		new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

		List<TraceDiagram.Box> nodes = new ArrayList<>();
		for (TraceNode node : graph.nodes()) {
			ElkNode box = boxes.get(node.id());
			nodes.add(new TraceDiagram.Box(node, box.getX(), box.getY(), box.getWidth(), box.getHeight()));
		}
		List<TraceDiagram.Route> routes = new ArrayList<>();
		for (int i = 0; i < elkEdges.size(); i++) {
			double[] points = Elk.points(elkEdges.get(i));
			if (reversed.get(i)) {
				points = Elk.reverse(points);
			}
			routes.add(new TraceDiagram.Route(graph.edges().get(i), points));
		}
		return new TraceDiagram(nodes, routes, root.getWidth(), root.getHeight());
	}

	/** Column of a kind in the argument's order. */
	static int rank(Kind kind) {
		return switch (kind) {
		case HAZARD, ATTRIBUTE -> 0;
		case REQUIREMENT -> 1;
		case TEST -> 2;
		case PIPELINE -> 3;
		case DATASET, MODEL -> 4;
		};
	}

	/** Wide enough for the longer of the two label lines at about 7 px per character (the SVG font is 12 px). */
	static double width(TraceNode node) {
		int characters = Math.max(node.simpleName().length(), node.kind().label().length() + (node.status() == null ? 0
				: node.status().length() + 3));
		return Math.max(110, 7.2 * characters + 24);
	}
}
