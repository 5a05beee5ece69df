package org.assay.runtime.incremental;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assay.runtime.stats.Verdict;

/**
 * A simple anomaly check on a constraint's series of per-partition values ({@code … anomaly beyond 3 sd of last 7}):
 * the newest partition's value must lie within {@code sigmas} sample standard deviations of the mean of the
 * {@code window} partitions before it (partitions without a value are skipped). With fewer earlier values than the
 * window the check cannot judge yet and says so as a WARN; a constant history (standard deviation 0) accepts only that
 * constant.
 *
 * @param constraint the qualified name of the constraint whose series is watched
 */
public record AnomalyCheck(String constraint, double sigmas, int window) {

	/**
	 * @param latest the newest partition's value (NaN when none)
	 * @param mean the mean of the earlier values used
	 * @param sd their sample standard deviation
	 */
	public record Outcome(Verdict verdict, String message, double latest, double mean, double sd) {
	}

	public AnomalyCheck {
		if (!(sigmas > 0) || Double.isInfinite(sigmas)) {
			throw new IllegalArgumentException(constraint + ": an anomaly check needs a positive number of standard deviations, not "
					+ sigmas);
		}
		if (window < 2) {
			throw new IllegalArgumentException(constraint + ": an anomaly check needs a window of at least 2 partitions, not "
					+ window);
		}
	}

	/** Judges the newest value of a series (values in partition order, the newest last). */
	public Outcome decide(List<String> partitions, List<Double> values) {
		if (values.isEmpty()) {
			return new Outcome(Verdict.NO_DATA, "anomaly check: no partition", Double.NaN, Double.NaN, Double.NaN);
		}
		int last = values.size() - 1;
		double latest = values.get(last);
		String newest = partitions.get(last);
		if (Double.isNaN(latest)) {
			return new Outcome(Verdict.NO_DATA, "anomaly check: the newest partition " + newest + " has no value",
					latest, Double.NaN, Double.NaN);
		}
		List<Double> earlier = new ArrayList<>();
		for (int i = last - 1; i >= 0 && earlier.size() < window; i--) {
			if (!Double.isNaN(values.get(i))) {
				earlier.add(values.get(i));
			}
		}
		if (earlier.size() < window) {
			return new Outcome(Verdict.WARN, String.format(Locale.ROOT, "anomaly check: %s = %s, but only %d earlier partition(s) "
					+ "have a value and the check needs %d: not judged yet", newest, fmt(latest), earlier.size(), window), latest,
					Double.NaN, Double.NaN);
		}
		double mean = earlier.stream().mapToDouble(Double::doubleValue).sum() / earlier.size();
		double squares = 0;
		for (double value : earlier) {
			squares += (value - mean) * (value - mean);
		}
		double sd = Math.sqrt(squares / (earlier.size() - 1));
		double distance = Math.abs(latest - mean);
		boolean beyond = sd == 0 ? distance > 0 : distance > sigmas * sd;
		String how = sd == 0 ? (beyond ? "differs from the constant " + fmt(mean) : "equals the constant " + fmt(mean))
				: String.format(Locale.ROOT, "is %.2f sd from the mean %s (sd %s)", distance / sd, fmt(mean), fmt(sd));
		return new Outcome(beyond ? Verdict.FAIL : Verdict.PASS, String.format(Locale.ROOT,
				"anomaly check: %s = %s %s of the last %d partition(s), allowed %s sd: %s", newest, fmt(latest), how, window,
				fmt(sigmas), beyond ? "FAIL" : "PASS"), latest, mean, sd);
	}

	private static String fmt(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%.6g", value);
	}
}
