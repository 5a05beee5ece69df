package org.assay.runtime.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.drift.Drift;
import org.assay.runtime.drift.DriftIntervals;
import org.assay.runtime.engine.ConstraintResult;
import org.assay.runtime.engine.Counterexample;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.quality.DataQualityMetrics;
import org.assay.runtime.scan.TableRowSource;
import org.assay.runtime.stats.Interval;

/**
 * Checks of the data rather than of a model: data-quality metrics and drift between partitions. They need no model
 * and no ML engine; the suite runtime's {@code Checks} facade calls them for generated suites.
 */
public final class DataChecks {

	/** Confidence of intervals when a test declares none (and of drift intervals, which declare none). */
	public static final double DEFAULT_CONFIDENCE = 0.95;

	private DataChecks() {
	}

	/** A data-quality metric of the whole dataset. */
	public static DataCheck dataQuality(String metric) {
		return new DataCheck() {
			@Override
			public String describe() {
				return metric + " of the dataset";
			}

			@Override
			public Measurement measure(DataRun run) {
				return new Measurement(metric, Interval.point(DataQualityMetrics.measure(metric, run.table())), List.of());
			}
		};
	}

	/** A column constraint over every row of the run's table, measured by the one-pass engine. */
	public static DataCheck constraint(ConstraintSpec constraint) {
		return constraint(constraint, null);
	}

	/**
	 * A column constraint over the rows of a partition ({@code on VIEW}; every row for null), measured by the one-pass
	 * engine. The value's interval is the engine's (a point, or a sketch's bounds); the first failing rows are in the
	 * details. What the engine cannot measure, and a null or NaN that {@code nulls invalid} forbids (which a bound on
	 * the value cannot express), is thrown, so the test is an ERROR that says why and where.
	 */
	public static DataCheck constraint(ConstraintSpec constraint, String partition) {
		return new DataCheck() {
			@Override
			public String describe() {
				return DataEngine.describe(constraint) + (partition == null ? "" : " on " + partition);
			}

			@Override
			public Measurement measure(DataRun run) {
				ConstraintResult result = DataEngine.verify(TableRowSource.of(run.table(), run.rows(partition)), List.of(constraint),
						EngineOptions.defaults()).constraints().get(0);
				List<String> details = new ArrayList<>();
				for (Counterexample counterexample : result.counterexamples()) {
					details.add(counterexample.located(run.table().source()));
				}
				boolean nullsFail = constraint.nulls() == NullPolicy.INVALID && result.nulls() + result.nans() > 0
						&& constraint.statistic() != Statistic.COMPLETENESS && constraint.statistic() != Statistic.SATISFACTION
						&& constraint.statistic() != Statistic.ROW_COUNT;
				if (result.measurement() == null || nullsFail) {
					throw new IllegalStateException(result.message() + (details.isEmpty() ? "" : "; " + String.join("; ", details)));
				}
				details.addAll(result.measurement().details());
				return new Measurement(result.measurement().metric(), result.measurement().interval(), details);
			}
		};
	}

	/**
	 * Drift between two partitions: {@code psi} or {@code ks_statistic} per numeric feature, or
	 * {@code chi_square_p_value} per categorical feature, decided on the feature that drifts most (all such features
	 * when none are named).
	 */
	public static DataCheck drift(String metric, String reference, String current, List<String> features) {
		return new DataCheck() {
			@Override
			public String describe() {
				return metric + " between " + reference + " and " + current;
			}

			@Override
			public Measurement measure(DataRun run) {
				int[] referenceRows = run.rows(reference);
				int[] currentRows = run.rows(current);
				List<String> details = new ArrayList<>();
				Map<String, Interval> perFeature = new LinkedHashMap<>();
				Interval worst = null;
				String shortfall = null;
				boolean pValue = metric.equals("chi_square_p_value");
				if (!pValue && !metric.equals("psi") && !metric.equals("ks_statistic")) {
					throw new IllegalArgumentException("drift statistic '" + metric + "' is not supported; use psi, "
							+ "ks_statistic or chi_square_p_value");
				}
				for (Column column : run.table().schema().features()) {
					if (!features.isEmpty() && !features.contains(column.name()) || column.isNumeric() == pValue) {
						continue;
					}
					Interval interval;
					int referenceCount;
					int currentCount;
					if (pValue) {
						int[] codes = run.table().codes(column.name());
						int[] a = Arrays.stream(referenceRows).map(r -> codes[r]).filter(c -> c >= 0).toArray();
						int[] b = Arrays.stream(currentRows).map(r -> codes[r]).filter(c -> c >= 0).toArray();
						double p = Drift.chiSquare(a, b, column.categories().size()).pValue();
						referenceCount = a.length;
						currentCount = b.length;
						// a p-value states its own uncertainty; the suite adjusts them together (Holm–Bonferroni)
						interval = Interval.point(p);
						details.add(String.format("%s: chi-square p-value = %.4f", column.name(), p));
					} else {
						double[] values = run.table().numeric(column.name());
						double[] a = Arrays.stream(referenceRows).mapToDouble(r -> values[r]).filter(Double::isFinite).toArray();
						double[] b = Arrays.stream(currentRows).mapToDouble(r -> values[r]).filter(Double::isFinite).toArray();
						referenceCount = a.length;
						currentCount = b.length;
						interval = metric.equals("psi") ? DriftIntervals.psi(a, b, DEFAULT_CONFIDENCE, 1)
								: DriftIntervals.ksStatistic(a, b, DEFAULT_CONFIDENCE, 1);
						details.add(String.format("%s: %s = %.4f [%.4f, %.4f] (%d and %d rows)", column.name(), metric,
								interval.estimate(), interval.lower(), interval.upper(), a.length, b.length));
					}
					perFeature.put(column.name(), interval);
					int categories = column.isNumeric() ? 0 : column.categories().size();
					String missing = DriftIntervals.shortfall(metric, referenceCount, currentCount, categories).orElse(null);
					if (missing != null && shortfall == null) {
						shortfall = column.name() + ": " + missing;
					}
					if (worst == null || Double.isNaN(worst.estimate())
							|| (pValue ? interval.estimate() < worst.estimate() : interval.estimate() > worst.estimate())) {
						worst = interval;
					}
				}
				if (worst == null) {
					return new Measurement(metric, Interval.point(Double.NaN), List.of("no feature to compare"));
				}
				// every feature is decided on its own; p-values are also adjusted together over the suite
				return new Measurement(metric, worst, details, perFeature, shortfall);
			}
		};
	}
}
