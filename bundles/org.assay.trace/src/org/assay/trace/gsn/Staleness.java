package org.assay.trace.gsn;

import java.util.List;

import org.assay.dsl.ElementNames;
import org.assay.model.Requirement;
import org.assay.model.TestCase;
import org.assay.trace.Status;
import org.assay.trace.TraceEdge;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceNode;
import org.assay.trace.results.ResultRecord;

/**
 * When a test's current result is stale: it no longer shows what the model now claims. Two reasons, the first that
 * applies:
 * <ol>
 * <li>an input changed: a data or model file whose SHA-256 the result's lineage recorded now has another (the trace
 * graph's suspect links, {@link Status#STALE});</li>
 * <li>the test changed: it now verifies other requirements than those the result was recorded for.</li>
 * </ol>
 * A test renamed or moved to another suite has no result at all (MISSING), not a stale one.
 */
final class Staleness {

	private Staleness() {
	}

	/** Why the result of a test is stale, or null when it is current (or there is none). */
	static String of(TraceGraph graph, TraceNode test, TestCase model, ResultRecord result) {
		if (result == null) {
			return null;
		}
		if (Status.STALE.equals(test.status())) {
			String why = graph.outgoing(test.id()).stream().filter(TraceEdge::isSuspect).map(TraceEdge::suspect).findFirst()
					.orElse("a recorded input no longer matches");
			return "an input changed: " + why;
		}
		if (model != null) {
			List<String> now = model.getVerifies().stream().filter(r -> !r.eIsProxy()).map(Staleness::name).sorted().toList();
			List<String> recorded = result.requirements().stream().sorted().toList();
			if (!now.equals(recorded)) {
				return "the test changed: it verifies " + words(now) + " now, the result was recorded for " + words(recorded);
			}
		}
		return null;
	}

	private static String name(Requirement requirement) {
		return ElementNames.qualified(requirement);
	}

	private static String words(List<String> names) {
		return names.isEmpty() ? "no requirement" : String.join(", ", names);
	}
}
