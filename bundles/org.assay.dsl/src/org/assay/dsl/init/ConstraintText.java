package org.assay.dsl.init;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;

/**
 * Writes a suggested {@link ConstraintSpec} in the constraint syntax of the language ({@code docs/constraints.md}):
 * {@code completeness of age >= 95 %}, {@code mean of score between 0.45 and 0.55}, {@code where country in [DE, "Non-EU"]}.
 * Fractions are written in percent; a row condition that must hold for every row has no bound.
 */
final class ConstraintText {

	private static final Map<Statistic, String> KEYWORDS = Map.ofEntries(Map.entry(Statistic.ROW_COUNT, "rows"),
			Map.entry(Statistic.COMPLETENESS, "completeness"), Map.entry(Statistic.UNIQUENESS, "uniqueness"),
			Map.entry(Statistic.DISTINCTNESS, "distinctness"), Map.entry(Statistic.DISTINCT_COUNT, "distinct_count"),
			Map.entry(Statistic.MINIMUM, "minimum"), Map.entry(Statistic.MAXIMUM, "maximum"), Map.entry(Statistic.SUM, "sum"),
			Map.entry(Statistic.MEAN, "mean"), Map.entry(Statistic.STANDARD_DEVIATION, "standard_deviation"),
			Map.entry(Statistic.MIN_LENGTH, "min_length"), Map.entry(Statistic.MAX_LENGTH, "max_length"),
			Map.entry(Statistic.ENTROPY, "entropy"));

	private final Names names;
	/** The column names as the model writes them (feature names). */
	private final Map<String, String> columns;

	ConstraintText(Names names, Map<String, String> columns) {
		this.names = names;
		this.columns = columns;
	}

	String write(ConstraintSpec spec) {
		boolean fraction = switch (spec.statistic()) {
		case COMPLETENESS, UNIQUENESS, DISTINCTNESS, SATISFACTION, TOP_FREQUENCY, FREQUENCY -> true;
		default -> false;
		};
		String bound = bound(spec.criteria(), fraction);
		if (spec.statistic() == Statistic.SATISFACTION) {
			boolean everyRow = spec.criteria().equals(List.of(new Criterion(Operator.EQUAL, 1)));
			return "where " + condition(spec.condition()) + (everyRow ? "" : " " + bound);
		}
		String keyword = KEYWORDS.get(spec.statistic());
		if (keyword == null) {
			throw new IllegalArgumentException("no suggestion is written for " + spec.statistic());
		}
		if (spec.statistic() == Statistic.ROW_COUNT) {
			return keyword + " " + bound;
		}
		return keyword + " of " + spec.columns().stream().map(this::column).collect(Collectors.joining(", ")) + " " + bound;
	}

	private String bound(List<Criterion> criteria, boolean fraction) {
		if (criteria.size() == 2 && criteria.get(0).operator() == Operator.GREATER_OR_EQUAL
				&& criteria.get(1).operator() == Operator.LESS_OR_EQUAL) {
			return "between " + value(criteria.get(0).threshold(), fraction) + " and " + value(criteria.get(1).threshold(), fraction);
		}
		if (criteria.size() != 1) {
			throw new IllegalArgumentException("no bound is written for " + criteria);
		}
		return criteria.get(0).operator().symbol() + " " + value(criteria.get(0).threshold(), fraction);
	}

	private static String value(double value, boolean fraction) {
		return fraction ? Names.percent(value) : Names.number(value);
	}

	private String condition(RowCondition condition) {
		if (condition instanceof RowCondition.InRange range) {
			return column(range.column()) + " in " + Names.number(range.low()) + " .. " + Names.number(range.high());
		}
		if (condition instanceof RowCondition.InSet set) {
			return column(set.column()) + " in [" + set.values().stream().map(names::category).collect(Collectors.joining(", "))
					+ "]";
		}
		throw new IllegalArgumentException("no suggestion is written for " + condition);
	}

	private String column(String name) {
		String written = columns.get(name);
		if (written == null) {
			throw new IllegalArgumentException("column " + name + " is not declared");
		}
		return written;
	}
}
