package org.assay.runtime.constraint;

/**
 * What a column constraint measures. Each is computed from a mergeable state in one pass over the data (see
 * {@code org.assay.runtime.engine}); the Spark engine computes the same states. Fractions are in [0, 1].
 */
public enum Statistic {
	/** Number of data rows (dataset level; no column). */
	ROW_COUNT,
	/** Share of rows whose cell is present (not null; NaN counts as null unless the policy is IGNORED). */
	COMPLETENESS,
	/** Share of present values (or keys, for several columns) that occur exactly once. */
	UNIQUENESS,
	/** Distinct present values divided by present values. */
	DISTINCTNESS,
	/** Exact number of distinct present values. */
	DISTINCT_COUNT,
	/** Approximate number of distinct present values (HyperLogLog; the stated relative error is the sketch's). */
	APPROX_DISTINCT_COUNT,
	MINIMUM, MAXIMUM, SUM, MEAN,
	/** Population standard deviation of the present values. */
	STANDARD_DEVIATION,
	/** Exact quantile at {@code argument} (lower nearest rank: the smallest value with rank >= q·n). */
	QUANTILE,
	/** Approximate quantile at {@code argument} with the stated normalised rank error ({@code rankError}). */
	APPROX_QUANTILE,
	/** Shortest / longest text of the present values, in Unicode code points. */
	MIN_LENGTH, MAX_LENGTH,
	/** Shannon entropy (natural log) of the present values' frequencies. */
	ENTROPY,
	/** Share of present values held by the {@code argument} most frequent values together. */
	TOP_FREQUENCY,
	/** Share of present values equal to {@code value}. */
	FREQUENCY,
	/** Pearson correlation of two numeric columns over rows where both are present. */
	CORRELATION,
	/** Share of rows satisfying a {@link RowCondition} (ranges, sets, patterns, comparisons, references). */
	SATISFACTION;

	/** Whether the result is an exact function of the data (bit-for-bit the same however the data is split). */
	public boolean isExact() {
		return this != APPROX_DISTINCT_COUNT && this != APPROX_QUANTILE;
	}
}
