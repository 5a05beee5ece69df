package org.assay.runtime.constraint;

import java.util.List;

import org.assay.runtime.stats.Criterion;

/**
 * One column constraint as the model declares it (a dataset's {@code check}, a suite's {@code data} test, a
 * preparation's {@code require}, a requirement's {@code accept}), engine-neutral: generated code builds these, the
 * local engine and the Spark engine evaluate them to the same values.
 *
 * @param name the qualified name of the declaring element (test, check, gate or criterion)
 * @param source where it is declared, {@code file:line}
 * @param requirements qualified names of the requirements it verifies (may be empty)
 * @param statistic what is measured
 * @param columns the columns, in order (none for {@link Statistic#ROW_COUNT} and {@link Statistic#SATISFACTION},
 *        several for a key's uniqueness and for correlation)
 * @param argument the quantile (0..1) or the k of {@link Statistic#TOP_FREQUENCY}; NaN when not used
 * @param value the value of {@link Statistic#FREQUENCY}; null when not used
 * @param rankError the stated normalised rank error of an approximate quantile (e.g. 0.01); NaN when not used
 * @param condition the row condition of {@link Statistic#SATISFACTION}; null otherwise
 * @param nulls what nulls and NaN are to the metric
 * @param criteria all must hold (a two-sided bound is two criteria); the verdict is the worst of theirs
 */
public record ConstraintSpec(String name, String source, List<String> requirements, Statistic statistic, List<String> columns,
		double argument, String value, double rankError, RowCondition condition, NullPolicy nulls, List<Criterion> criteria)
		implements java.io.Serializable {

	public ConstraintSpec {
		requirements = List.copyOf(requirements);
		columns = List.copyOf(columns);
		criteria = List.copyOf(criteria);
		if (nulls == null) {
			throw new IllegalArgumentException(name + ": no null policy");
		}
		if ((statistic == Statistic.SATISFACTION) != (condition != null)) {
			throw new IllegalArgumentException(name + ": a row condition belongs to SATISFACTION, and only to it");
		}
	}

	/** The columns read, condition included. */
	public List<String> readColumns() {
		if (condition == null) {
			return columns;
		}
		java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(columns);
		all.addAll(condition.columns());
		return List.copyOf(all);
	}
}
