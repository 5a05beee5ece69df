package org.assay.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.engine.state.DistinctState;
import org.assay.runtime.engine.state.Examples;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.RepeatedRows;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Verdict;

/**
 * Located counterexamples of uniqueness-type constraints. A value count map knows which values repeat but not where,
 * so when a uniqueness (or a distinctness held to a lower bound) does not pass, its most repeated values (at most
 * {@value Examples#LIMIT}, most repeated first, ties by value) are looked up in a second pass over the source: one pass
 * for every such constraint, on the same threads, chunks merged in order, so the rows are the same on any number of
 * threads. Each becomes a counterexample at the value's first row, saying how often it occurs and where else.
 */
final class Repeats {

	private Repeats() {
	}

	/**
	 * The results with the rows of their repeated values added to their counterexamples (after those already there, at
	 * most {@value Examples#LIMIT} in all); the results as given when no constraint needs them or the second pass fails.
	 */
	static List<ConstraintResult> locate(RowSource source, List<Planner.Planned> plans, List<ConstraintResult> results,
			Map<StateKey, MetricState> states, int threads) {
		Map<StateKey, List<String>> targets = new LinkedHashMap<>();
		for (int i = 0; i < plans.size(); i++) {
			Planner.Planned plan = plans.get(i);
			if (plan.error() == null && needsRows(results.get(i))) {
				DistinctState state = (DistinctState) states.get(plan.key());
				List<String> repeated = state.mostFrequent(Examples.LIMIT).stream().filter(e -> e.getValue() > 1)
						.map(Map.Entry::getKey).toList();
				if (!repeated.isEmpty()) {
					targets.putIfAbsent(plan.key(), repeated);
				}
			}
		}
		if (targets.isEmpty()) {
			return results;
		}
		Map<StateKey, Supplier<MetricState>> factories = new LinkedHashMap<>();
		targets.forEach((key, values) -> {
			DistinctState state = (DistinctState) states.get(key);
			int[] columns = state.columns();
			boolean numeric = columns.length == 1 && source.schema().columns().get(columns[0]).isNumeric();
			factories.put(key, () -> new RepeatedRows(state.names(), columns, numeric, values));
		});
		ScanResult outcome = Pass.run(source, factories, threads);
		if (outcome.failure() != null) {
			return results;
		}
		List<ConstraintResult> located = new ArrayList<>(results);
		for (int i = 0; i < plans.size(); i++) {
			Planner.Planned plan = plans.get(i);
			MetricState rows = plan.key() == null ? null : outcome.states().get(plan.key());
			if (rows != null && needsRows(results.get(i))) {
				located.set(i, withRows(results.get(i), ((RepeatedRows) rows).found()));
			}
		}
		return located;
	}

	/**
	 * A uniqueness that does not pass, or a distinctness below a lower bound (too few distinct values: repeats are the
	 * cause; a distinctness above an upper bound has no failing rows).
	 */
	static boolean needsRows(ConstraintResult result) {
		Verdict verdict = result.verdict();
		if (verdict == Verdict.PASS || verdict == Verdict.ERROR || verdict == Verdict.NO_DATA || result.measurement() == null) {
			return false;
		}
		Statistic statistic = result.constraint().statistic();
		if (statistic == Statistic.UNIQUENESS) {
			return true;
		}
		if (statistic != Statistic.DISTINCTNESS) {
			return false;
		}
		double value = result.measurement().interval().estimate();
		for (Criterion criterion : result.constraint().criteria()) {
			Criterion.Operator operator = criterion.operator();
			boolean lowerBound = operator == Criterion.Operator.GREATER || operator == Criterion.Operator.GREATER_OR_EQUAL
					|| operator == Criterion.Operator.EQUAL;
			if (lowerBound && (!criterion.holds(value) || criterion.warns(value))) {
				return true;
			}
		}
		return false;
	}

	private static ConstraintResult withRows(ConstraintResult result, List<RepeatedRows.Found> found) {
		List<Counterexample> counterexamples = new ArrayList<>(result.counterexamples());
		for (RepeatedRows.Found value : found) {
			if (counterexamples.size() >= Examples.LIMIT) {
				break;
			}
			counterexamples.add(new Counterexample(value.row() + 1, value.line(), value.cells(), more(value)));
		}
		return new ConstraintResult(result.constraint(), result.measurement(), result.verdict(), result.message(), result.rows(),
				result.nulls(), result.nans(), result.invalid(), counterexamples);
	}

	/** {@code occurs 3 times, also at lines 12, 40}, with {@code and N more} past the lines kept. */
	static String more(RepeatedRows.Found value) {
		String lines = value.moreLines().stream().map(String::valueOf).collect(Collectors.joining(", "));
		long others = value.count() - 1;
		return "occurs " + value.count() + " times, also at line" + (others == 1 ? " " : "s ") + lines
				+ (others > value.moreLines().size() ? " and " + (others - value.moreLines().size()) + " more" : "");
	}
}
