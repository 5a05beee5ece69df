package org.assay.benchmarks.data;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assay.benchmarks.data.ReferenceChecks.Check;

/**
 * Prints the legs of the data benchmark side by side — start-up, first (cold) and second (warm) verification, heap,
 * then each check's value and verdict per leg — and compares the values with the exact baseline's: exact metrics
 * must be the same double, means and standard deviations equal to 1e-9 relative, an approximate distinct count within
 * the error its leg states, an approximate median between the exact quantiles at 0.5 ± {@link ReferenceChecks#RANK_ERROR}.
 * Every disagreement is printed as a {@code MISMATCH} line.
 */
public final class DataReport {

	private static final double FLOATING_TOLERANCE = 1e-9;

	private final List<LegRun> legs;
	private final LegRun exact;

	/** @param exact the leg whose values are exact (the one-pass baseline), or null when it did not run */
	public DataReport(List<LegRun> legs, LegRun exact) {
		this.legs = legs;
		this.exact = exact != null && !exact.failed() ? exact : null;
	}

	/** Prints every run's start-up, first and second verification and heap (several per leg with several rounds). */
	public void printTimings(List<LegRun> runs) throws IOException {
		System.out.printf("%-10s %10s %10s %10s %10s %12s %10s %10s %10s%n", "leg", "jvm_ms", "engine_ms", "cold_ms", "warm_ms",
				"process_ms", "heap_mb", "live_mb", "xmx_mb");
		for (LegRun leg : runs) {
			if (leg.failed()) {
				System.out.printf("%-10s FAILED (exit %d); last lines of %s:%n", leg.name(), leg.exitCode(), leg.log());
				List<String> lines = Files.readAllLines(leg.log());
				lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> System.out.println("    " + l));
				leg.notes().forEach(l -> System.out.println("    " + l));
				continue;
			}
			System.out.printf("%-10s %10d %10d %10d %10d %12d %10d %10s %10d%n", leg.name(), leg.figure("jvm_ms"),
					leg.figure("engine_ms"), leg.figure("cold_ms"), leg.figure("warm_ms"), leg.wallMillis(),
					leg.figure("peak_mb"), leg.figure("live_mb") < 0 ? "-" : Long.toString(leg.figure("live_mb")),
					leg.figure("max_mb"));
			leg.notes().forEach(l -> System.out.println("    " + leg.name() + ": " + l));
		}
	}

	/** Prints the values table and the disagreements; returns how many there were. */
	public int printValues() {
		StringBuilder header = new StringBuilder(String.format("%-42s", "check"));
		for (LegRun leg : legs) {
			header.append(String.format(" %-24s", leg.name()));
		}
		System.out.println(header);
		List<String> mismatches = new ArrayList<>();
		for (Check check : ReferenceChecks.CHECKS) {
			StringBuilder line = new StringBuilder(String.format("%-42s", check.description()));
			for (LegRun leg : legs) {
				LegRun.Value value = leg.failed() ? null : leg.metric(check.key());
				if (value == null) {
					line.append(String.format(" %-24s", leg.failed() ? "(failed)" : "(missing)"));
					if (!leg.failed()) {
						mismatches.add(leg.name() + " reported no " + check.key());
					}
					continue;
				}
				String verdict = check.passes().test(value.value()) ? "PASS" : "FAIL";
				line.append(String.format(" %-24s", format(value.value()) + " " + verdict));
				String problem = disagreement(check, leg, value);
				if (problem != null) {
					mismatches.add(leg.name() + " " + check.key() + ": " + problem);
				}
			}
			System.out.println(line);
		}
		if (exact == null) {
			System.out.println("(values not compared: the exact one-pass baseline did not run)");
			return 0;
		}
		for (String mismatch : mismatches) {
			System.out.println("MISMATCH: " + mismatch);
		}
		if (mismatches.isEmpty()) {
			System.out.println("agreement: every leg's 14 values agree with the exact one-pass baseline (exact ones bit for bit, "
					+ "mean/std dev to 1e-9, approximate ones within their stated error)");
		}
		return mismatches.size();
	}

	/** Why a leg's value disagrees with the exact baseline's, or null when it agrees. */
	private String disagreement(Check check, LegRun leg, LegRun.Value value) {
		if (exact == null || leg == exact) {
			return null;
		}
		double truth = exact.metric(check.key()).value();
		double v = value.value();
		switch (check.agreement()) {
		case EXACT:
			return v == truth ? null : v + " != exact " + truth;
		case FLOATING:
			return Math.abs(v - truth) <= FLOATING_TOLERANCE * Math.abs(truth) ? null : v + " differs from " + truth + " by more than 1e-9";
		case DISTINCT: {
			double error = Math.abs(v / truth - 1);
			return error <= value.statedError() ? null
					: String.format("%.0f is %.2f %% off the exact %.0f, stated error %.1f %%", v, 100 * error, truth,
							100 * value.statedError());
		}
		case QUANTILE: {
			double low = exact.metric(ReferenceChecks.INCOME_LOW_KEY).value();
			double high = exact.metric(ReferenceChecks.INCOME_HIGH_KEY).value();
			return v >= low && v <= high ? null
					: v + " lies outside the exact quantiles at 0.5 ± " + ReferenceChecks.RANK_ERROR + " [" + low + ", " + high + "]";
		}
		default:
			throw new IllegalStateException(check.agreement().toString());
		}
	}

	private static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.10g", value).replaceFirst("\\.?0+(e|$)", "$1");
	}
}
