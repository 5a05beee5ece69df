package org.assay.trace.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.trace.TraceEdge;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceNode;

/**
 * The layout of large trace graphs, where ELK Layered is too slow or overflows the stack: one column per kind in the
 * argument's order (as {@link TraceLayout#rank}), each column ordered so that related elements sit together, and
 * straight links. Requirements are grouped under the first hazard they mitigate, tests under the first requirement
 * they verify, pipelines and data near the tests that use them. Runs in O(E + N log N) and is deterministic: ties
 * keep declaration order.
 */
final class ColumnLayout {

	static final double GAP_BETWEEN_COLUMNS = 60;
	static final double GAP_BETWEEN_NODES = 14;
	private static final int COLUMNS = 5;

	private final TraceGraph graph;
	/** Per node id: its column, its place in the column's order and its box's top. */
	private final Map<String, Integer> column = new HashMap<>();
	private final Map<String, Integer> position = new HashMap<>();
	private final Map<String, Double> top = new HashMap<>();
	/** Neighbours of each node in either direction. */
	private final Map<String, List<String>> neighbours = new HashMap<>();
	private final List<List<TraceNode>> columns = new ArrayList<>();

	private ColumnLayout(TraceGraph graph) {
		this.graph = graph;
	}

	static TraceDiagram layout(TraceGraph graph) {
		return new ColumnLayout(graph).run();
	}

	private TraceDiagram run() {
		for (int c = 0; c < COLUMNS; c++) {
			columns.add(new ArrayList<>());
		}
		int declared = 0;
		Map<String, Integer> declaration = new HashMap<>();
		for (TraceNode node : graph.nodes()) {
			int c = TraceLayout.rank(node.kind());
			column.put(node.id(), c);
			columns.get(c).add(node);
			declaration.put(node.id(), declared++);
		}
		for (TraceEdge edge : graph.edges()) {
			neighbours.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
			neighbours.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge.from());
		}
		// order: each column after the one before, by the first related element there (then their mean), stably
		number(columns.get(0));
		for (int c = 1; c < COLUMNS; c++) {
			int current = c;
			Map<String, double[]> key = new HashMap<>();
			for (TraceNode node : columns.get(c)) {
				key.put(node.id(), orderKey(node.id(), current));
			}
			columns.get(c).sort(Comparator.<TraceNode>comparingDouble(n -> key.get(n.id())[0])
					.thenComparingDouble(n -> key.get(n.id())[1]).thenComparingInt(n -> declaration.get(n.id())));
			number(columns.get(c));
		}
		// place: left to right near what each element relates to on its left, then the columns left of the tallest
		// once more near what they relate to on their right, so requirements sit beside their tests
		int tallest = 0;
		for (int c = 0; c < COLUMNS; c++) {
			if (columns.get(c).size() > columns.get(tallest).size()) {
				tallest = c;
			}
		}
		for (int c = 0; c < COLUMNS; c++) {
			place(columns.get(c), c, -1);
		}
		for (int c = tallest - 1; c >= 0; c--) {
			place(columns.get(c), c, +1);
		}
		return diagram();
	}

	private void number(List<TraceNode> nodes) {
		for (int i = 0; i < nodes.size(); i++) {
			position.put(nodes.get(i).id(), i);
		}
	}

	/**
	 * The sort key of a node: the smallest place and the mean place of its neighbours in the nearest column to its left
	 * that holds any; nodes without such neighbours go last.
	 */
	private double[] orderKey(String id, int c) {
		List<String> around = neighbours.getOrDefault(id, List.of());
		int nearest = -1;
		for (String n : around) {
			int nc = column.get(n);
			if (nc < c && nc > nearest) {
				nearest = nc;
			}
		}
		if (nearest < 0) {
			return new double[] { Double.MAX_VALUE, Double.MAX_VALUE };
		}
		double min = Double.MAX_VALUE;
		double sum = 0;
		int count = 0;
		for (String n : around) {
			if (column.get(n) == nearest) {
				int p = position.get(n);
				min = Math.min(min, p);
				sum += p;
				count++;
			}
		}
		return new double[] { min, sum / count };
	}

	/**
	 * Tops of a column's boxes in its order: each as near as the boxes above allow to the mean centre of its placed
	 * neighbours on the given side (-1 left, +1 right), or right below the one before when it has none.
	 */
	private void place(List<TraceNode> nodes, int c, int side) {
		double cursor = 0;
		for (TraceNode node : nodes) {
			double sum = 0;
			int count = 0;
			for (String n : neighbours.getOrDefault(node.id(), List.of())) {
				int nc = column.get(n);
				if ((side < 0 ? nc < c : nc > c) && top.containsKey(n)) {
					sum += top.get(n) + TraceLayout.NODE_HEIGHT / 2;
					count++;
				}
			}
			double wanted = count == 0 ? cursor : sum / count - TraceLayout.NODE_HEIGHT / 2;
			double y = Math.max(cursor, wanted);
			top.put(node.id(), y);
			cursor = y + TraceLayout.NODE_HEIGHT + GAP_BETWEEN_NODES;
		}
	}

	private TraceDiagram diagram() {
		double[] left = new double[COLUMNS];
		double[] width = new double[COLUMNS];
		double x = 0;
		for (int c = 0; c < COLUMNS; c++) {
			for (TraceNode node : columns.get(c)) {
				width[c] = Math.max(width[c], TraceLayout.width(node));
			}
			left[c] = x;
			x += width[c] + (width[c] > 0 ? GAP_BETWEEN_COLUMNS : 0);
		}
		Map<String, TraceDiagram.Box> boxes = new HashMap<>();
		List<TraceDiagram.Box> nodes = new ArrayList<>();
		double height = 0;
		for (TraceNode node : graph.nodes()) {
			int c = column.get(node.id());
			double y = top.get(node.id());
			TraceDiagram.Box box = new TraceDiagram.Box(node, left[c], y, TraceLayout.width(node), TraceLayout.NODE_HEIGHT);
			boxes.put(node.id(), box);
			nodes.add(box);
			height = Math.max(height, y + TraceLayout.NODE_HEIGHT);
		}
		List<TraceDiagram.Route> routes = new ArrayList<>();
		for (TraceEdge edge : graph.edges()) {
			TraceDiagram.Box from = boxes.get(edge.from());
			TraceDiagram.Box to = boxes.get(edge.to());
			// from the right side of the box on the left to the left side of the one on the right, drawn towards `to`
			boolean forward = column.get(edge.from()) <= column.get(edge.to());
			TraceDiagram.Box l = forward ? from : to;
			TraceDiagram.Box r = forward ? to : from;
			double[] p = { l.x() + l.width(), l.y() + l.height() / 2, r.x(), r.y() + r.height() / 2 };
			routes.add(new TraceDiagram.Route(edge, forward ? p : new double[] { p[2], p[3], p[0], p[1] }));
		}
		return new TraceDiagram(nodes, routes, Math.max(0, x - GAP_BETWEEN_COLUMNS), height);
	}
}
