package org.assay.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.assay.runtime.drift.DriftIntervals;
import org.assay.runtime.fairness.FairnessIntervals;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Empirical coverage of the runtime's nominal 95 % intervals: for each interval method the checks use, simulates
 * datasets whose true value is known, computes the interval with the runtime's own code (the classes Checks calls) and
 * counts how often it holds the true value. Designs are drawn at random per dataset over realistic ranges (sizes at or
 * above each method's minimum, rates, shifts), so the coverage is an average over them. Prints one line per method
 * (coverage, the two one-sided miss rates {@code below_lower} and {@code above_upper}, mean width) and, last,
 * {@code coverage: methods=N runs=N worst_coverage=X worst_method=NAME} (runs per method; default 2,000, first argument;
 * seed second; a third selects the methods whose name contains it). Target: every method within [0.94, 0.965].
 */
public final class CoverageBenchmark {

	private static final double CONFIDENCE = 0.95;
	private static final NormalDistribution NORMAL = new NormalDistribution();

	/** One simulated dataset: the runtime's interval and the true value it should hold. */
	record Trial(Interval interval, double truth) {
	}

	public static void main(String[] args) {
		// Checks and the monitor run these intervals at 95 %; the benchmark measures them there
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261130L;
		Map<String, Function<Random, Trial>> methods = new LinkedHashMap<>();
		methods.put("accuracy_wilson", CoverageBenchmark::accuracy);
		methods.put("recall_macro_mover_wilson", CoverageBenchmark::macroRecall);
		methods.put("fairness_difference_newcombe", r -> fairness(r, 2));
		methods.put("fairness_difference_3_groups", r -> fairness(r, 3));
		methods.put("flip_rate_wilson", CoverageBenchmark::flipRate);
		methods.put("noise_robustness_effective_wilson", CoverageBenchmark::noise);
		methods.put("drift_psi_basic_bootstrap", r -> drift(r, true));
		methods.put("drift_ks_contact_set_bootstrap", r -> drift(r, false));
		String only = args.length > 2 ? args[2] : "";
		methods.keySet().removeIf(name -> !name.contains(only));
		double worst = Double.NaN;
		String worstMethod = "";
		for (var method : methods.entrySet()) {
			long start = System.nanoTime();
			long methodSeed = seed + method.getKey().hashCode();
			// each dataset has its own seed, so the result does not depend on the number of threads
			Trial[] trials = java.util.stream.IntStream.range(0, runs).parallel()
					.mapToObj(run -> method.getValue().apply(new Random(methodSeed * 1_000_003L + run))).toArray(Trial[]::new);
			int covered = 0;
			int below = 0;
			int above = 0;
			double width = 0;
			for (Trial trial : trials) {
				covered += trial.interval().contains(trial.truth()) ? 1 : 0;
				below += trial.truth() < trial.interval().lower() ? 1 : 0;
				above += trial.truth() > trial.interval().upper() ? 1 : 0;
				width += trial.interval().upper() - trial.interval().lower();
			}
			double coverage = (double) covered / runs;
			// the two one-sided miss rates: the true value below the lower end, above the upper end (nominal 0.025 each)
			String line = String.format(java.util.Locale.ROOT,
					"method=%s runs=%d coverage=%.4f below_lower=%.4f above_upper=%.4f mean_width=%.4f seconds=%.1f",
					method.getKey(), runs, coverage, (double) below / runs, (double) above / runs, width / runs,
					(System.nanoTime() - start) / 1e9);
			System.out.println(line);
			// the worst method is the one farthest from the nominal level, on either side
			if (Double.isNaN(worst) || Math.abs(coverage - CONFIDENCE) > Math.abs(worst - CONFIDENCE)) {
				worst = coverage;
				worstMethod = method.getKey();
			}
		}
		System.out.printf(java.util.Locale.ROOT, "coverage: methods=%d runs=%d worst_coverage=%.4f worst_method=%s%n",
				methods.size(), runs, worst, worstMethod);
	}

	/** Accuracy: n rows in [30, 500], each correct with probability p in [0.6, 0.99]. */
	static Trial accuracy(Random random) {
		int n = 30 + random.nextInt(471);
		double p = 0.6 + 0.39 * random.nextDouble();
		return new Trial(Intervals.wilson(binomial(random, n, p), n, CONFIDENCE), p);
	}

	/** Macro recall of 2 or 3 classes of 20 to 300 rows each, per-class recall in [0.6, 0.99]. */
	static Trial macroRecall(Random random) {
		int classes = 2 + random.nextInt(2);
		long[] hits = new long[classes];
		long[] sizes = new long[classes];
		double truth = 0;
		for (int c = 0; c < classes; c++) {
			sizes[c] = 20 + random.nextInt(281);
			double recall = 0.6 + 0.39 * random.nextDouble();
			hits[c] = binomial(random, (int) sizes[c], recall);
			truth += recall / classes;
		}
		return new Trial(Intervals.meanOfProportions(hits, sizes, CONFIDENCE), truth);
	}

	/**
	 * Demographic parity difference over {@code groups} groups of 20 to 400 rows (the minimum and up); a quarter of the
	 * datasets have equal selection rates (true difference 0), the others rates drawn in [0.1, 0.9].
	 */
	static Trial fairness(Random random, int groups) {
		int[] sizes = new int[groups];
		double[] rates = new double[groups];
		boolean equal = random.nextInt(4) == 0;
		double common = 0.1 + 0.8 * random.nextDouble();
		int total = 0;
		for (int g = 0; g < groups; g++) {
			sizes[g] = FairnessIntervals.MIN_ROWS_PER_GROUP + random.nextInt(381);
			rates[g] = equal ? common : 0.1 + 0.8 * random.nextDouble();
			total += sizes[g];
		}
		boolean[] truth = new boolean[total];
		boolean[] decision = new boolean[total];
		int[] group = new int[total];
		int row = 0;
		double min = 1;
		double max = 0;
		for (int g = 0; g < groups; g++) {
			min = Math.min(min, rates[g]);
			max = Math.max(max, rates[g]);
			for (int i = 0; i < sizes[g]; i++, row++) {
				group[row] = g;
				decision[row] = random.nextDouble() < rates[g];
				truth[row] = random.nextBoolean();
			}
		}
		return new Trial(FairnessIntervals.interval("demographic_parity_difference", truth, decision, group, groups, CONFIDENCE),
				max - min);
	}

	/** Flip rate: 50 to 500 rows holding a swapped category, each flipping with probability q in [0.005, 0.2]. */
	static Trial flipRate(Random random) {
		int n = 50 + random.nextInt(451);
		double q = 0.005 + 0.195 * random.nextDouble();
		return new Trial(Intervals.wilson(binomial(random, n, q), n, CONFIDENCE), q);
	}

	/**
	 * Accuracy under noise: 30 to 300 rows, 1, 3, 5 or 20 draws. A share of the rows is fragile (correct with a
	 * probability uniform in [0, 1] on each draw), the others are always right or always wrong; the true value is the
	 * population's expected accuracy under the noise.
	 */
	static Trial noise(Random random) {
		int n = 30 + random.nextInt(271);
		int draws = new int[] { 1, 3, 5, 20 }[random.nextInt(4)];
		double fragile = 0.4 * random.nextDouble();
		double right = (1 - fragile) * (0.7 + 0.29 * random.nextDouble());
		boolean[][] correct = new boolean[draws][n];
		for (int i = 0; i < n; i++) {
			double u = random.nextDouble();
			double p = u < fragile ? random.nextDouble() : u < fragile + right ? 1 : 0;
			for (int d = 0; d < draws; d++) {
				correct[d][i] = random.nextDouble() < p;
			}
		}
		return new Trial(Intervals.ofRepeatedRows(correct, CONFIDENCE), fragile * 0.5 + right);
	}

	/**
	 * Drift between a reference N(0, 1) and a current N(δ, σ²), δ in [0, 0.5], σ 1 or 1.25, 100 to 1,000 rows per side
	 * (PSI's minimum and up): PSI over the reference population's deciles, or the KS distance sup |Φ(x) − Φ((x−δ)/σ)|.
	 */
	static Trial drift(Random random, boolean psi) {
		int n = DriftIntervals.PSI_ROWS_PER_BIN * DriftIntervals.PSI_BINS + random.nextInt(901);
		int m = DriftIntervals.PSI_ROWS_PER_BIN * DriftIntervals.PSI_BINS + random.nextInt(901);
		double shift = 0.5 * random.nextDouble();
		double scale = random.nextBoolean() ? 1 : 1.25;
		double[] reference = new double[n];
		double[] current = new double[m];
		for (int i = 0; i < n; i++) {
			reference[i] = random.nextGaussian();
		}
		for (int i = 0; i < m; i++) {
			current[i] = shift + scale * random.nextGaussian();
		}
		long seed = random.nextLong();
		if (psi) {
			double truth = 0;
			int bins = DriftIntervals.PSI_BINS;
			for (int b = 0; b < bins; b++) {
				double lo = b == 0 ? Double.NEGATIVE_INFINITY : NORMAL.inverseCumulativeProbability((double) b / bins);
				double hi = b == bins - 1 ? Double.POSITIVE_INFINITY : NORMAL.inverseCumulativeProbability((double) (b + 1) / bins);
				double a = NORMAL.cumulativeProbability((hi - shift) / scale) - NORMAL.cumulativeProbability((lo - shift) / scale);
				double e = 1.0 / bins;
				truth += (a - e) * Math.log(a / e);
			}
			return new Trial(DriftIntervals.psi(reference, current, CONFIDENCE, seed), truth);
		}
		double truth = 0;
		for (double x = -8; x <= 8; x += 5e-3) {
			truth = Math.max(truth, Math.abs(NORMAL.cumulativeProbability(x) - NORMAL.cumulativeProbability((x - shift) / scale)));
		}
		return new Trial(DriftIntervals.ksStatistic(reference, current, CONFIDENCE, seed), truth);
	}

	private static int binomial(Random random, int n, double p) {
		int k = 0;
		for (int i = 0; i < n; i++) {
			k += random.nextDouble() < p ? 1 : 0;
		}
		return k;
	}
}
