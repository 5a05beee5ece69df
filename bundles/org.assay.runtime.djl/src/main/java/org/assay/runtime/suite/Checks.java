package org.assay.runtime.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Table;
import org.assay.runtime.pipeline.DataQualityMetrics;
import org.assay.runtime.pipeline.PipelineRun;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;

/** The checks that generated suites call, one per test pattern. */
public final class Checks {

	/** Confidence of intervals when a test declares none. */
	public static final double DEFAULT_CONFIDENCE = 0.95;

	private Checks() {
	}

	/** A model metric on a partition ({@code null}: all rows). */
	public static Check threshold(String metric, String partition, double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return metric + on(partition);
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] rows = labelled(run, rows(run, partition));
				double[][] probabilities = run.model().probabilities(run.encoder().encode(run.table(), rows));
				return new Measurement(metric, ModelMetrics.interval(metric, run.labels(rows), probabilities, run.classes(),
						confidence), List.of());
			}
		};
	}

	/**
	 * A model metric on every slice (within a partition, if given); decided on the worst slice, so "each" and "worst"
	 * agree, and every slice's value is reported.
	 */
	public static Check slices(String metric, String partition, boolean higherIsBetter, double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return metric + " on the worst slice" + on(partition);
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] scope = rows(run, partition);
				List<String> details = new ArrayList<>();
				Interval worst = null;
				String worstSlice = null;
				for (var slice : run.slices().entrySet()) {
					int[] rows = labelled(run, intersect(scope, slice.getValue()));
					if (rows.length == 0) {
						details.add("slice " + slice.getKey() + ": no rows");
						continue;
					}
					double[][] probabilities = run.model().probabilities(run.encoder().encode(run.table(), rows));
					Interval interval = ModelMetrics.interval(metric, run.labels(rows), probabilities, run.classes(), confidence);
					details.add(String.format("slice %s: %s = %.4f [%.4f, %.4f] on %d rows", slice.getKey(), metric,
							interval.estimate(), interval.lower(), interval.upper(), rows.length));
					if (worst == null || (higherIsBetter ? interval.estimate() < worst.estimate() : interval.estimate() > worst.estimate())) {
						worst = interval;
						worstSlice = slice.getKey();
					}
				}
				if (worst == null) {
					return new Measurement(metric, Interval.point(Double.NaN), details);
				}
				details.add(0, "worst slice: " + worstSlice);
				return new Measurement(metric, worst, details);
			}
		};
	}

	/**
	 * A model metric under Gaussian noise on numeric features ({@code sigma} in standard deviations of each feature;
	 * all numeric features when none are named), repeated with seeds {@code seed, seed+1, …}.
	 */
	public static Check gaussianNoise(String metric, String partition, double sigma, List<String> features, int repeats,
			long seed, double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return metric + on(partition) + " under Gaussian noise (sigma " + sigma + " SD) on "
						+ (features.isEmpty() ? "all numeric features" : String.join(", ", features));
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] rows = labelled(run, rows(run, partition));
				int[] labels = run.labels(rows);
				List<Column> noisy = new ArrayList<>();
				for (Column column : run.table().schema().features()) {
					if (column.isNumeric() && (features.isEmpty() || features.contains(column.name()))) {
						noisy.add(column);
					}
				}
				double[] values = new double[Math.max(1, repeats)];
				for (int r = 0; r < values.length; r++) {
					Table perturbed = Perturbations.gaussian(run.table(), noisy, sigma, new Random(seed + r));
					double[][] probabilities = run.model().probabilities(run.encoder().encode(perturbed, rows));
					values[r] = ModelMetrics.value(metric, labels, probabilities, run.classes());
				}
				Interval interval = values.length > 1 ? Intervals.ofRepeats(values, confidence) : Interval.point(values[0]);
				return new Measurement(metric, interval, List.of(repeats + " repetition(s): " + Arrays.toString(values)));
			}
		};
	}

	/** A model metric on FGSM adversarial examples of strength {@code epsilon} (in standardized feature units). */
	public static Check fgsm(String metric, String partition, double epsilon, double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return metric + on(partition) + " under an FGSM attack (epsilon " + epsilon + ")";
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] rows = labelled(run, rows(run, partition));
				int[] labels = run.labels(rows);
				float[] adversarial = run.model().fgsm(run.encoder().encode(run.table(), rows), labels, epsilon);
				double[][] probabilities = run.model().probabilities(adversarial);
				return new Measurement(metric, ModelMetrics.interval(metric, labels, probabilities, run.classes(), confidence),
						List.of());
			}
		};
	}

	/** A data-quality metric of the whole dataset. */
	public static Check dataQuality(String metric) {
		return new Check() {
			@Override
			public String describe() {
				return metric + " of the dataset";
			}

			@Override
			public Measurement measure(PipelineRun run) {
				return new Measurement(metric, Interval.point(DataQualityMetrics.measure(metric, run.table())), List.of());
			}
		};
	}

	private static String on(String partition) {
		return partition == null ? "" : " on " + partition;
	}

	private static int[] rows(PipelineRun run, String partition) {
		if (partition != null) {
			return run.partition(partition);
		}
		int[] all = new int[run.table().rows()];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		return all;
	}

	/** The rows whose label is present (unlabelled rows cannot be scored). */
	private static int[] labelled(PipelineRun run, int[] rows) {
		String label = run.table().schema().label().orElseThrow().name();
		int[] codes = run.table().codes(label);
		return Arrays.stream(rows).filter(r -> codes[r] >= 0).toArray();
	}

	private static int[] intersect(int[] sortedA, int[] sortedB) {
		return Arrays.stream(sortedA).filter(r -> Arrays.binarySearch(sortedB, r) >= 0).toArray();
	}
}
