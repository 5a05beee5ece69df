package org.assay.runtime.engine;

import java.util.List;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;

/** Test helper: constraint specs in one line. */
final class Specs {

	private Specs() {
	}

	static ConstraintSpec stat(String name, Statistic statistic, List<String> columns, NullPolicy nulls, Criterion... criteria) {
		return new ConstraintSpec(name, "model.assay:" + name.length(), List.of("R1"), statistic, columns, Double.NaN, null,
				Double.NaN, null, nulls, List.of(criteria));
	}

	static ConstraintSpec stat(String name, Statistic statistic, String column, Criterion... criteria) {
		return stat(name, statistic, List.of(column), NullPolicy.MISSING, criteria);
	}

	static ConstraintSpec argument(String name, Statistic statistic, String column, double argument, Criterion... criteria) {
		return new ConstraintSpec(name, "model.assay:7", List.of(), statistic, List.of(column), argument, null, Double.NaN, null,
				NullPolicy.MISSING, List.of(criteria));
	}

	static ConstraintSpec approxQuantile(String name, String column, double q, double rankError, Criterion... criteria) {
		return new ConstraintSpec(name, "model.assay:8", List.of(), Statistic.APPROX_QUANTILE, List.of(column), q, null, rankError,
				null, NullPolicy.MISSING, List.of(criteria));
	}

	static ConstraintSpec frequency(String name, String column, String value, Criterion... criteria) {
		return new ConstraintSpec(name, "model.assay:9", List.of(), Statistic.FREQUENCY, List.of(column), Double.NaN, value,
				Double.NaN, null, NullPolicy.MISSING, List.of(criteria));
	}

	static ConstraintSpec where(String name, RowCondition condition, NullPolicy nulls, Criterion... criteria) {
		return new ConstraintSpec(name, "model.assay:10", List.of("R2"), Statistic.SATISFACTION, List.of(), Double.NaN, null,
				Double.NaN, condition, nulls, List.of(criteria));
	}

	static Criterion at(Operator operator, double threshold) {
		return new Criterion(operator, threshold);
	}

	/** {@code >= low and <= high}. */
	static Criterion[] between(double low, double high) {
		return new Criterion[] { at(Operator.GREATER_OR_EQUAL, low), at(Operator.LESS_OR_EQUAL, high) };
	}
}
