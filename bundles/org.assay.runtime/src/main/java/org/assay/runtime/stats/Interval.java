package org.assay.runtime.stats;

/** A point estimate with a confidence interval at a confidence level (e.g. 0.95). */
public record Interval(double estimate, double lower, double upper, double confidence) {

	public static Interval point(double value) {
		return new Interval(value, value, value, 1);
	}

	public boolean contains(double value) {
		return lower <= value && value <= upper;
	}
}
