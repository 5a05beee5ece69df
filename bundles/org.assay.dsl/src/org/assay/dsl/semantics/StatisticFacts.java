package org.assay.dsl.semantics;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.assay.model.CategoricalType;
import org.assay.model.Feature;
import org.assay.model.NumericType;
import org.assay.model.TextType;
import org.assay.runtime.constraint.Statistic;

/**
 * What each column statistic of the catalogue is to the runtime and which columns it applies to: the one table that
 * validation, content assist and the generator read. A catalogue metric named here is written in a column
 * constraint ({@code mean of score > 0.45}); without {@code of} only the dataset-level metrics (completeness,
 * uniqueness, validity, …) can be used.
 */
public final class StatisticFacts {

	/** Catalogue metric name → the exact statistic it is ('approx' turns distinct_count and quantile into sketches). */
	public static final Map<String, Statistic> STATISTICS;

	static {
		Map<String, Statistic> statistics = new LinkedHashMap<>();
		statistics.put("completeness", Statistic.COMPLETENESS);
		statistics.put("uniqueness", Statistic.UNIQUENESS);
		statistics.put("distinctness", Statistic.DISTINCTNESS);
		statistics.put("distinct_count", Statistic.DISTINCT_COUNT);
		statistics.put("minimum", Statistic.MINIMUM);
		statistics.put("maximum", Statistic.MAXIMUM);
		statistics.put("sum", Statistic.SUM);
		statistics.put("mean", Statistic.MEAN);
		statistics.put("standard_deviation", Statistic.STANDARD_DEVIATION);
		statistics.put("quantile", Statistic.QUANTILE);
		statistics.put("min_length", Statistic.MIN_LENGTH);
		statistics.put("max_length", Statistic.MAX_LENGTH);
		statistics.put("entropy", Statistic.ENTROPY);
		statistics.put("top_frequency", Statistic.TOP_FREQUENCY);
		statistics.put("frequency", Statistic.FREQUENCY);
		statistics.put("correlation", Statistic.CORRELATION);
		STATISTICS = java.util.Collections.unmodifiableMap(statistics);
	}

	/** The catalogue metric of 'rows …'. */
	public static final String ROW_COUNT = "row_count";
	/** The catalogue metric of 'where …'. */
	public static final String SATISFACTION = "satisfaction";

	/** Statistics of numbers: they need a numeric column. */
	public static final Set<Statistic> NUMERIC = EnumSet.of(Statistic.MINIMUM, Statistic.MAXIMUM, Statistic.SUM, Statistic.MEAN,
			Statistic.STANDARD_DEVIATION, Statistic.QUANTILE, Statistic.APPROX_QUANTILE, Statistic.CORRELATION);
	/** Statistics of text lengths: they need a text or categorical column. */
	public static final Set<Statistic> TEXTUAL = EnumSet.of(Statistic.MIN_LENGTH, Statistic.MAX_LENGTH);

	private StatisticFacts() {
	}

	/** What a column holds, as constraints see it. */
	public enum ColumnKind {
		NUMBER("numeric"), CATEGORY("categorical"), TEXT("text"), TENSOR("a tensor");

		private final String description;

		ColumnKind(String description) {
			this.description = description;
		}

		/** "numeric", "categorical", "text", "a tensor", for messages. */
		public String description() {
			return description;
		}

		/** Whether values of this kind and of {@code other} can be compared as equal texts or numbers. */
		public boolean comparableWith(ColumnKind other) {
			return this == other || this != NUMBER && other != NUMBER && this != TENSOR && other != TENSOR;
		}
	}

	public static ColumnKind kindOf(Feature feature) {
		if (feature.getType() instanceof NumericType) {
			return ColumnKind.NUMBER;
		}
		if (feature.getType() instanceof CategoricalType) {
			return ColumnKind.CATEGORY;
		}
		return feature.getType() instanceof TextType ? ColumnKind.TEXT : ColumnKind.TENSOR;
	}

	/** Whether the metric of this name is a column statistic (written with 'of', or as 'rows' or 'where'). */
	public static boolean isColumnMetric(String name) {
		return STATISTICS.containsKey(name) || ROW_COUNT.equals(name) || SATISFACTION.equals(name);
	}

	/** Whether the metric of this name is also a dataset-level data-quality metric (written without 'of'). */
	public static boolean isAlsoDatasetMetric(String name) {
		return "completeness".equals(name) || "uniqueness".equals(name);
	}

	/** The statistic of a metric, exact or approximate; null when the metric is no column statistic. */
	public static Statistic statistic(String metric, boolean approximate) {
		Statistic exact = STATISTICS.get(metric);
		if (exact == null || !approximate) {
			return exact;
		}
		return switch (exact) {
		case DISTINCT_COUNT -> Statistic.APPROX_DISTINCT_COUNT;
		case QUANTILE -> Statistic.APPROX_QUANTILE;
		default -> null;
		};
	}

	/** Whether 'approx' can be written before the metric. */
	public static boolean hasApproximation(String metric) {
		return "distinct_count".equals(metric) || "quantile".equals(metric);
	}

	/** Whether the statistic takes a number ('quantile 0.5', 'top_frequency 3'). */
	public static boolean takesArgument(Statistic statistic) {
		return statistic == Statistic.QUANTILE || statistic == Statistic.APPROX_QUANTILE || statistic == Statistic.TOP_FREQUENCY;
	}

	/** Whether the statistic takes a quoted value ('frequency "DE"'). */
	public static boolean takesValue(Statistic statistic) {
		return statistic == Statistic.FREQUENCY;
	}

	/** How many columns the statistic reads: [minimum, maximum]. */
	public static int[] columnCount(Statistic statistic) {
		return switch (statistic) {
		case UNIQUENESS -> new int[] { 1, Integer.MAX_VALUE };
		case CORRELATION -> new int[] { 2, 2 };
		default -> new int[] { 1, 1 };
		};
	}

	/** Whether the statistic is a share (its bounds lie in 0..1). */
	public static boolean isFraction(Statistic statistic) {
		return switch (statistic) {
		case COMPLETENESS, UNIQUENESS, DISTINCTNESS, TOP_FREQUENCY, FREQUENCY, SATISFACTION -> true;
		default -> false;
		};
	}
}
