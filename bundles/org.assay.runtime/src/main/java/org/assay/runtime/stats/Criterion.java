package org.assay.runtime.stats;

/**
 * An acceptance condition {@code value OPERATOR threshold}, with an optional warning level on its passing side
 * ({@code >= 0.93 warn below 0.95}; NaN when none), and how it decides a verdict from an interval.
 */
public record Criterion(Operator operator, double threshold, double warnLevel) implements java.io.Serializable {

	/** A condition without a warning level. */
	public Criterion(Operator operator, double threshold) {
		this(operator, threshold, Double.NaN);
	}

	public Criterion {
		if (!Double.isNaN(warnLevel) && (operator == Operator.EQUAL || operator == Operator.NOT_EQUAL
				|| !operator.holds(warnLevel, threshold) || warnLevel == threshold)) {
			throw new IllegalArgumentException("warning level " + warnLevel + " is not on the passing side of " + operator.symbol()
					+ " " + threshold);
		}
	}

	/** Comparison operators, with their .assay spelling. */
	public enum Operator {
		LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">="), EQUAL("="), NOT_EQUAL("!=");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

		public boolean holds(double value, double threshold) {
			return switch (this) {
			case LESS -> value < threshold;
			case LESS_OR_EQUAL -> value <= threshold;
			case GREATER -> value > threshold;
			case GREATER_OR_EQUAL -> value >= threshold;
			case EQUAL -> value == threshold;
			case NOT_EQUAL -> value != threshold;
			};
		}
	}

	public boolean holds(double value) {
		return operator.holds(value, threshold);
	}

	/** Whether a value that meets the criterion lies within the warning margin (never without a warning level). */
	public boolean warns(double value) {
		return !Double.isNaN(warnLevel) && holds(value) && !operator.holds(value, warnLevel);
	}

	/**
	 * PASS when the criterion holds over the whole interval, FAIL when it holds nowhere in it, INCONCLUSIVE when the
	 * interval straddles the threshold, NO_DATA when the estimate is not a number; a PASS whose interval reaches past
	 * the warning level is a WARN.
	 */
	public Verdict decide(Interval interval) {
		Verdict verdict = decideAgainstThreshold(interval);
		if (verdict != Verdict.PASS || Double.isNaN(warnLevel)) {
			return verdict;
		}
		boolean bounded = !Double.isNaN(interval.lower()) && !Double.isNaN(interval.upper());
		boolean clear = bounded ? operator.holds(interval.lower(), warnLevel) && operator.holds(interval.upper(), warnLevel)
				: operator.holds(interval.estimate(), warnLevel);
		return clear ? Verdict.PASS : Verdict.WARN;
	}

	private Verdict decideAgainstThreshold(Interval interval) {
		if (Double.isNaN(interval.estimate())) {
			return Verdict.NO_DATA;
		}
		if (Double.isNaN(interval.lower()) || Double.isNaN(interval.upper())) {
			return holds(interval.estimate()) ? Verdict.PASS : Verdict.FAIL;
		}
		if (operator == Operator.EQUAL || operator == Operator.NOT_EQUAL) {
			boolean exact = interval.lower() == threshold && interval.upper() == threshold;
			boolean outside = !interval.contains(threshold);
			if (exact || outside) {
				return (exact == (operator == Operator.EQUAL)) ? Verdict.PASS : Verdict.FAIL;
			}
			return Verdict.INCONCLUSIVE;
		}
		boolean lower = holds(interval.lower());
		boolean upper = holds(interval.upper());
		if (lower && upper) {
			return Verdict.PASS;
		}
		if (!lower && !upper) {
			return Verdict.FAIL;
		}
		return Verdict.INCONCLUSIVE;
	}

	@Override
	public String toString() {
		if (Double.isNaN(warnLevel)) {
			return operator.symbol() + " " + threshold;
		}
		return operator.symbol() + " " + threshold + " (warn " + (operator == Operator.LESS || operator == Operator.LESS_OR_EQUAL
				? "above " : "below ") + warnLevel + ")";
	}
}
