package org.assay.runtime.stats;

/** An acceptance condition {@code value OPERATOR threshold} and how it decides a verdict from an interval. */
public record Criterion(Operator operator, double threshold) {

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

	/**
	 * PASS when the criterion holds over the whole interval, FAIL when it holds nowhere in it, INCONCLUSIVE when the
	 * interval straddles the threshold, NO_DATA when the estimate is not a number.
	 */
	public Verdict decide(Interval interval) {
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
		return operator.symbol() + " " + threshold;
	}
}
