package org.assay.runtime.drift;

import java.util.Arrays;

import org.hipparchus.stat.inference.KolmogorovSmirnovTest;

/**
 * Two-sided two-sample Kolmogorov–Smirnov test with SciPy's definition ({@code scipy.stats.ks_2samp}, method
 * "auto"): D = sup |F₁ − F₂| and the p-value P(D ≥ d) under the null hypothesis. When neither sample has more than
 * {@value #MAX_EXACT} values the p-value is exact: the share of lattice paths from (0, 0) to (n₁, n₂) that leave the
 * band |i/n₁ − j/n₂| &lt; d, computed as a probability (no subtraction from 1, so small p-values do not vanish).
 * Larger samples use SciPy's asymptotic form, the one-sample distribution with n = round(n₁n₂/(n₁ + n₂)), whose upper
 * tail is summed in logarithms (Smirnov's exact one-sided formula, doubled) instead of as 1 − CDF.
 */
public final class KolmogorovSmirnov {

	/** The largest sample size for which the exact p-value is computed (SciPy's MAX_AUTO_N). */
	public static final int MAX_EXACT = 10_000;

	private KolmogorovSmirnov() {
	}

	/** D and its p-value; NaN values are skipped; NaN for an empty sample. */
	public static Drift.TestResult test(double[] first, double[] second) {
		double[] a = Arrays.stream(first).filter(v -> !Double.isNaN(v)).sorted().toArray();
		double[] b = Arrays.stream(second).filter(v -> !Double.isNaN(v)).sorted().toArray();
		if (a.length == 0 || b.length == 0) {
			return new Drift.TestResult(Double.NaN, Double.NaN);
		}
		double d = statistic(a, b);
		return new Drift.TestResult(d, pValue(d, a.length, b.length));
	}

	/** D = sup |F₁ − F₂| alone (NaN values skipped; NaN for an empty sample), without the cost of its p-value. */
	public static double distance(double[] first, double[] second) {
		double[] a = Arrays.stream(first).filter(v -> !Double.isNaN(v)).sorted().toArray();
		double[] b = Arrays.stream(second).filter(v -> !Double.isNaN(v)).sorted().toArray();
		return a.length == 0 || b.length == 0 ? Double.NaN : statistic(a, b);
	}

	/** sup |F₁ − F₂| of two sorted samples. */
	static double statistic(double[] a, double[] b) {
		int i = 0;
		int j = 0;
		double d = 0;
		while (i < a.length && j < b.length) {
			double v = Math.min(a[i], b[j]);
			while (i < a.length && a[i] == v) {
				i++;
			}
			while (j < b.length && b[j] == v) {
				j++;
			}
			d = Math.max(d, Math.abs((double) i / a.length - (double) j / b.length));
		}
		return d;
	}

	/** P(D ≥ d) for samples of sizes n1 and n2 (d is first rounded to the lattice, as SciPy does). */
	public static double pValue(double d, int n1, int n2) {
		if (Math.max(n1, n2) <= MAX_EXACT) {
			long g = gcd(n1, n2);
			long lcm = n1 / g * n2;
			long h = Math.round(d * lcm);
			if (h == 0) {
				return 1;
			}
			return Math.min(1, Math.max(0, exact(Math.max(n1, n2), Math.min(n1, n2), g, h)));
		}
		double m = Math.max(n1, n2);
		double n = Math.min(n1, n2);
		return oneSampleSurvival(d, Math.round(m * n / (m + n)));
	}

	/**
	 * Share of the lattice paths from (0, 0) to (m, n), each step right or up, that touch |i·n/g − j·m/g| ≥ h: a path
	 * that has reached (i, j) came from (i − 1, j) with probability i/(i + j), so the shares obey one recurrence and stay
	 * probabilities throughout.
	 */
	private static double exact(int m, int n, long g, long h) {
		long mg = m / g;
		long ng = n / g;
		double[] column = new double[n + 1];
		for (int j = 0; j <= n; j++) {
			column[j] = Math.abs(-(long) j * mg) >= h ? 1 : 0;
		}
		for (int i = 1; i <= m; i++) {
			for (int j = 0; j <= n; j++) {
				if (Math.abs(i * ng - j * mg) >= h) {
					column[j] = 1;
				} else if (j == 0) {
					// only from the left: keep column[0]
				} else {
					column[j] = (column[j] * i + column[j - 1] * j) / (i + j);
				}
			}
		}
		return column[n];
	}

	/**
	 * P(D_n ≥ d) of the one-sample two-sided statistic (SciPy's {@code kstwo.sf}): exact closed forms at the ends,
	 * 2 · P(D⁺_n ≥ d) (exact for d ≥ 1/2, SciPy's choice in the upper tail) where that tail is small, else 1 − CDF.
	 */
	static double oneSampleSurvival(double d, long n) {
		if (d >= 1) {
			return 0;
		}
		if (d <= 0) {
			return 1;
		}
		double t = n * d;
		if (t <= 0.5) {
			return 1;
		}
		if (t <= 1) {
			double logCdf = 0;
			for (long k = 1; k <= n; k++) {
				logCdf += Math.log(k * (2 * t - 1) / n);
			}
			return 1 - Math.exp(logCdf);
		}
		if (t >= n - 1) {
			return Math.min(1, 2 * Math.pow(1 - d, n));
		}
		double nx2 = t * d;
		if (d >= 0.5 || (n <= 140 ? nx2 > 4 : nx2 >= 2.2)) {
			return Math.min(1, 2 * Math.exp(logSmirnov(n, d)));
		}
		return Math.min(1, Math.max(0, 1 - new KolmogorovSmirnovTest().cdf(d, (int) n)));
	}

	/** log P(D⁺_n ≥ d), Smirnov–Birnbaum–Tingey: d · Σ_j C(n, j) (1 − d − j/n)^(n−j) (d + j/n)^(j−1), summed in logs. */
	static double logSmirnov(long n, double d) {
		int last = (int) Math.floor(n * (1 - d));
		double[] terms = new double[last + 1];
		double max = Double.NEGATIVE_INFINITY;
		double logChoose = 0;
		for (int j = 0; j <= last; j++) {
			if (j > 0) {
				logChoose += Math.log((double) (n - j + 1) / j);
			}
			double rest = 1 - d - (double) j / n;
			double term = logChoose + (n - j == 0 ? 0 : (n - j) * Math.log(rest)) + (j - 1) * Math.log(d + (double) j / n);
			terms[j] = rest <= 0 && n - j > 0 ? Double.NEGATIVE_INFINITY : term;
			max = Math.max(max, terms[j]);
		}
		double sum = 0;
		for (double term : terms) {
			sum += Math.exp(term - max);
		}
		return Math.log(d) + max + Math.log(sum);
	}

	private static long gcd(long a, long b) {
		return b == 0 ? a : gcd(b, a % b);
	}
}
