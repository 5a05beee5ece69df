package org.assay.trace.gsn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.trace.gsn.GsnElement.Type;
import org.assay.trace.layout.Elk;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a safety case out top-down with ELK Layered (the same ELK set-up as the traceability diagram, {@link Elk}):
 * the top goal first, what supports each element below it. Shapes are sized to their wrapped statements; the same
 * safety case gives the same coordinates.
 */
public final class GsnLayout {

	/** Height of the line under a shape's statement that names it and its status, and of each statement line. */
	public static final double HEADER = 18;
	public static final double LINE = 14;
	/** Room below an undeveloped element for GSN's diamond. */
	public static final double DIAMOND = 16;

	private GsnLayout() {
	}

	/** The most elements laid out with ELK Layered; larger arguments are drawn as an outline ({@link #outline}). */
	public static final int DETAILED_LIMIT = 1500;

	/** The most elements laid out with ELK's thorough settings; up to {@link #DETAILED_LIMIT} with cheaper ones. */
	static final int THOROUGH_LIMIT = 600;

	/**
	 * Lays the safety case out: with ELK Layered up to {@link #DETAILED_LIMIT} elements, as an outline above that or
	 * when ELK fails (it overflows the stack on large graphs), with a note saying so. Never throws.
	 */
	public static GsnDiagram layout(SafetyCase safetyCase) {
		Map<String, List<String>> lines = new HashMap<>();
		Map<String, double[]> sizes = new HashMap<>();
		for (GsnElement element : safetyCase.elements()) {
			List<String> text = new ArrayList<>(GsnText.wrap(element.text(), charactersPerLine(element.type())));
			if (element.evidence() != null && element.evidence().lineage() != null) {
				text.add("lineage " + element.evidence().lineage().substring(0, 12));
			}
			lines.put(element.id(), text);
			sizes.put(element.id(), size(element, text));
		}
		int n = safetyCase.elements().size();
		if (n > DETAILED_LIMIT) {
			return outline(safetyCase, lines, sizes, String.format(Locale.ROOT, "%,d elements: drawn as an outline (each "
					+ "element below the one it develops, indented); the JSON form holds the whole argument.", n));
		}
		try {
			return detailed(safetyCase, lines, sizes);
		} catch (StackOverflowError | RuntimeException e) {
			String why = e instanceof StackOverflowError ? "it ran out of stack" : e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : ": " + e.getMessage());
			return outline(safetyCase, lines, sizes, "The detailed layout of these " + n + " elements failed (" + why
					+ "); drawn as an outline instead.");
		}
	}

	private static GsnDiagram detailed(SafetyCase safetyCase, Map<String, List<String>> lines, Map<String, double[]> sizes) {
		Elk.registerLayoutMetadata();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
		root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 20.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		if (safetyCase.elements().size() > THOROUGH_LIMIT) {
			root.setProperty(LayeredOptions.THOROUGHNESS, 1);
			root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
		} else {
			root.setProperty(LayeredOptions.THOROUGHNESS, 3);
		}
		// keep the argument's order left to right (hazards before quality, requirements as declared)
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		Map<String, ElkNode> nodes = new HashMap<>();
		for (GsnElement element : safetyCase.elements()) {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setIdentifier(element.id());
			double[] size = sizes.get(element.id());
			node.setDimensions(size[0], size[1]);
			nodes.put(element.id(), node);
		}
		List<ElkEdge> edges = new ArrayList<>();
		for (GsnLink link : safetyCase.links()) {
			edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(link.from()), nodes.get(link.to())));
		}
		new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
		List<GsnDiagram.Shape> shapes = new ArrayList<>();
		for (GsnElement element : safetyCase.elements()) {
			ElkNode node = nodes.get(element.id());
			shapes.add(new GsnDiagram.Shape(element, lines.get(element.id()), node.getX(), node.getY(), node.getWidth(),
					node.getHeight()));
		}
		List<GsnDiagram.Route> routes = new ArrayList<>();
		for (int i = 0; i < edges.size(); i++) {
			routes.add(new GsnDiagram.Route(safetyCase.links().get(i), Elk.points(edges.get(i))));
		}
		return new GsnDiagram(safetyCase, shapes, routes, root.getWidth(), root.getHeight(), null);
	}

	/**
	 * The outline of a large argument, in O(elements + links): elements top to bottom in the argument's order, each
	 * indented one step below the element that first develops it; each link runs down the parent's left edge and across
	 * to the child.
	 */
	static GsnDiagram outline(SafetyCase safetyCase, Map<String, List<String>> lines, Map<String, double[]> sizes,
			String note) {
		Map<String, Integer> depth = new HashMap<>();
		for (GsnLink link : safetyCase.links()) {
			depth.putIfAbsent(link.from(), 0);
			depth.putIfAbsent(link.to(), depth.get(link.from()) + 1);
		}
		Map<String, GsnDiagram.Shape> shapes = new LinkedHashMap<>();
		double y = 0;
		double width = 0;
		for (GsnElement element : safetyCase.elements()) {
			double[] size = sizes.get(element.id());
			double x = depth.getOrDefault(element.id(), 0) * OUTLINE_INDENT;
			shapes.put(element.id(), new GsnDiagram.Shape(element, lines.get(element.id()), x, y, size[0], size[1]));
			y += size[1] + 10;
			width = Math.max(width, x + size[0]);
		}
		List<GsnDiagram.Route> routes = new ArrayList<>();
		for (GsnLink link : safetyCase.links()) {
			GsnDiagram.Shape from = shapes.get(link.from());
			GsnDiagram.Shape to = shapes.get(link.to());
			double x = from.x() + OUTLINE_INDENT / 2;
			double target = to.y() + Math.min(to.height(), 24) / 2;
			routes.add(new GsnDiagram.Route(link, new double[] { x, from.y() + from.height(), x, target, to.x(), target }));
		}
		return new GsnDiagram(safetyCase, List.copyOf(shapes.values()), routes, width, Math.max(0, y - 10), note);
	}

	/** How far the outline indents each level. */
	static final double OUTLINE_INDENT = 40;

	/** How many characters a statement line of this shape holds (the SVG's text is 11 px, about 6.2 px a character). */
	static int charactersPerLine(Type type) {
		return switch (type) {
		case SOLUTION -> 20;
		case CONTEXT, ASSUMPTION, JUSTIFICATION -> 30;
		default -> 34;
		};
	}

	/** Width and height of an element's shape for its wrapped statement. */
	static double[] size(GsnElement element, List<String> text) {
		double textHeight = HEADER + LINE * text.size();
		return switch (element.type()) {
		case SOLUTION -> {
			// a circle holds a square of side d / sqrt(2): wide enough for the longest line, tall enough for all
			int longest = text.stream().mapToInt(String::length).max().orElse(0);
			double diameter = Math.max(120, Math.max(longest * 6.4, textHeight) * Math.sqrt(2) + 8);
			yield new double[] { diameter, diameter };
		}
		case CONTEXT -> new double[] { 210, textHeight + 14 };
		case ASSUMPTION, JUSTIFICATION -> new double[] { 230, textHeight + 30 };
		case STRATEGY -> new double[] { 260, textHeight + 12 + (element.undeveloped() ? DIAMOND : 0) };
		case AWAY_GOAL -> new double[] { 240, textHeight + 12 + LINE };
		case GOAL -> new double[] { 240, textHeight + 12 + (element.undeveloped() ? DIAMOND : 0) };
		};
	}
}
