package org.assay.benchmarks.data;

import java.util.List;
import java.util.function.DoublePredicate;

/**
 * The 14 checks of the reference data benchmark (issue #9), one metric each, as every leg of {@code tests/benchmarks/run
 * data} reports them: a leg prints {@code @metric KEY VALUE [STATED_ERROR]} for each key below (the peers' legs in
 * {@code tests/benchmarks/peers} spell the same keys). Fractions of a row condition count the rows whose cell is
 * present (nulls left out, Assay's default {@code nulls missing}); Deequ counts a null as satisfying — the same value on
 * this file, whose present values all satisfy the conditions.
 */
public final class ReferenceChecks {

	/** How two legs' values of a metric must agree. */
	public enum Agreement {
		/** Counts and their ratios, minima, maxima: the same double. */
		EXACT,
		/** Mean and standard deviation: equal up to the order of floating-point summation (relative 1e-9). */
		FLOATING,
		/** An approximate distinct count: within the leg's stated relative error of the exact count. */
		DISTINCT,
		/** An approximate median: between the exact quantiles at 0.5 ± the stated rank error. */
		QUANTILE
	}

	/** One check: its metric's key, the check as the issue words it, how values agree, and whether a value passes. */
	public record Check(String key, String description, Agreement agreement, DoublePredicate passes) {
	}

	/** The rank error every approximate median is held to (Deequ's and Assay's stated default; DuckDB states none). */
	public static final double RANK_ERROR = 0.01;

	/** Quantiles of income the exact baseline reports so that approximate medians can be checked by rank. */
	public static final String INCOME_LOW_KEY = "income_q0.49";
	public static final String INCOME_HIGH_KEY = "income_q0.51";

	public static final List<Check> CHECKS = List.of( //
			new Check("id_completeness", "id complete", Agreement.EXACT, v -> v == 1), //
			new Check("id_uniqueness", "id unique", Agreement.EXACT, v -> v == 1), //
			new Check("age_completeness", "age completeness >= 0.95", Agreement.EXACT, v -> v >= 0.95), //
			new Check("age_min", "min age >= 18", Agreement.EXACT, v -> v >= 18), //
			new Check("age_max", "max age <= 120", Agreement.EXACT, v -> v <= 120), //
			new Check("income_non_negative", "income non-negative", Agreement.EXACT, v -> v == 1), //
			new Check("country_in_set", "country in its 10 codes", Agreement.EXACT, v -> v == 1), //
			new Check("gender_in_set", "gender in M/F/X", Agreement.EXACT, v -> v == 1), //
			new Check("score_in_range", "score in [0, 1]", Agreement.EXACT, v -> v == 1), //
			new Check("score_mean", "mean score in (0.45, 0.55)", Agreement.FLOATING, v -> v > 0.45 && v < 0.55), //
			new Check("score_stddev", "std dev of score in (0.25, 0.33)", Agreement.FLOATING, v -> v > 0.25 && v < 0.33), //
			new Check("income_approx_median", "approx median income in (10,000, 100,000)", Agreement.QUANTILE,
					v -> v > 10_000 && v < 100_000), //
			new Check("segment_distinctness", "distinctness of segment < 0.001", Agreement.EXACT, v -> v < 0.001), //
			new Check("customer_id_approx_distinct", "approx distinct customer_id > 150,000", Agreement.DISTINCT,
					v -> v > 150_000));

	private ReferenceChecks() {
	}
}
