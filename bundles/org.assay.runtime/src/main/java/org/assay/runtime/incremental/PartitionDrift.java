package org.assay.runtime.incremental;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.assay.runtime.drift.Drift;
import org.assay.runtime.engine.state.DistinctState;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.SketchStates;
import org.assay.runtime.engine.state.ValuesState;
import org.assay.runtime.engine.sketch.QuantileSketch;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Verdict;

/**
 * A drift check on a partitioned dataset's check ({@code … drift psi of last 7 < 0.25}): the newest partition's
 * distribution of the check's column against the merged states of the {@code window} partitions before it, computed
 * from the state the check keeps per partition (stored or just computed), so no earlier partition is read again. The
 * statistics are Assay's drift statistics ({@link Drift}, as in {@code drift … between} tests and monitors):
 * <ul>
 * <li>{@code psi} (10 bins at the reference's quantiles) and {@code ks_statistic} of a numeric column, from the exact
 * values of an exact quantile check (the value equals the statistic over the partitions' rows) or from the KLL sketch
 * of an {@code approx quantile} check (its values while it keeps them exactly; once a sketch, each side read as
 * {@value #SKETCH_POINTS} evenly spaced quantiles: the KS statistic is then within the two sketches' rank errors plus
 * 1/{@value #SKETCH_POINTS} of the exact one);</li>
 * <li>{@code chi_square_p_value} of a categorical column, from the value counts of a distinctness, uniqueness or
 * frequency check (exact).</li>
 * </ul>
 *
 * @param constraint the qualified name of the check whose state is compared
 * @param statistic {@code psi}, {@code ks_statistic} or {@code chi_square_p_value}
 * @param window how many partitions before the newest form the reference
 * @param criterion the bound the statistic must meet ({@code < 0.25}; {@code >= 0.05} for a p-value)
 */
public record PartitionDrift(String constraint, String statistic, int window, Criterion criterion) {

	/** The drift statistics a partition drift check computes. */
	public static final Set<String> STATISTICS = Set.of("psi", "ks_statistic", "chi_square_p_value");

	/** PSI's bins, as in monitors' drift watches. */
	public static final int PSI_BINS = 10;

	/** How many quantiles of a KLL sketch stand for its distribution. */
	public static final int SKETCH_POINTS = 1000;

	/**
	 * @param value the statistic (NaN when not computed)
	 * @param reference the partitions merged into the reference, oldest first
	 */
	public record Outcome(Verdict verdict, String message, double value, List<String> reference) {
	}

	public PartitionDrift {
		if (!STATISTICS.contains(statistic)) {
			throw new IllegalArgumentException(constraint + ": drift statistic '" + statistic + "' is not supported; use "
					+ "psi, ks_statistic or chi_square_p_value");
		}
		if (window < 1) {
			throw new IllegalArgumentException(constraint + ": a drift check compares with at least 1 earlier partition, not "
					+ window);
		}
	}

	/**
	 * Judges the newest partition.
	 *
	 * @param partitions the partitions' names, in order, the newest last
	 * @param states each partition's state of the check (the same order); left unchanged
	 * @param fresh an empty state of the same key, into which the reference partitions are merged
	 */
	public Outcome decide(List<String> partitions, List<MetricState> states, Supplier<MetricState> fresh) {
		if (states.isEmpty()) {
			return new Outcome(Verdict.NO_DATA, "drift check: no partition", Double.NaN, List.of());
		}
		int last = states.size() - 1;
		String newest = partitions.get(last);
		if (last < window) {
			return new Outcome(Verdict.WARN, String.format(Locale.ROOT, "drift check: %s has %d earlier partition(s) and the "
					+ "check compares with %d: not judged yet", newest, last, window), Double.NaN, partitions.subList(0, last));
		}
		MetricState reference = fresh.get();
		for (int p = last - window; p < last; p++) {
			reference.merge(states.get(p));
		}
		List<String> names = partitions.subList(last - window, last);
		double value = value(reference, states.get(last));
		String against = window == 1 ? names.get(0) : names.get(0) + " … " + names.get(names.size() - 1);
		if (Double.isNaN(value)) {
			return new Outcome(Verdict.NO_DATA, "drift check: " + statistic + " of " + newest + " against " + against
					+ ": no values to compare on one side", value, names);
		}
		Verdict verdict = !criterion.holds(value) ? Verdict.FAIL : criterion.warns(value) ? Verdict.WARN : Verdict.PASS;
		return new Outcome(verdict, String.format(Locale.ROOT, "drift check: %s of %s against the %d partition(s) %s = %.4f, "
				+ "allowed %s %s: %s", statistic, newest, window, against, value, criterion.operator().symbol(),
				strip(criterion.threshold()), verdict), value, names);
	}

	/** The statistic between a reference state and a current one. */
	double value(MetricState reference, MetricState current) {
		if (statistic.equals("chi_square_p_value")) {
			if (!(reference instanceof DistinctState r) || !(current instanceof DistinctState c)) {
				throw new IllegalStateException(constraint + ": chi_square_p_value compares value counts; the check keeps "
						+ current.kind() + " (use a distinctness, uniqueness or frequency check of a categorical column)");
			}
			Map<String, long[]> table = new TreeMap<>();
			r.mostFrequent((int) r.distinct()).forEach(e -> table.computeIfAbsent(e.getKey(), k -> new long[2])[0] = e.getValue());
			c.mostFrequent((int) c.distinct()).forEach(e -> table.computeIfAbsent(e.getKey(), k -> new long[2])[1] = e.getValue());
			long[] a = new long[table.size()];
			long[] b = new long[table.size()];
			int i = 0;
			for (long[] counts : table.values()) {
				a[i] = counts[0];
				b[i++] = counts[1];
			}
			return Drift.chiSquare(a, b).pValue();
		}
		double[] a = sample(reference);
		double[] b = sample(current);
		return statistic.equals("psi") ? Drift.psi(a, b, PSI_BINS) : Drift.kolmogorovSmirnov(a, b).statistic();
	}

	/** The values a state holds (exact, or an approx quantile's values kept exactly), or a sketch's evenly spaced quantiles. */
	private double[] sample(MetricState state) {
		if (state instanceof ValuesState values) {
			return values.values();
		}
		if (state instanceof SketchStates.Kll kll && kll.isExact()) {
			return kll.exactValues();
		}
		if (state instanceof SketchStates.Kll kll) {
			QuantileSketch sketch = kll.sketch();
			if (sketch.isEmpty()) {
				return new double[0];
			}
			double[] points = new double[SKETCH_POINTS];
			for (int i = 0; i < SKETCH_POINTS; i++) {
				points[i] = sketch.quantile((i + 0.5) / SKETCH_POINTS);
			}
			return points;
		}
		throw new IllegalStateException(constraint + ": " + statistic + " compares the distribution of a numeric column; the "
				+ "check keeps " + state.kind() + " (use a quantile or median check of the column, exact or approx)");
	}

	private static String strip(double number) {
		return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : Double.toString(number);
	}
}
