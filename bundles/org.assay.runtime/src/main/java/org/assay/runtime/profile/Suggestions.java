package org.assay.runtime.profile;

import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.profile.InferredColumn.Type;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;

/**
 * Column constraints suggested from a profile, with thresholds taken from the data (in the spirit of Deequ's
 * constraint suggestion and TFDV's schema inference): each holds on the profiled file, and each says what a change of
 * the data would break. The rules and their thresholds are listed in {@code docs/init.md}:
 * <ul>
 * <li>rows: between 90 % and 110 % of the profiled count;</li>
 * <li>completeness: {@code = 100 %} for a complete column, else at least the lower end of the observed share's 95 %
 * normal interval, rounded down to 0.1 %;</li>
 * <li>numbers: every value within the observed minimum and maximum; the mean within a tenth of a standard deviation
 * of the observed mean; the standard deviation within 80 % .. 120 % of the observed one (both rounded outward to three
 * significant digits of the standard deviation); integers all distinct: uniqueness 100 %;</li>
 * <li>categories: every value among the observed ones, and at most that many distinct values;</li>
 * <li>text: the observed shortest and longest length; all distinct: uniqueness 100 %.</li>
 * </ul>
 */
public final class Suggestions {

	/** Relative width of the mean's band, in standard deviations. */
	public static final double MEAN_BAND = 0.1;
	/** Relative width of the standard deviation's band. */
	public static final double SPREAD_BAND = 0.2;

	private Suggestions() {
	}

	/**
	 * The suggested constraints for the declared columns (in order), named {@code <Column><What>} ({@code AgeComplete},
	 * {@code MeanRadiusRange}), unique among themselves.
	 */
	public static List<ConstraintSpec> suggest(DataProfile profile, List<InferredColumn> declared) {
		List<ConstraintSpec> suggestions = new ArrayList<>();
		long rows = profile.rows();
		if (rows > 0) {
			suggestions.add(spec("Rows", Statistic.ROW_COUNT, List.of(), null, new Criterion(Operator.GREATER_OR_EQUAL,
					rows * 9 / 10), new Criterion(Operator.LESS_OR_EQUAL, (rows * 11 + 9) / 10)));
		}
		for (InferredColumn column : declared) {
			if (column.type() == Type.EMPTY) {
				continue;
			}
			ColumnProfile data = profile.column(column.name());
			String name = camel(column.name());
			List<String> columns = List.of(column.name());
			suggestions.add(spec(name + "Complete", Statistic.COMPLETENESS, columns, null, completeness(data)));
			switch (column.type()) {
			case INT, DOUBLE -> {
				if (data.finiteNumbers() == 0) {
					break;
				}
				suggestions.add(spec(name + "Range", Statistic.SATISFACTION, List.of(),
						new RowCondition.InRange(column.name(), data.minimum(), data.maximum()), all()));
				double sd = data.standardDeviation();
				if (data.finiteNumbers() >= 2 && sd > 0) {
					double mean = data.mean();
					suggestions.add(spec(name + "Mean", Statistic.MEAN, columns, null, between(
							NiceNumbers.outward(mean - MEAN_BAND * sd, sd, true), NiceNumbers.outward(mean + MEAN_BAND * sd, sd, false))));
					suggestions.add(spec(name + "Spread", Statistic.STANDARD_DEVIATION, columns, null, between(
							NiceNumbers.outward(sd * (1 - SPREAD_BAND), sd, true), NiceNumbers.outward(sd * (1 + SPREAD_BAND), sd, false))));
				}
				if (column.unique()) {
					suggestions.add(spec(name + "Unique", Statistic.UNIQUENESS, columns, null, all()));
				}
			}
			case CATEGORY -> {
				suggestions.add(spec(name + "Values", Statistic.SATISFACTION, List.of(),
						new RowCondition.InSet(column.name(), column.categories()), all()));
				suggestions.add(spec(name + "Distinct", Statistic.DISTINCT_COUNT, columns, null,
						new Criterion(Operator.LESS_OR_EQUAL, column.categories().size())));
			}
			case TEXT -> {
				suggestions.add(spec(name + "MinLength", Statistic.MIN_LENGTH, columns, null,
						new Criterion(Operator.GREATER_OR_EQUAL, data.minLength())));
				suggestions.add(spec(name + "MaxLength", Statistic.MAX_LENGTH, columns, null,
						new Criterion(Operator.LESS_OR_EQUAL, data.maxLength())));
				if (column.unique()) {
					suggestions.add(spec(name + "Unique", Statistic.UNIQUENESS, columns, null, all()));
				}
			}
			default -> throw new IllegalStateException(column.type().name());
			}
		}
		return unique(suggestions);
	}

	/**
	 * {@code = 100 %} for a complete column, else the observed share's 95 % lower bound, rounded down to 0.1 %; NaN
	 * counts as missing (the default null policy).
	 */
	static Criterion completeness(ColumnProfile data) {
		long missing = data.nulls() + data.nans();
		if (missing == 0) {
			return new Criterion(Operator.EQUAL, 1);
		}
		double p = (double) (data.cells() - missing) / data.cells();
		double lower = p - 1.96 * Math.sqrt(p * (1 - p) / data.cells());
		return new Criterion(Operator.GREATER_OR_EQUAL, Math.max(0, Math.floor(lower * 1000) / 1000));
	}

	/**
	 * The share of the declared columns' cells that are present, over the whole file: the dataset-level
	 * {@code completeness} metric as the profiled file measures it.
	 */
	public static double completeness(DataProfile profile, List<InferredColumn> declared) {
		long cells = 0;
		long missing = 0;
		for (InferredColumn column : declared) {
			ColumnProfile data = profile.column(column.name());
			cells += data.cells();
			missing += data.nulls();
		}
		return cells == 0 ? Double.NaN : 1 - (double) missing / cells;
	}

	/**
	 * The share of the declared columns' present cells that their declaration allows (the dataset-level {@code validity}
	 * metric): every value fits the inferred declaration except NaN in numeric columns, which the loader counts as
	 * invalid.
	 */
	public static double validity(DataProfile profile, List<InferredColumn> declared) {
		long present = 0;
		long invalid = 0;
		for (InferredColumn column : declared) {
			ColumnProfile data = profile.column(column.name());
			present += data.present();
			invalid += column.type().isNumeric() ? data.nans() : 0;
		}
		return present == 0 ? Double.NaN : 1 - (double) invalid / present;
	}

	/** A gate's or requirement's threshold a little below an observed share: rounded down to 0.01 after taking 0.005 off. */
	public static double below(double observed) {
		return Math.max(0, Math.floor((observed - 0.005) * 100) / 100);
	}

	/** {@code mean_radius → MeanRadius}. */
	static String camel(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (char c : column.toCharArray()) {
			if (c == '_' || !Character.isLetterOrDigit(c)) {
				upper = true;
			} else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "Column" + name : name.toString();
	}

	private static Criterion[] all() {
		return new Criterion[] { new Criterion(Operator.EQUAL, 1) };
	}

	private static Criterion[] between(double low, double high) {
		return new Criterion[] { new Criterion(Operator.GREATER_OR_EQUAL, low), new Criterion(Operator.LESS_OR_EQUAL, high) };
	}

	private static ConstraintSpec spec(String name, Statistic statistic, List<String> columns, RowCondition condition,
			Criterion... criteria) {
		return new ConstraintSpec(name, "", List.of(), statistic, columns, Double.NaN, null, Double.NaN, condition,
				NullPolicy.MISSING, List.of(criteria));
	}

	private static List<ConstraintSpec> unique(List<ConstraintSpec> specs) {
		java.util.Set<String> names = new java.util.HashSet<>();
		List<ConstraintSpec> result = new ArrayList<>();
		for (ConstraintSpec spec : specs) {
			String name = spec.name();
			for (int i = 2; !names.add(name); i++) {
				name = spec.name() + i;
			}
			result.add(name.equals(spec.name()) ? spec
					: new ConstraintSpec(name, spec.source(), spec.requirements(), spec.statistic(), spec.columns(),
							spec.argument(), spec.value(), spec.rankError(), spec.condition(), spec.nulls(), spec.criteria()));
		}
		return result;
	}
}
