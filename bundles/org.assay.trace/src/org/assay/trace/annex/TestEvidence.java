package org.assay.trace.annex;

import static org.assay.trace.annex.EntryBuilder.interval;
import static org.assay.trace.annex.EntryBuilder.orEmpty;
import static org.assay.trace.annex.EntryBuilder.written;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.dsl.ElementNames;
import org.assay.model.FairnessTest;
import org.assay.model.SliceTest;
import org.assay.model.TestCase;
import org.assay.runtime.results.Run;
import org.assay.trace.ProjectTrace;
import org.assay.trace.TraceGraphBuilder;
import org.assay.trace.TraceNode;
import org.assay.trace.gsn.SafetyCaseBuilder;
import org.assay.trace.results.ResultRecord;

/**
 * Each test's current evidence for the documentation (Annex IV 2(g), 3; Art. 13(3)(b)(ii)): the test as written, what
 * it verifies, its latest result with value, interval, verdict, run, date and lineage hash, and its per-group results
 * (the groups of a fairness test, the slices of a slice test, as the run recorded them).
 */
final class TestEvidence {

	/** One test and its current result (null when it has none). */
	record Row(String name, TestCase test, TraceNode node, ResultRecord result) {
	}

	private final List<Row> rows = new ArrayList<>();
	private final Map<String, String> started = new HashMap<>();
	private final List<Run> runs;

	TestEvidence(ProjectTrace trace) {
		runs = trace.runs();
		runs.forEach(run -> started.put(run.info().id(), run.info().started()));
		Map<String, TestCase> tests = new LinkedHashMap<>(); // keyed as the trace graph keys tests: SUITE.TEST
		trace.models().forEach(m -> m.getElements().forEach(element -> {
			if (element instanceof org.assay.model.TestSuite suite) {
				suite.getTests().forEach(t -> tests.put(ElementNames.qualified(suite) + "." + t.getName(), t));
			} else if (element instanceof org.assay.model.Dataset dataset) {
				dataset.getChecks().forEach(t -> tests.put(ElementNames.dataSuite(dataset) + "." + t.getName(), t));
			}
		}));
		for (Map.Entry<String, TestCase> test : tests.entrySet()) {
			String id = TraceGraphBuilder.id(TraceNode.Kind.TEST, test.getKey());
			rows.add(new Row(test.getKey(), test.getValue(), trace.graph().node(id), trace.graph().result(id)));
		}
	}

	List<Row> rows() {
		return rows;
	}

	boolean anyResult() {
		return rows.stream().anyMatch(r -> r.result() != null);
	}

	/** The start of a run, or "". */
	String started(String run) {
		return run == null ? "" : orEmpty(started.get(run));
	}

	/** Test, verifies, metric, value [interval], confidence, criterion, verdict, run, date, lineage. */
	List<List<String>> resultTable() {
		List<List<String>> table = new ArrayList<>();
		for (Row row : rows) {
			ResultRecord r = row.result();
			String status = row.node() == null ? "" : orEmpty(row.node().status());
			table.add(List.of(row.name(), String.join(", ", row.test().getVerifies().stream().map(ElementNames::qualified).toList()),
					r == null ? "" : orEmpty(r.metric()), r == null ? "—" : interval(r.value(), r.lower(), r.upper()),
					r == null || !Double.isFinite(r.confidence()) ? "" : EntryBuilder.number(r.confidence()),
					r == null ? "" : orEmpty(r.criterion()), r == null ? "MISSING" : status,
					r == null ? "" : orEmpty(r.run()), r == null ? "" : started(r.run()),
					r == null ? "" : orEmpty(SafetyCaseBuilder.lineage(r.inputs()))));
		}
		return table;
	}

	static final List<String> RESULT_COLUMNS = List.of("Test", "Verifies", "Metric", "Value [interval]", "Confidence",
			"Criterion", "Verdict", "Run", "Run started", "Lineage (SHA-256)");

	/** Per group: test, group as recorded, its line. From fairness and slice tests' recorded details. */
	List<List<String>> groupTable() {
		List<List<String>> table = new ArrayList<>();
		for (Row row : rows) {
			boolean grouped = row.test().getPattern() instanceof FairnessTest || row.test().getPattern() instanceof SliceTest;
			if (grouped && row.result() != null) {
				for (String detail : row.result().details()) {
					table.add(List.of(row.name(), written(row.test().getPattern()), detail));
				}
			}
		}
		return table;
	}

	static final List<String> GROUP_COLUMNS = List.of("Test", "As written", "Group result (as recorded)");

	/** The test log: every recorded run with its start, commit, results and verdict counts, oldest first. */
	List<List<String>> runLog() {
		List<List<String>> table = new ArrayList<>();
		for (Run run : runs) {
			Map<String, Integer> verdicts = new TreeMap<>();
			run.evidence().forEach(e -> verdicts.merge(e.verdict() == null ? "NONE" : e.verdict().name(), 1, Integer::sum));
			StringBuilder counts = new StringBuilder();
			verdicts.forEach((v, n) -> counts.append(counts.isEmpty() ? "" : ", ").append(v).append(' ').append(n));
			table.add(List.of(run.info().id(), orEmpty(run.info().started()), orEmpty(run.info().commit()),
					String.valueOf(run.evidence().size()), counts.toString()));
		}
		return table;
	}

	static final List<String> RUN_COLUMNS = List.of("Run", "Started", "Commit", "Results", "Verdicts");

	/** The software versions the latest results record (library, version), sorted. */
	Map<String, String> versions() {
		Map<String, String> versions = new TreeMap<>();
		rows.stream().filter(r -> r.result() != null).forEach(r -> r.result().versions().forEach(versions::putIfAbsent));
		return versions;
	}

	/** The inputs (data files, model files, parameters) of the latest results with their SHA-256, sorted. */
	Map<String, String> inputs() {
		Map<String, String> inputs = new TreeMap<>();
		rows.stream().filter(r -> r.result() != null).forEach(r -> r.result().inputs().forEach(inputs::putIfAbsent));
		return inputs;
	}
}
