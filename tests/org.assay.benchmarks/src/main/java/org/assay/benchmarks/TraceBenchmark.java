package org.assay.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.model.AssayModel;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceGraphBuilder;
import org.assay.trace.layout.TraceDiagram;
import org.assay.trace.layout.TraceLayout;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Builds the trace graph and its layout for a synthetic project of N requirements (default 500; N/10 hazards) verified
 * by 3N tests in 10 suites over 10 pipelines; loading and validating the models is not measured. Graphs up to
 * {@link TraceLayout#DETAILED_LIMIT} elements get ELK Layered, larger ones the column layout (see
 * docs/trace-scaling.md). Prints the median of 5 runs after 2 warm-ups; the last line is
 * {@code trace: requirements=N tests=N layout_ms=N} (graph and layout).
 */
public final class TraceBenchmark {

	public static void main(String[] args) throws Exception {
		int requirements = args.length > 0 ? Integer.parseInt(args[0]) : 500;
		int testsPerRequirement = 3;
		Path folder = Files.createTempDirectory("assay-trace-bench");
		try {
			Path file = folder.resolve("bench.assay");
			Files.writeString(file, model(requirements, testsPerRequirement));
			AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class).load(List.of(file));
			long errors = workspace.validateAll(CancelIndicator.NullImpl).values().stream().flatMap(List::stream)
					.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).count();
			if (errors > 0) {
				throw new IllegalStateException("the synthetic model has " + errors + " validation errors");
			}
			List<AssayModel> models = workspace.getResourceSet().getResources().stream()
					.filter(r -> r.getURI().isFile()).map(r -> (AssayModel) r.getContents().get(0)).toList();
			long[] graphNs = new long[5];
			long[] totalNs = new long[5];
			TraceDiagram diagram = null;
			TraceGraph graph = null;
			for (int run = -2; run < 5; run++) {
				long t0 = System.nanoTime();
				graph = TraceGraphBuilder.build(models, List.of(), folder);
				long t1 = System.nanoTime();
				diagram = TraceLayout.layout(graph);
				long t2 = System.nanoTime();
				if (run >= 0) {
					graphNs[run] = t1 - t0;
					totalNs[run] = t2 - t0;
				}
			}
			System.out.printf("graph: %d nodes, %d links; %s layout, diagram %.0f x %.0f px; graph %d ms of the total (median)%n",
					graph.nodes().size(), graph.edges().size(), diagram.note() == null ? "ELK Layered" : "column",
					diagram.width(), diagram.height(), median(graphNs) / 1_000_000);
			System.out.printf("trace: requirements=%d tests=%d layout_ms=%d%n", graph.nodes(org.assay.trace.TraceNode.Kind.REQUIREMENT)
					.size(), graph.nodes(org.assay.trace.TraceNode.Kind.TEST).size(), median(totalNs) / 1_000_000);
		} finally {
			try (var walk = Files.walk(folder)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/**
	 * The synthetic project: {@code requirements} requirements (a hazard per ten, alternating quality attributes), each
	 * verified by {@code testsPerRequirement} threshold tests spread over ten suites and pipelines. Also used by the
	 * standalone {@code LargeTraceTest}, so that the test lays out exactly what the benchmark times.
	 */
	public static String model(int requirements, int testsPerRequirement) {
		StringBuilder text = new StringBuilder("namespace bench\nimport assay.iso25059.*\nimport assay.iso25012.*\n\n");
		text.append("dataset D { label y : category [a, b] feature x : double split train 70 %, test 30 % seed 1 }\n");
		int hazards = Math.max(1, requirements / 10);
		for (int h = 0; h < hazards; h++) {
			text.append("hazard H").append(h).append(" \"hazard ").append(h).append("\" severity major likelihood remote\n");
		}
		int pipelines = 10;
		for (int p = 0; p < pipelines; p++) {
			text.append("pipeline P").append(p).append(" { prepare D { require completeness >= 0.9 } model M : classifier mlp ")
					.append("hidden [8] train epochs 1 seed 1 }\n");
		}
		for (int r = 0; r < requirements; r++) {
			text.append("requirement R").append(r).append(" \"requirement ").append(r).append("\" refines ")
					.append(r % 2 == 0 ? "FunctionalCorrectness" : "Robustness").append(" mitigates H").append(r % hazards)
					.append(" { accept accuracy >= 0.8 on D.test }\n");
		}
		int tests = requirements * testsPerRequirement;
		for (int p = 0; p < pipelines; p++) {
			text.append("suite S").append(p).append(" tests P").append(p).append(" {\n");
			for (int t = p; t < tests; t += pipelines) {
				text.append("\ttest T").append(t).append(" verifies R").append(t / testsPerRequirement)
						.append(" : threshold accuracy on D.test\n");
			}
			text.append("}\n");
		}
		return text.toString();
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
