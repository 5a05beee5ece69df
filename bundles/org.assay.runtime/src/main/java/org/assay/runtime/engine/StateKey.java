package org.assay.runtime.engine;

import java.util.List;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.engine.state.StateKind;

/**
 * Identifies one metric state of a {@link Plan}: constraints that need the same kind of state over the same columns,
 * null policy and parameter share it (the mean and standard deviation of a column share its moments). Only
 * completeness and row conditions depend on the null policy.
 *
 * @param parameter what else tells states of a kind apart, e.g. {@code k=200} for a quantile sketch or the text of a
 *        row condition; empty when nothing does
 */
public record StateKey(StateKind kind, List<String> columns, NullPolicy policy, String parameter) {

	public StateKey {
		columns = List.copyOf(columns);
	}

	/**
	 * A stable text naming the state, the same in every run of the same plan, for stores of states (e.g. one file per
	 * partition): {@code MOMENTS(score)/MISSING} or {@code SATISFACTION(age)/MISSING/age >= 18}.
	 */
	public String id() {
		return kind + "(" + String.join(",", columns) + ")/" + policy + (parameter.isEmpty() ? "" : "/" + parameter);
	}

	// written out, not the record's own: those need a bootstrap per method at their first call, which a fresh JVM's
	// planning paid for (the plan looks up each constraint's key in a map)

	@Override
	public boolean equals(Object other) {
		return other instanceof StateKey key && kind == key.kind && policy == key.policy && columns.equals(key.columns)
				&& java.util.Objects.equals(parameter, key.parameter);
	}

	@Override
	public int hashCode() {
		return ((java.util.Objects.hashCode(kind) * 31 + columns.hashCode()) * 31 + java.util.Objects.hashCode(policy)) * 31
				+ java.util.Objects.hashCode(parameter);
	}

	@Override
	public String toString() {
		return new StringBuilder("StateKey[kind=").append(kind).append(", columns=").append(columns).append(", policy=")
				.append(policy).append(", parameter=").append(parameter).append(']').toString();
	}
}
