package org.assay.runtime.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.condition.ConditionCompiler;
import org.assay.runtime.engine.condition.ReferenceSet;
import org.assay.runtime.engine.state.CorrelationState;
import org.assay.runtime.engine.state.DistinctState;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.MinMaxState;
import org.assay.runtime.engine.state.MomentsState;
import org.assay.runtime.engine.state.SatisfactionState;
import org.assay.runtime.engine.state.SimpleStates;
import org.assay.runtime.engine.state.SketchStates;
import org.assay.runtime.engine.state.StateKind;
import org.assay.runtime.engine.state.ValuesState;
import org.assay.runtime.scan.RowSource;

/**
 * Plans one pass: one state per distinct (state kind, columns, policy, parameter), shared by every constraint that
 * needs it (the mean and standard deviation of a column share its moments; uniqueness, distinct count and entropy
 * its value counts). Impossible requests are refused here, per constraint, with a message saying how to fix them.
 */
final class Planner {

	/** A constraint and its state, or why it cannot be measured. */
	record Planned(ConstraintSpec spec, StateKey key, String error) {
	}

	/** The default rank error of an approximate quantile. */
	static final double DEFAULT_RANK_ERROR = 0.01;

	private final Schema schema;
	private final EngineOptions options;
	private final ConditionCompiler compiler;
	private final Map<StateKey, Supplier<MetricState>> factories = new LinkedHashMap<>();
	private final Map<String, ReferenceSet> references = new HashMap<>();

	Planner(String source, Schema schema, EngineOptions options) {
		this.schema = schema;
		this.options = options;
		this.compiler = new ConditionCompiler(schema, source, this::reference);
	}

	Map<StateKey, Supplier<MetricState>> factories() {
		return factories;
	}

	Planned plan(ConstraintSpec spec) {
		try {
			return new Planned(spec, key(spec), null);
		} catch (IllegalArgumentException | UnsupportedOperationException e) {
			return new Planned(spec, null, e.getMessage());
		} catch (UncheckedIOException e) {
			return new Planned(spec, null, e.getCause().getMessage());
		}
	}

	private StateKey key(ConstraintSpec spec) {
		List<String> columns = spec.columns();
		Statistic statistic = spec.statistic();
		int[] indexes = compiler.indexes(columns);
		NullPolicy any = NullPolicy.MISSING;
		switch (statistic) {
		case ROW_COUNT:
			return state(StateKind.ROW_COUNT, List.of(), any, "", SimpleStates.RowCount::new);
		case COMPLETENESS:
			one(spec);
			return state(StateKind.COMPLETENESS, columns, spec.nulls(), "",
					() -> new SimpleStates.Completeness(columns, indexes, spec.nulls()));
		case UNIQUENESS, DISTINCTNESS, DISTINCT_COUNT, ENTROPY, TOP_FREQUENCY, FREQUENCY:
			if (columns.isEmpty()) {
				throw new IllegalArgumentException(name(statistic) + " needs a column");
			}
			if (columns.size() != columns.stream().distinct().count()) {
				throw new IllegalArgumentException("the key " + columns + " names a column twice; name each column once");
			}
			if (statistic == Statistic.TOP_FREQUENCY && (spec.argument() < 1 || spec.argument() != Math.rint(spec.argument()))) {
				throw new IllegalArgumentException("top_frequency needs a whole number of values, at least 1, not " + spec.argument());
			}
			if (statistic == Statistic.FREQUENCY && (spec.value() == null || columns.size() != 1)) {
				throw new IllegalArgumentException("frequency needs one column and the value whose share is measured");
			}
			boolean numeric = columns.size() == 1 && schema.columns().get(indexes[0]).isNumeric();
			return state(StateKind.DISTINCT_VALUES, columns, any, "", () -> new DistinctState(columns, indexes, any, numeric));
		case APPROX_DISTINCT_COUNT:
			one(spec);
			return state(StateKind.HLL, columns, any, "lgK=" + SketchStates.LG_K, () -> new SketchStates.Hll(columns, indexes, any));
		case MINIMUM, MAXIMUM:
			numeric(spec, indexes);
			return state(StateKind.MIN_MAX, columns, any, "", () -> new MinMaxState(columns, indexes, any));
		case SUM, MEAN, STANDARD_DEVIATION:
			numeric(spec, indexes);
			return state(StateKind.MOMENTS, columns, any, "", () -> new MomentsState(columns, indexes, any));
		case QUANTILE:
			numeric(spec, indexes);
			fraction(spec);
			return state(StateKind.VALUES, columns, any, "", () -> new ValuesState(columns, indexes, any));
		case APPROX_QUANTILE:
			numeric(spec, indexes);
			fraction(spec);
			int k = SketchStates.kFor(rankError(spec));
			return state(StateKind.KLL, columns, any, "k=" + k, () -> new SketchStates.Kll(columns, indexes, any, k));
		case MIN_LENGTH, MAX_LENGTH:
			one(spec);
			return state(StateKind.LENGTH, columns, any, "", () -> new SimpleStates.Length(columns, indexes, any));
		case CORRELATION:
			if (columns.size() != 2 || columns.get(0).equals(columns.get(1))) {
				throw new IllegalArgumentException("a correlation needs two different numeric columns, not " + columns);
			}
			numeric(spec, indexes);
			return state(StateKind.CORRELATION, columns, any, "", () -> new CorrelationState(columns, indexes, any));
		case SATISFACTION:
		default:
			RowCondition condition = spec.condition();
			List<String> read = condition.columns();
			int[] readIndexes = compiler.indexes(read);
			SatisfactionState.RowTest test = compiler.compile(condition);
			return state(StateKind.SATISFACTION, read, spec.nulls(), condition.toString(),
					() -> new SatisfactionState(read, readIndexes, spec.nulls(), condition.toString(), test));
		}
	}

	static double rankError(ConstraintSpec spec) {
		double error = Double.isNaN(spec.rankError()) ? DEFAULT_RANK_ERROR : spec.rankError();
		if (!(error > 0 && error < 0.5)) {
			throw new IllegalArgumentException("the rank error " + error + " of an approximate quantile must lie in (0, 0.5), "
					+ "e.g. 'within 1 %'");
		}
		return error;
	}

	private StateKey state(StateKind kind, List<String> columns, NullPolicy policy, String parameter,
			Supplier<MetricState> factory) {
		StateKey key = new StateKey(kind, columns, policy, parameter);
		factories.putIfAbsent(key, factory);
		return key;
	}

	private static String name(Statistic statistic) {
		return statistic.name().toLowerCase(java.util.Locale.ROOT);
	}

	private static void one(ConstraintSpec spec) {
		if (spec.columns().size() != 1) {
			throw new IllegalArgumentException(name(spec.statistic()) + " is measured on one column, not " + spec.columns());
		}
	}

	private void numeric(ConstraintSpec spec, int[] indexes) {
		if (spec.statistic() != Statistic.CORRELATION) {
			one(spec);
		}
		for (int index : indexes) {
			Column column = schema.columns().get(index);
			if (!column.isNumeric()) {
				throw new IllegalArgumentException(name(spec.statistic()) + " needs a numeric column, but " + column.name()
						+ " is not numeric; use distinct_count, frequency or 'where " + column.name() + " in [...]' on it");
			}
		}
	}

	private static void fraction(ConstraintSpec spec) {
		if (!(spec.argument() >= 0 && spec.argument() <= 1)) {
			throw new IllegalArgumentException("a quantile lies in 0 .. 1 (0.5 is the median), not " + spec.argument());
		}
	}

	private ReferenceSet reference(RowCondition.InColumn in) {
		String key = in.otherDataset() + "." + in.otherColumn();
		ReferenceSet cached = references.get(key);
		if (cached != null) {
			return cached;
		}
		if (options.references() == null) {
			throw new IllegalArgumentException("'" + in.column() + " in " + key + "' reads dataset " + in.otherDataset()
					+ ", which is not available to this run; declare it in the model so that the suite can read it");
		}
		try (RowSource other = options.references().open(in.otherDataset())) {
			if (!other.fatalProblems().isEmpty()) {
				throw new IllegalArgumentException("dataset " + in.otherDataset() + " cannot be read: " + other.fatalProblems().get(0));
			}
			ReferenceSet set = ReferenceSet.read(other, in.otherColumn());
			references.put(key, set);
			return set;
		} catch (IOException e) {
			throw new IllegalArgumentException("dataset " + in.otherDataset() + " cannot be read for '" + in.column() + " in "
					+ key + "': " + e.getMessage(), e);
		}
	}
}
