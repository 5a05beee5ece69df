package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.assay.trace.ProjectTrace;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceNode;
import org.assay.trace.TraceNode.Kind;
import org.assay.trace.gsn.GsnDiagram;
import org.assay.trace.gsn.GsnElement;
import org.assay.trace.gsn.GsnLayout;
import org.assay.trace.gsn.GsnSvg;
import org.assay.trace.gsn.SafetyCase;
import org.assay.trace.gsn.SafetyCaseBuilder;
import org.assay.trace.layout.SvgRenderer;
import org.assay.trace.layout.TraceDiagram;
import org.assay.trace.layout.TraceLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A safety project of 2,000 requirements (200 hazards) verified by 6,000 tests: its trace graph lays out without an
 * error (ELK Layered overflowed the stack in its compaction here), every element and link is drawn, no boxes overlap,
 * the drawing says how it was laid out, and a filtered view of it still gets the detailed layout. Not a timed test:
 * {@code tests/benchmarks/run trace 5000} measures the time.
 */
class LargeTraceTest {

	@TempDir
	static Path project;

	private static TraceGraph graph;
	private static ProjectTrace trace;

	@BeforeAll
	static void loadLargeProject() throws Exception {
		Files.writeString(project.resolve("large.assay"), model(2000, 3));
		trace = ProjectTrace.load(project);
		assertEquals(0, trace.errors(), "the synthetic model is valid");
		graph = trace.graph();
		assertEquals(2000, graph.nodes(Kind.REQUIREMENT).size());
		assertEquals(6000, graph.nodes(Kind.TEST).size());
	}

	@Test
	void twoThousandRequirementsLayOutWithoutAnErrorAndWithoutOverlaps() {
		TraceDiagram diagram = TraceLayout.layout(graph);
		assertEquals(graph.nodes().size(), diagram.nodes().size());
		assertEquals(graph.edges().size(), diagram.edges().size());
		for (TraceDiagram.Route route : diagram.edges()) {
			assertTrue(route.points().length >= 4, "every link is routed: " + route.edge());
		}
		assertNotNull(diagram.note(), "the drawing says it is the large-graph layout");
		assertTrue(diagram.note().contains("filter by a hazard, requirement or suite"), diagram.note());
		// no overlaps: boxes sharing a column, sorted by top, never reach into the next one
		Map<Double, List<TraceDiagram.Box>> columns = new TreeMap<>();
		diagram.nodes().forEach(b -> columns.computeIfAbsent(b.x(), x -> new ArrayList<>()).add(b));
		for (List<TraceDiagram.Box> column : columns.values()) {
			column.sort(Comparator.comparingDouble(TraceDiagram.Box::y));
			for (int i = 1; i < column.size(); i++) {
				TraceDiagram.Box above = column.get(i - 1);
				assertTrue(above.y() + above.height() <= column.get(i).y(), above.node().id() + " overlaps "
						+ column.get(i).node().id());
			}
		}
		List<Double> xs = new ArrayList<>(columns.keySet());
		for (int i = 1; i < xs.size(); i++) {
			double right = columns.get(xs.get(i - 1)).stream().mapToDouble(b -> b.x() + b.width()).max().orElseThrow();
			assertTrue(right < xs.get(i), "columns do not overlap");
		}
		Map<Kind, Double> column = new java.util.EnumMap<>(Kind.class);
		diagram.nodes().forEach(b -> column.merge(b.node().kind(), b.x(), Math::max));
		assertTrue(column.get(Kind.HAZARD) < column.get(Kind.REQUIREMENT) && column.get(Kind.REQUIREMENT) < column.get(Kind.TEST)
				&& column.get(Kind.TEST) < column.get(Kind.PIPELINE), "the argument's order, left to right: " + column);
	}

	@Test
	void requirementsAreGroupedByHazardAndTestsByRequirement() {
		TraceDiagram diagram = TraceLayout.layout(graph);
		List<TraceDiagram.Box> requirements = diagram.nodes().stream().filter(b -> b.node().kind() == Kind.REQUIREMENT)
				.sorted(Comparator.comparingDouble(TraceDiagram.Box::y)).toList();
		// R<r> mitigates H<r % 200>: read top to bottom, the hazards change only 200 times (one run per hazard)
		Set<String> seen = new HashSet<>();
		String previous = null;
		for (TraceDiagram.Box box : requirements) {
			String hazard = graph.outgoing(box.node().id()).stream().filter(e -> e.to().startsWith("hazard:"))
					.map(e -> e.to()).findFirst().orElseThrow();
			if (!hazard.equals(previous)) {
				assertTrue(seen.add(hazard), "the requirements of " + hazard + " are together");
				previous = hazard;
			}
		}
		assertEquals(200, seen.size());
		TraceDiagram.Box r0 = box(diagram, "requirement:bench.R0");
		for (String test : List.of("test:bench.S0.T0", "test:bench.S1.T1", "test:bench.S2.T2")) {
			assertTrue(Math.abs(box(diagram, test).y() - r0.y()) < 200, test + " is drawn beside R0");
		}
	}

	@Test
	void theSvgOfTheLargeGraphIsDeterministicAndCarriesTheNote() {
		String svg = SvgRenderer.render(TraceLayout.layout(graph));
		assertEquals(svg, SvgRenderer.render(TraceLayout.layout(graph)), "byte-identical on re-run");
		assertTrue(svg.contains("<text class=\"note\""), "the note is drawn");
		assertEquals(graph.nodes().size(), svg.split("<g class=\"node ", -1).length - 1);
	}

	@Test
	void aFilteredViewOfTheLargeGraphGetsTheDetailedLayout() {
		TraceGraph hazard = graph.around(List.of("hazard:bench.H7"));
		assertEquals(10, hazard.nodes(Kind.REQUIREMENT).size());
		TraceDiagram diagram = TraceLayout.layout(hazard);
		assertNull(diagram.note(), "laid out by ELK, nothing to say");
		assertEquals(hazard.nodes().size(), diagram.nodes().size());
	}

	@Test
	void aViewOfSixHundredRequirementsGetsTheCheaperElkLayoutWithoutOverlaps() {
		List<String> hazards = new ArrayList<>();
		for (int h = 0; h < 60; h++) {
			hazards.add("hazard:bench.H" + h);
		}
		TraceGraph part = graph.around(hazards);
		assertEquals(600, part.nodes(Kind.REQUIREMENT).size());
		assertTrue(part.nodes().size() > TraceLayout.THOROUGH_LIMIT && part.nodes().size() <= TraceLayout.DETAILED_LIMIT,
				"between the limits: " + part.nodes().size());
		TraceDiagram diagram = TraceLayout.layout(part);
		assertNull(diagram.note(), "laid out by ELK, nothing to say");
		assertEquals(part.nodes().size(), diagram.nodes().size());
		List<TraceDiagram.Box> boxes = diagram.nodes();
		for (int i = 0; i < boxes.size(); i++) {
			TraceDiagram.Box a = boxes.get(i);
			for (int j = i + 1; j < boxes.size(); j++) {
				TraceDiagram.Box b = boxes.get(j);
				boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
						&& b.y() < a.y() + a.height();
				assertFalse(overlap, a.node().id() + " overlaps " + b.node().id());
			}
		}
	}

	@Test
	void whenElkRunsOutOfStackTheColumnLayoutIsDrawnWithANoteSayingSo() throws Exception {
		// a thread with a small stack makes ELK (Brandes-Köpf) overflow as it did on 2,000 requirements with the default one
		// (with both layouts' classes loaded first: loading them needs more than such a stack)
		assertNull(TraceLayout.layout(graph.around(List.of("hazard:bench.H7"))).note());
		assertNotNull(TraceLayout.layout(graph).note());
		List<String> hazards = new ArrayList<>();
		for (int h = 0; h < 20; h++) {
			hazards.add("hazard:bench.H" + h);
		}
		TraceGraph hazard = graph.around(hazards);
		assertTrue(hazard.nodes().size() <= TraceLayout.THOROUGH_LIMIT, "Brandes-Köpf, the recursive node placement");
		Object[] outcome = new Object[1];
		Thread small = new Thread(null, () -> {
			try {
				outcome[0] = TraceLayout.layout(hazard);
			} catch (Throwable e) {
				outcome[0] = e;
			}
		}, "small-stack layout", 32 * 1024);
		small.start();
		small.join();
		assertInstanceOf(TraceDiagram.class, outcome[0], "no error escapes: " + outcome[0]);
		TraceDiagram diagram = (TraceDiagram) outcome[0];
		assertEquals("The detailed layout of these " + hazard.nodes().size() + " elements failed (it ran out of stack); "
				+ "drawn in columns instead.", diagram.note());
		assertEquals(hazard.nodes().size(), diagram.nodes().size());
		assertEquals(hazard.edges().size(), diagram.edges().size());
	}

	@Test
	void theSafetyCaseOfTheLargeProjectIsDrawnAsAnOutlineWithoutOverlaps() {
		SafetyCase safetyCase = SafetyCaseBuilder.build(trace);
		List<GsnElement> goals = safetyCase.elements(GsnElement.Type.GOAL);
		assertEquals(2000, goals.stream().filter(g -> g.element() != null && g.element().matches("bench\\.R\\d+")).count(),
				"one goal per requirement");
		assertEquals(200, goals.stream().filter(g -> g.element() != null && g.element().matches("bench\\.H\\d+")).count(),
				"one goal per hazard");
		assertEquals(2000, safetyCase.elements(GsnElement.Type.AWAY_GOAL).size(), "each requirement again under its "
				+ "characteristic");
		assertEquals(6000, safetyCase.elements(GsnElement.Type.SOLUTION).size(), "one solution per test");
		GsnDiagram diagram = GsnLayout.layout(safetyCase);
		assertNotNull(diagram.note(), "says it is an outline");
		assertTrue(diagram.note().contains("drawn as an outline"), diagram.note());
		assertEquals(safetyCase.elements().size(), diagram.shapes().size(), "every element drawn");
		assertEquals(safetyCase.links().size(), diagram.routes().size(), "every link drawn");
		double bottom = -1;
		for (GsnDiagram.Shape shape : diagram.shapes()) {
			assertTrue(shape.y() > bottom, shape.element().id() + " overlaps the element above it");
			bottom = shape.y() + shape.height();
		}
		String svg = GsnSvg.render(diagram);
		assertEquals(svg, GsnSvg.render(GsnLayout.layout(SafetyCaseBuilder.build(trace))), "byte-identical on re-run");
	}

	private static TraceDiagram.Box box(TraceDiagram diagram, String id) {
		return diagram.nodes().stream().filter(b -> b.node().id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no box for " + id + " among " + diagram.nodes().stream().limit(3)
						.map(b -> b.node().id()).toList()));
	}

	/** The benchmark's synthetic project: one requirement per line, 3 tests each. */
	static String model(int requirements, int testsPerRequirement) {
		return org.assay.benchmarks.TraceBenchmark.model(requirements, testsPerRequirement);
	}
}
