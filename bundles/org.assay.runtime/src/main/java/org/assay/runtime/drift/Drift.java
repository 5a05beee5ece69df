package org.assay.runtime.drift;

import java.util.Arrays;

import org.hipparchus.stat.inference.ChiSquareTest;

/**
 * Distribution drift between reference data (e.g. training) and current data: population stability index,
 * two-sample Kolmogorov-Smirnov test and the chi-square test of category frequencies. NaN values are skipped.
 */
public final class Drift {

	/** Empty bin shares are floored at this value in the PSI so that the logarithm stays finite. */
	public static final double PSI_FLOOR = 1e-4;

	/** A test statistic and its p-value. */
	public record TestResult(double statistic, double pValue) {
	}

	private Drift() {
	}

	/**
	 * Population stability index over {@code bins} bins whose edges are the reference data's quantiles:
	 * Σ (a − e) · ln(a / e) with e, a the reference and current shares of each bin.
	 */
	public static double psi(double[] reference, double[] current, int bins) {
		double[] ref = finite(reference);
		double[] cur = finite(current);
		if (ref.length == 0 || cur.length == 0) {
			return Double.NaN;
		}
		Arrays.sort(ref);
		double[] edges = new double[bins - 1];
		for (int b = 1; b < bins; b++) {
			edges[b - 1] = quantile(ref, (double) b / bins);
		}
		double[] expected = shares(ref, edges, bins);
		double[] actual = shares(cur, edges, bins);
		double psi = 0;
		for (int b = 0; b < bins; b++) {
			double e = Math.max(expected[b], PSI_FLOOR);
			double a = Math.max(actual[b], PSI_FLOOR);
			psi += (a - e) * Math.log(a / e);
		}
		return psi;
	}

	/**
	 * Two-sample Kolmogorov-Smirnov: D = sup |F_ref − F_cur| and its two-sided p-value P(D ≥ d), as SciPy's
	 * {@code ks_2samp} defines them (see {@link KolmogorovSmirnov}).
	 */
	public static TestResult kolmogorovSmirnov(double[] reference, double[] current) {
		return KolmogorovSmirnov.test(finite(reference), finite(current));
	}

	/** Chi-square test that two samples of category indexes ({@code -1} skipped) share one distribution. */
	public static TestResult chiSquare(int[] reference, int[] current, int categories) {
		long[] observedReference = new long[categories];
		long[] observedCurrent = new long[categories];
		for (int code : reference) {
			if (code >= 0) {
				observedReference[code]++;
			}
		}
		for (int code : current) {
			if (code >= 0) {
				observedCurrent[code]++;
			}
		}
		return chiSquare(observedReference, observedCurrent);
	}

	/**
	 * Chi-square test that two tables of category counts (the same category at the same index in both) share one
	 * distribution: the counts kept in stored states, e.g. a partition's value counts (docs/incremental.md).
	 */
	public static TestResult chiSquare(long[] referenceCounts, long[] currentCounts) {
		int categories = referenceCounts.length;
		long[] observedReference = referenceCounts.clone();
		long[] observedCurrent = currentCounts.clone();
		// categories absent from both samples carry no information (and the test rejects zero columns)
		int used = 0;
		for (int c = 0; c < categories; c++) {
			if (observedReference[c] + observedCurrent[c] > 0) {
				observedReference[used] = observedReference[c];
				observedCurrent[used] = observedCurrent[c];
				used++;
			}
		}
		long[] r = Arrays.copyOf(observedReference, used);
		long[] k = Arrays.copyOf(observedCurrent, used);
		if (Arrays.stream(r).sum() == 0 || Arrays.stream(k).sum() == 0) {
			return new TestResult(Double.NaN, Double.NaN); // one side has no values: nothing to compare (NO_DATA)
		}
		if (used < 2) {
			return new TestResult(0, 1);
		}
		ChiSquareTest test = new ChiSquareTest();
		return new TestResult(test.chiSquareDataSetsComparison(r, k), test.chiSquareTestDataSetsComparison(r, k));
	}

	private static double[] shares(double[] values, double[] edges, int bins) {
		double[] counts = new double[bins];
		for (double v : values) {
			int bin = Arrays.binarySearch(edges, v);
			bin = bin >= 0 ? bin + 1 : -bin - 1; // values equal to an edge go to the upper bin
			counts[Math.min(bin, bins - 1)]++;
		}
		for (int b = 0; b < bins; b++) {
			counts[b] /= values.length;
		}
		return counts;
	}

	/** Linear-interpolation quantile of sorted values (NumPy's default). */
	static double quantile(double[] sorted, double q) {
		double position = q * (sorted.length - 1);
		int lower = (int) Math.floor(position);
		int upper = Math.min(lower + 1, sorted.length - 1);
		return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
	}

	private static double[] finite(double[] values) {
		return Arrays.stream(values).filter(Double::isFinite).toArray();
	}
}
