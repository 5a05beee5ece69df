package org.assay.runtime.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.assay.runtime.check.Measurement;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Table;
import org.assay.runtime.metrics.RegressionMetrics;
import org.assay.runtime.pipeline.PipelineRun;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;

/**
 * The checks that generated suites call for a regression pipeline (a numeric label): {@code mae}, {@code rmse} and
 * {@code r2} on a partition, on slices and under noise, and directional expectations on the predicted value. Rows
 * without a target are not scored.
 *
 * <p>Intervals: a seeded percentile bootstrap over the evaluated rows ({@value #RESAMPLES} resamples). Under noise
 * each resample draws rows and takes the mean of the metric over all noise repeats on those rows, so the interval
 * holds the sampling uncertainty of the rows as well as the spread of the noise. Directional violation rates use
 * Wilson's interval.
 */
public final class RegressionChecks {

	/** The regression metrics of the catalogue that these checks compute. */
	public static final List<String> METRICS = List.of("mae", "rmse", "r2");

	static final int RESAMPLES = 1000;

	private RegressionChecks() {
	}

	/** A regression metric by its catalogue name. */
	public static double value(String metric, double[] truth, double[] predicted) {
		return switch (metric) {
		case "mae" -> RegressionMetrics.mae(truth, predicted);
		case "rmse" -> RegressionMetrics.rmse(truth, predicted);
		case "r2" -> RegressionMetrics.r2(truth, predicted);
		default -> throw new IllegalArgumentException("'" + metric + "' is not a regression metric Assay can compute; use "
				+ String.join(", ", METRICS));
		};
	}

	/** The metric on the given targets and predictions with its bootstrap interval over rows. */
	public static Interval interval(String metric, double[] truth, double[] predicted, double confidence) {
		if (truth.length == 0) {
			return Interval.point(Double.NaN);
		}
		value(metric, truth, predicted); // an unknown metric fails before resampling
		return Intervals.bootstrap(truth.length, sample -> value(metric, pick(truth, sample), pick(predicted, sample)),
				RESAMPLES, 1, confidence);
	}

	/** A regression metric on a partition ({@code null}: all rows). */
	public static Check threshold(String metric, String partition, double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return metric + on(partition);
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] rows = scored(run, rows(run, partition));
				return new Measurement(metric, interval(metric, run.targets(rows), predict(run, run.table(), rows), confidence),
						List.of(rows.length + " rows scored"));
			}
		};
	}

	/**
	 * A regression metric on every slice (or the listed ones) within a partition, if given: each slice decided on its
	 * own, the reported value the worst slice's. Slices without rows or without a value (r2 of a constant target)
	 * are listed and not decided.
	 */
	public static Check slices(String metric, String partition, boolean higherIsBetter, List<String> only, double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return metric + " on the worst slice" + on(partition);
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] scope = rows(run, partition);
				return WorstSlice.measure(run, metric, higherIsBetter, only,
						slice -> scored(run, Arrays.stream(scope).filter(r -> Arrays.binarySearch(slice, r) >= 0).toArray()),
						rows -> interval(metric, run.targets(rows), predict(run, run.table(), rows), confidence));
			}
		};
	}

	/**
	 * A regression metric under Gaussian ({@code uniform} false, {@code strength} = sigma) or uniform
	 * ({@code strength} = amplitude) noise on numeric features, in standard deviations of each feature (all numeric
	 * features when none are named), repeated with seeds {@code seed, seed+1, …}.
	 */
	public static Check noise(String metric, String partition, boolean uniform, double strength, List<String> features,
			int repeats, long seed, double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return metric + on(partition) + (uniform ? " under uniform noise (amplitude " : " under Gaussian noise (sigma ")
						+ strength + " SD) on " + (features.isEmpty() ? "all numeric features" : String.join(", ", features));
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] rows = scored(run, rows(run, partition));
				if (rows.length == 0) {
					return new Measurement(metric, Interval.point(Double.NaN), List.of("no row with a target"));
				}
				double[] truth = run.targets(rows);
				List<Column> noisy = new ArrayList<>();
				for (Column column : run.table().schema().features()) {
					if (column.isNumeric() && (features.isEmpty() || features.stream().anyMatch(f -> Column.isPartOf(column.name(), f)))) {
						noisy.add(column);
					}
				}
				double[][] predictions = new double[Math.max(1, repeats)][];
				double[] values = new double[predictions.length];
				for (int r = 0; r < predictions.length; r++) {
					Table perturbed = Perturbations.noise(run.table(), noisy, strength, uniform, new Random(seed + r));
					predictions[r] = predict(run, perturbed, rows);
					values[r] = value(metric, truth, predictions[r]);
				}
				Interval interval = Intervals.bootstrap(rows.length, sample -> {
					double sum = 0;
					double[] t = pick(truth, sample);
					for (double[] p : predictions) {
						sum += value(metric, t, pick(p, sample));
					}
					return sum / predictions.length;
				}, RESAMPLES, 1, confidence);
				return new Measurement(metric, interval, List.of(String.format(Locale.ROOT, "%d repetition(s) on %d rows: %s",
						predictions.length, rows.length, Arrays.toString(values))));
			}
		};
	}

	/**
	 * Directional expectation (CheckList DIR) for a regressor: raising numeric {@code feature} by {@code delta} (in
	 * its own units) should move the prediction up ({@code increase}) or down. The measured value is the share of
	 * rows whose prediction moves the other way (by more than 1e-6 of the target's scale); Wilson's interval.
	 */
	public static Check directional(String partition, String feature, double delta, boolean increase, double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return "violation_rate" + on(partition) + " when raising " + feature + " by " + delta + " (expect the prediction to "
						+ (increase ? "increase" : "decrease") + ")";
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] rows = scored(run, rows(run, partition));
				Table table = run.table();
				List<Object> values = new ArrayList<>();
				for (Column column : table.schema().columns()) {
					if (!column.isNumeric()) {
						values.add(table.codes(column.name()));
					} else if (column.name().equals(feature)) {
						values.add(Arrays.stream(table.numeric(feature)).map(v -> v + delta).toArray());
					} else {
						values.add(table.numeric(column.name()));
					}
				}
				Table raised = Table.of(table.source() + " (raised)", table.schema(), values);
				double[] before = predict(run, table, rows);
				double[] after = predict(run, raised, rows);
				double tolerance = 1e-6 * Math.max(1, Arrays.stream(before).map(Math::abs).max().orElse(1));
				long violations = 0;
				for (int i = 0; i < rows.length; i++) {
					double change = after[i] - before[i];
					violations += increase ? (change < -tolerance ? 1 : 0) : (change > tolerance ? 1 : 0);
				}
				return new Measurement("violation_rate", Intervals.wilson(violations, rows.length, confidence),
						List.of(violations + " of " + rows.length + " predictions moved against the expectation"));
			}
		};
	}

	private static double[] predict(PipelineRun run, Table table, int[] rows) {
		if (run.regressor() == null) {
			throw new IllegalStateException("pipeline " + run.pipeline() + " has no regressor: its label is not numeric");
		}
		return run.regressor().predict(run.encoder().encode(table, rows));
	}

	private static double[] pick(double[] values, int[] sample) {
		double[] picked = new double[sample.length];
		for (int i = 0; i < sample.length; i++) {
			picked[i] = values[sample[i]];
		}
		return picked;
	}

	private static String on(String partition) {
		return partition == null ? "" : " on " + partition;
	}

	private static int[] rows(PipelineRun run, String partition) {
		return partition != null ? run.partition(partition) : java.util.stream.IntStream.range(0, run.table().rows()).toArray();
	}

	/** The rows whose target is present (rows without one cannot be scored). */
	private static int[] scored(PipelineRun run, int[] rows) {
		double[] targets = run.targets(rows);
		return java.util.stream.IntStream.range(0, rows.length).filter(i -> !Double.isNaN(targets[i])).map(i -> rows[i]).toArray();
	}
}
