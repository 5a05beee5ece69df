package org.assay.runtime.incremental;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.engine.Plan;
import org.assay.runtime.engine.StateKey;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.stats.Verdict;

/**
 * The partition states the drift checks of one verification need: for each check, its constraint's state of the
 * latest {@code window + 1} partitions, kept as {@link PartitionedVerifier} decoded them (the same instances it merges;
 * merging reads them and leaves them as they are), then judged once every partition is in.
 */
final class DriftStates {

	private final Plan plan;
	private final List<PartitionDrift> drifts;
	private final List<StateKey> keys = new ArrayList<>();
	private final List<String> errors = new ArrayList<>();
	private final int keep;
	private final List<String> names = new ArrayList<>();
	private final List<Map<StateKey, MetricState>> kept = new ArrayList<>();

	DriftStates(Plan plan, List<ConstraintSpec> constraints, List<PartitionDrift> drifts) {
		this.plan = plan;
		this.drifts = List.copyOf(drifts);
		int longest = 0;
		for (PartitionDrift drift : drifts) {
			int index = -1;
			for (int c = 0; c < constraints.size(); c++) {
				if (constraints.get(c).name().equals(drift.constraint())) {
					index = c;
				}
			}
			StateKey key = index < 0 ? null : plan.keyOf(index);
			keys.add(key);
			errors.add(index < 0 ? "drift check: no constraint " + drift.constraint() + " in this dataset"
					: key == null ? "drift check: " + drift.constraint() + " keeps no state (" + plan.error(index) + ")" : null);
			longest = Math.max(longest, drift.window());
		}
		this.keep = longest + 1;
	}

	/** Keeps a partition's states (in partition order) while a drift check may still need them. */
	void keep(String partition, Map<StateKey, MetricState> states) {
		if (drifts.isEmpty()) {
			return;
		}
		Map<StateKey, MetricState> needed = new LinkedHashMap<>();
		for (StateKey key : keys) {
			if (key != null) {
				needed.put(key, states.get(key));
			}
		}
		names.add(partition);
		kept.add(needed);
		if (kept.size() > keep) {
			names.remove(0);
			kept.remove(0);
		}
	}

	/** Each drift check's outcome on the newest partition, by its constraint's name. */
	Map<String, PartitionDrift.Outcome> decide() {
		Map<String, PartitionDrift.Outcome> outcomes = new LinkedHashMap<>();
		for (int d = 0; d < drifts.size(); d++) {
			PartitionDrift drift = drifts.get(d);
			StateKey key = keys.get(d);
			if (key == null) {
				outcomes.put(drift.constraint(), new PartitionDrift.Outcome(Verdict.ERROR, errors.get(d), Double.NaN, List.of()));
				continue;
			}
			int from = Math.max(0, kept.size() - drift.window() - 1);
			List<MetricState> states = new ArrayList<>();
			for (int p = from; p < kept.size(); p++) {
				states.add(kept.get(p).get(key));
			}
			PartitionDrift.Outcome outcome;
			try {
				outcome = drift.decide(names.subList(from, kept.size()), states, () -> plan.freshStates().get(key));
			} catch (IllegalStateException e) {
				outcome = new PartitionDrift.Outcome(Verdict.ERROR, e.getMessage(), Double.NaN, List.of());
			}
			outcomes.put(drift.constraint(), outcome);
		}
		return outcomes;
	}
}
