package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.util.List;
import java.util.stream.Collectors;

import org.assay.dsl.conversion.AssayValueConverters;
import org.assay.dsl.scoping.DataContext;
import org.assay.dsl.semantics.ConstraintSemantics;
import org.assay.dsl.semantics.StatisticFacts;
import org.assay.dsl.semantics.StatisticFacts.ColumnKind;
import org.assay.model.AcceptanceCriterion;
import org.assay.model.Condition;
import org.assay.model.DataConstraint;
import org.assay.model.DataQualityTest;
import org.assay.model.Feature;
import org.assay.model.Metric;
import org.assay.model.QualityGate;
import org.assay.model.StatisticConstraint;
import org.assay.runtime.constraint.Statistic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * Column constraints measure what their columns hold: a statistic of the catalogue that is a column statistic, of
 * the right number and type of columns, with the number, value and rank error it needs, under a bound it can meet;
 * column statistics are not written as dataset-level metrics, and two-sided bounds only bound constraints. Row
 * conditions are checked by {@link RowConditionValidator}, the constraint's dataset by {@link ConstraintDataValidator}.
 */
public class ConstraintValidator extends AssayCheckBase {

	@Check
	public void checkStatistic(StatisticConstraint constraint) {
		Metric metric = constraint.getMetric();
		if (!isResolved(metric)) {
			return;
		}
		String name = metric.getName();
		if (!StatisticFacts.STATISTICS.containsKey(name)) {
			String how = StatisticFacts.ROW_COUNT.equals(name) ? "Count rows with 'rows', for example 'rows > 0'."
					: StatisticFacts.SATISFACTION.equals(name) ? "Write the row condition with 'where', for example 'where age >= 18 >= 99 %'."
							: "Use it without 'of' ('data " + name + " >= …'), or a column statistic: "
									+ String.join(", ", StatisticFacts.STATISTICS.keySet()) + ".";
			error("'" + name + "' is not a statistic of columns. " + how, constraint, STATISTIC_CONSTRAINT__METRIC,
					IssueCodes.NOT_A_COLUMN_STATISTIC);
			return;
		}
		if (constraint.isApproximate() && !StatisticFacts.hasApproximation(name)) {
			error("'" + name + "' has no approximate form: Assay computes it exactly in the same pass. 'approx' is for "
					+ "distinct_count (HyperLogLog) and quantile (KLL); remove 'approx'.", constraint,
					STATISTIC_CONSTRAINT__APPROXIMATE, IssueCodes.APPROX_NOT_AVAILABLE);
		}
		Statistic statistic = StatisticFacts.statistic(name, constraint.isApproximate() && StatisticFacts.hasApproximation(name));
		checkRankError(constraint, statistic);
		checkArgument(constraint, name, statistic);
		checkColumns(constraint, name, statistic);
	}

	private void checkRankError(StatisticConstraint constraint, Statistic statistic) {
		Double error = constraint.getRankError();
		if (error == null) {
			return;
		}
		if (statistic != Statistic.APPROX_QUANTILE) {
			error("'within' states the rank error of an approximate quantile, and this is "
					+ (statistic == Statistic.QUANTILE ? "an exact quantile ('approx' is missing)" : "not a quantile")
					+ ". Write 'approx quantile Q of COLUMN within " + AssayValueConverters.toDecimal(error * 100) + " %', or remove 'within'.",
					constraint, STATISTIC_CONSTRAINT__RANK_ERROR, IssueCodes.WITHIN_WITHOUT_APPROX_QUANTILE);
		} else if (error <= 0 || error >= 0.5) {
			error("A rank error lies between 0 and 50 % (exclusive); it is " + AssayValueConverters.toDecimal(error * 100)
					+ " %. Write for example 'within 1 %'.", constraint, STATISTIC_CONSTRAINT__RANK_ERROR,
					IssueCodes.STATISTIC_ARGUMENT_INVALID);
		}
	}

	private void checkArgument(StatisticConstraint constraint, String name, Statistic statistic) {
		Double argument = constraint.getArgument();
		String value = constraint.getValue();
		if (StatisticFacts.takesArgument(statistic)) {
			boolean quantile = statistic != Statistic.TOP_FREQUENCY;
			String example = quantile ? "'quantile 0.5 of income' (the median; 0 to 1)" : "'top_frequency 3 of country' (the 3 most frequent values)";
			if (argument == null) {
				error("'" + name + "' needs its number before 'of': write for example " + example + ".", constraint,
						value == null ? STATISTIC_CONSTRAINT__METRIC : STATISTIC_CONSTRAINT__VALUE, IssueCodes.STATISTIC_ARGUMENT_INVALID);
			} else if (quantile && (argument < 0 || argument > 1)) {
				error("A quantile lies between 0 and 1; " + AssayValueConverters.toDecimal(argument) + " is outside. Write "
						+ "for example 'quantile 0.95 of " + firstColumn(constraint) + "'.", constraint, STATISTIC_CONSTRAINT__ARGUMENT,
						IssueCodes.STATISTIC_ARGUMENT_INVALID);
			} else if (!quantile && (argument < 1 || argument != Math.rint(argument))) {
				error("top_frequency counts the k most frequent values: k is a whole number of at least 1, not "
						+ AssayValueConverters.toDecimal(argument) + ".", constraint, STATISTIC_CONSTRAINT__ARGUMENT,
						IssueCodes.STATISTIC_ARGUMENT_INVALID);
			}
		} else if (StatisticFacts.takesValue(statistic)) {
			if (value == null) {
				error("'frequency' needs the value whose share it measures, quoted, before 'of': for example 'frequency \""
						+ (argument == null ? "DE" : AssayValueConverters.toDecimal(argument)) + "\" of " + firstColumn(constraint) + "'.",
						constraint, argument == null ? STATISTIC_CONSTRAINT__METRIC : STATISTIC_CONSTRAINT__ARGUMENT,
						IssueCodes.STATISTIC_ARGUMENT_INVALID);
			}
		} else if (argument != null || value != null) {
			error("'" + name + "' takes no " + (argument != null ? "number" : "value") + " before 'of'; remove '"
					+ (argument != null ? AssayValueConverters.toDecimal(argument) : "\"" + value + "\"") + "'.", constraint,
					argument != null ? STATISTIC_CONSTRAINT__ARGUMENT : STATISTIC_CONSTRAINT__VALUE, IssueCodes.STATISTIC_ARGUMENT_INVALID);
		}
	}

	private void checkColumns(StatisticConstraint constraint, String name, Statistic statistic) {
		List<Feature> columns = constraint.getColumns();
		int[] count = StatisticFacts.columnCount(statistic);
		if (columns.size() < count[0] || columns.size() > count[1]) {
			error("'" + name + "' is measured on " + (count[0] == 2 ? "two columns ('correlation of age, income')"
					: "one column") + ", not on " + columns.size() + (statistic == Statistic.COMPLETENESS
							? ". Write one constraint per column." : "; a key of several columns is checked with 'uniqueness of a, b'."),
					constraint, STATISTIC_CONSTRAINT__COLUMNS, IssueCodes.STATISTIC_COLUMN_COUNT);
		}
		for (int i = 0; i < columns.size(); i++) {
			Feature column = columns.get(i);
			if (!isResolved(column)) {
				continue;
			}
			if (columns.indexOf(column) < i) {
				error("Column '" + column.getName() + "' is named twice: " + (statistic == Statistic.UNIQUENESS
						? "a key's columns are distinct. Remove the second '" + column.getName() + "'."
						: "name two different columns."), constraint, STATISTIC_CONSTRAINT__COLUMNS, i,
						IssueCodes.DUPLICATE_KEY_COLUMN);
				continue;
			}
			checkColumnType(constraint, name, statistic, column, i);
		}
	}

	private void checkColumnType(StatisticConstraint constraint, String name, Statistic statistic, Feature column, int index) {
		ColumnKind kind = StatisticFacts.kindOf(column);
		String problem = null;
		if (kind == ColumnKind.TENSOR) {
			problem = "column constraints check scalar columns; a tensor column is checked as a whole by 'data validity'";
		} else if (StatisticFacts.NUMERIC.contains(statistic) && kind != ColumnKind.NUMBER) {
			problem = "'" + name + "' is a statistic of numbers. Use a statistic of values such as distinct_count, "
					+ "entropy, top_frequency or frequency, or 'where " + column.getName() + " in [...]'";
		} else if (StatisticFacts.TEXTUAL.contains(statistic) && kind == ColumnKind.NUMBER) {
			problem = "'" + name + "' measures text lengths. Bound the numbers instead, with 'minimum of " + column.getName()
					+ "' or 'where " + column.getName() + " in 0 .. 100'";
		} else if (statistic == Statistic.FREQUENCY && constraint.getValue() != null) {
			problem = frequencyValueProblem(constraint.getValue(), column, kind);
			if (problem != null) {
				error(problem, constraint, STATISTIC_CONSTRAINT__VALUE, IssueCodes.VALUE_NOT_A_CATEGORY);
				return;
			}
		}
		if (problem != null) {
			error("Column '" + column.getName() + "' is " + kind.description() + ": " + problem + ".", constraint,
					STATISTIC_CONSTRAINT__COLUMNS, index, IssueCodes.STATISTIC_COLUMN_TYPE);
		}
	}

	private static String frequencyValueProblem(String value, Feature column, ColumnKind kind) {
		if (kind == ColumnKind.CATEGORY && DataContext.categoriesOf(column).stream().noneMatch(c -> value.equals(c.getName()))) {
			return "\"" + value + "\" is not a category of '" + column.getName() + "' ("
					+ DataContext.categoriesOf(column).stream().map(c -> c.getName()).collect(Collectors.joining(", "))
					+ "), so its share is always 0. Use one of its categories.";
		}
		if (kind == ColumnKind.NUMBER) {
			try {
				Double.parseDouble(value);
			} catch (NumberFormatException e) {
				return "\"" + value + "\" is not a number, and '" + column.getName() + "' is numeric, so its share is always 0. "
						+ "Write the number in quotes, for example 'frequency \"0\" of " + column.getName() + "'.";
			}
		}
		return null;
	}

	private static String firstColumn(StatisticConstraint constraint) {
		return constraint.getColumns().isEmpty() || !isResolved(constraint.getColumns().get(0)) ? "COLUMN"
				: constraint.getColumns().get(0).getName();
	}

	/** Thresholds of a constraint lie in its statistic's range; a two-sided bound has a lower and an upper side. */
	@Check
	public void checkBound(DataConstraint constraint) {
		Condition bound = constraint.getBound();
		if (bound == null || !bound.isSetOperator()) {
			return;
		}
		String metric = ConstraintSemantics.metricName(constraint);
		Statistic statistic = ConstraintSemantics.statistic(constraint);
		if (statistic != null) {
			double low = statistic == Statistic.CORRELATION ? -1 : StatisticFacts.isFraction(statistic) || countLike(statistic) ? 0
					: Double.NEGATIVE_INFINITY;
			double high = StatisticFacts.isFraction(statistic) || statistic == Statistic.CORRELATION ? 1 : Double.POSITIVE_INFINITY;
			inRange(bound, CONDITION__THRESHOLD, bound.getThreshold(), metric, low, high);
			if (bound.isTwoSided()) {
				inRange(bound, CONDITION__SECOND_THRESHOLD, bound.getSecondThreshold(), metric, low, high);
			}
		}
		if (!bound.isTwoSided()) {
			return;
		}
		boolean firstLower = isLower(bound.getOperator());
		boolean secondLower = isLower(bound.getSecondOperator());
		if (!isLimit(bound.getOperator()) || !isLimit(bound.getSecondOperator()) || firstLower == secondLower) {
			error("A two-sided bound has a lower side ('>' or '>=') and an upper side ('<' or '<='), for example '> 0.45 and "
					+ "< 0.55' or 'between 0.45 and 0.55'; '" + bound.getOperator().getLiteral() + "' and '"
					+ bound.getSecondOperator().getLiteral() + "' are not.", bound, CONDITION__SECOND_OPERATOR,
					IssueCodes.BOUND_SIDES_INVALID);
			return;
		}
		double lower = firstLower ? bound.getThreshold() : bound.getSecondThreshold();
		double upper = firstLower ? bound.getSecondThreshold() : bound.getThreshold();
		boolean strict = isStrict(bound.getOperator()) || isStrict(bound.getSecondOperator());
		if (lower > upper || lower == upper && strict) {
			error("No value can meet this bound: it asks for at least " + AssayValueConverters.toDecimal(lower) + " and at most "
					+ AssayValueConverters.toDecimal(upper) + ". Swap the two numbers.", bound, CONDITION__SECOND_THRESHOLD,
					IssueCodes.BOUND_REVERSED);
		}
	}

	private static boolean countLike(Statistic statistic) {
		return switch (statistic) {
		case ROW_COUNT, DISTINCT_COUNT, APPROX_DISTINCT_COUNT, MIN_LENGTH, MAX_LENGTH, ENTROPY, STANDARD_DEVIATION -> true;
		default -> false;
		};
	}

	private void inRange(Condition bound, EStructuralFeature feature, double threshold, String metric, double low, double high) {
		if (threshold < low || threshold > high) {
			error("Threshold " + AssayValueConverters.toDecimal(threshold) + " is outside the possible values of '" + metric
					+ "' (" + (low == Double.NEGATIVE_INFINITY ? "(-∞" : "[" + AssayValueConverters.toDecimal(low)) + ", "
					+ (high == Double.POSITIVE_INFINITY ? "∞)" : AssayValueConverters.toDecimal(high) + "]")
					+ (high == 1 && low == 0 ? ", a share: write it as 0.95 or 95 %" : "")
					+ "), so this bound is decided before anything is measured. Use a threshold within that range.", bound, feature,
					IssueCodes.THRESHOLD_OUT_OF_RANGE, Double.isInfinite(low) ? "" : Double.toString(low),
					Double.isInfinite(high) ? "" : Double.toString(high));
		}
	}

	/** '>' and '>=' are lower limits. */
	private static boolean isLower(org.assay.model.ComparisonOperator operator) {
		return operator == org.assay.model.ComparisonOperator.GREATER || operator == org.assay.model.ComparisonOperator.GREATER_OR_EQUAL;
	}

	private static boolean isStrict(org.assay.model.ComparisonOperator operator) {
		return operator == org.assay.model.ComparisonOperator.LESS || operator == org.assay.model.ComparisonOperator.GREATER;
	}

	private static boolean isLimit(org.assay.model.ComparisonOperator operator) {
		return operator != org.assay.model.ComparisonOperator.EQUAL && operator != org.assay.model.ComparisonOperator.NOT_EQUAL;
	}

	/** 'and …' and 'between' bound column constraints; a metric's condition elsewhere has one side. */
	@Check
	public void checkTwoSidedOnlyInConstraints(Condition condition) {
		if (condition.isTwoSided() && !(condition.eContainer() instanceof DataConstraint)) {
			error("A two-sided bound ('… and …', 'between … and …') bounds a column constraint; " + describeOwner(condition.eContainer())
					+ " takes one condition. Keep one side, or write two tests, one per side.", condition, CONDITION__SECOND_OPERATOR,
					IssueCodes.TWO_SIDED_BOUND_NOT_SUPPORTED);
		}
	}

	private static String describeOwner(EObject owner) {
		if (owner instanceof QualityGate) {
			return "a gate on a dataset-level metric";
		}
		if (owner instanceof AcceptanceCriterion) {
			return "a criterion on a metric";
		}
		return owner instanceof org.assay.model.TestPattern pattern ? MetricFacts.describe(pattern) : "this element";
	}

	/** A column statistic names its columns: 'data mean >= 3' cannot say of what. */
	@Check
	public void checkColumnMetricWithoutColumn(DataQualityTest test) {
		columnMetricWithoutColumn(test, test.getMetric(), METRIC_PATTERN__METRIC, "data");
	}

	@Check
	public void checkColumnMetricWithoutColumn(QualityGate gate) {
		columnMetricWithoutColumn(gate, gate.getMetric(), QUALITY_GATE__METRIC, "require");
	}

	@Check
	public void checkColumnMetricWithoutColumn(AcceptanceCriterion criterion) {
		columnMetricWithoutColumn(criterion, criterion.getMetric(), ACCEPTANCE_CRITERION__METRIC, "accept");
	}

	private void columnMetricWithoutColumn(EObject owner, Metric metric, EStructuralFeature feature, String keyword) {
		if (!isResolved(metric) || !StatisticFacts.isColumnMetric(metric.getName())
				|| StatisticFacts.isAlsoDatasetMetric(metric.getName())) {
			return;
		}
		String name = metric.getName();
		String how = StatisticFacts.ROW_COUNT.equals(name) ? "count rows with '" + keyword + " rows > 0'"
				: StatisticFacts.SATISFACTION.equals(name) ? "write the row condition: '" + keyword + " where age >= 18'"
						: "name the column: '" + keyword + " " + name + " of COLUMN …'";
		error("'" + name + "' is a statistic of columns, not of a whole dataset: " + how + ".", owner, feature,
				IssueCodes.COLUMN_METRIC_WITHOUT_COLUMN);
	}
}
