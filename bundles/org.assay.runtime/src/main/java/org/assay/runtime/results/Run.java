package org.assay.runtime.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.data.DataFindings;

/**
 * One run's evidence: what identifies it, every test's result in the order recorded, and what loading each dataset
 * found in its data.
 *
 * @param info id, start, commit
 * @param evidence the results, in the order the tests recorded them (a test that ran twice in a run appears twice; the
 *        later counts)
 * @param data one summary per data file loaded in the run
 */
public record Run(RunInfo info, List<Evidence> evidence, List<DataFindings> data) {

	public Run {
		evidence = List.copyOf(evidence);
		data = List.copyOf(data);
	}

	/** Each test's last result in this run, keyed {@code suite.test}, in first-recorded order. */
	public Map<String, Evidence> latest() {
		Map<String, Evidence> latest = new LinkedHashMap<>();
		evidence.forEach(e -> latest.put(key(e), e));
		return latest;
	}

	/** A test's key across runs: {@code suite.test}. */
	public static String key(Evidence evidence) {
		return evidence.suite() + "." + evidence.test();
	}

	/** The last of the runs, or null when there is none. */
	public static Run last(List<Run> runs) {
		return runs.isEmpty() ? null : runs.get(runs.size() - 1);
	}

	/** Every result of every run, oldest run first. */
	public static List<Evidence> all(List<Run> runs) {
		List<Evidence> all = new ArrayList<>();
		runs.forEach(r -> all.addAll(r.evidence()));
		return all;
	}

	/** Per test ({@code suite.test}), its verdicts in the last {@code limit} runs that measured it, oldest first. */
	public static Map<String, List<Evidence>> history(List<Run> runs, int limit) {
		Map<String, List<Evidence>> history = new LinkedHashMap<>();
		for (Run run : runs) {
			run.latest().forEach((test, evidence) -> {
				List<Evidence> list = history.computeIfAbsent(test, t -> new ArrayList<>());
				list.add(evidence);
				if (list.size() > limit) {
					list.remove(0);
				}
			});
		}
		return history;
	}
}
