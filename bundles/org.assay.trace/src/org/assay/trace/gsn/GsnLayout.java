package org.assay.trace.gsn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.trace.gsn.GsnElement.Type;
import org.assay.trace.layout.Elk;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
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
	static final double HEADER = 18;
	static final double LINE = 14;
	/** Room below an undeveloped element for GSN's diamond. */
	public static final double DIAMOND = 16;

	private GsnLayout() {
	}

	public static GsnDiagram layout(SafetyCase safetyCase) {
		Elk.registerLayoutMetadata();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
		root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 20.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		root.setProperty(LayeredOptions.THOROUGHNESS, 3);
		// keep the argument's order left to right (hazards before quality, requirements as declared)
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		Map<String, ElkNode> nodes = new HashMap<>();
		Map<String, List<String>> lines = new HashMap<>();
		for (GsnElement element : safetyCase.elements()) {
			List<String> text = new ArrayList<>(GsnText.wrap(element.text(), charactersPerLine(element.type())));
			if (element.evidence() != null && element.evidence().lineage() != null) {
				text.add("lineage " + element.evidence().lineage().substring(0, 12));
			}
			double[] size = size(element, text);
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setIdentifier(element.id());
			node.setDimensions(size[0], size[1]);
			nodes.put(element.id(), node);
			lines.put(element.id(), text);
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
		return new GsnDiagram(safetyCase, shapes, routes, root.getWidth(), root.getHeight());
	}

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
