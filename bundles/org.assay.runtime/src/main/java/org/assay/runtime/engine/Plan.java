package org.assay.runtime.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.state.MetricState;

/**
 * What one pass over a dataset computes for its constraints: one {@link StateKey} per distinct state, each with a
 * factory of empty states, and for each constraint the key of its state or why it cannot be measured. Made by
 * {@link DataEngine#plan}; any engine that fills the same states (the local pass, a Spark job, a store of partition
 * states) can have them decided by {@link DataEngine#decide}.
 */
public final class Plan {

	private final String source;
	private final Schema schema;
	private final List<Planner.Planned> planned;
	private final Map<StateKey, Supplier<MetricState>> factories;

	Plan(String source, Schema schema, List<Planner.Planned> planned, Map<StateKey, Supplier<MetricState>> factories) {
		this.source = source;
		this.schema = schema;
		this.planned = List.copyOf(planned);
		this.factories = Collections.unmodifiableMap(new LinkedHashMap<>(factories));
	}

	/** The name of the source planned for (a file, relative to the project). */
	public String source() {
		return source;
	}

	public Schema schema() {
		return schema;
	}

	/** The constraints, in the order given. */
	public List<ConstraintSpec> constraints() {
		return planned.stream().map(Planner.Planned::spec).toList();
	}

	/** The states to compute, in a stable order (the order constraints first need them). */
	public Set<StateKey> keys() {
		return factories.keySet();
	}

	/** A constraint's state, or null when it cannot be measured (then {@link #error} says why). */
	public StateKey keyOf(int constraint) {
		return planned.get(constraint).key();
	}

	/** Why a constraint cannot be measured, or null when it can. */
	public String error(int constraint) {
		return planned.get(constraint).error();
	}

	/** Fresh, empty states, one per key, in {@link #keys()} order: what a chunk or a partition starts from. */
	public Map<StateKey, MetricState> freshStates() {
		Map<StateKey, MetricState> states = new LinkedHashMap<>();
		factories.forEach((key, factory) -> states.put(key, factory.get()));
		return states;
	}

	List<Planner.Planned> planned() {
		return planned;
	}

	Map<StateKey, Supplier<MetricState>> factories() {
		return factories;
	}
}
