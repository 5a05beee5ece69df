package org.assay.runtime.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Table;
import org.assay.runtime.drift.Drift;
import org.assay.runtime.drift.DriftIntervals;
import org.assay.runtime.fairness.FairnessIntervals;
import org.assay.runtime.fairness.GroupFairness;
import org.assay.runtime.metrics.ClassificationMetrics;
import org.assay.runtime.djl.FeatureEncoder;
import org.assay.runtime.djl.MlpClassifier;
import org.assay.runtime.quality.DataQualityMetrics;
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
		return slices(metric, partition, higherIsBetter, List.of(), confidence);
	}

	/**
	 * A model metric on every slice (or on the listed ones) within a partition, if given. Every slice is decided on its
	 * own (any FAIL fails the test); the reported value is the worst slice's. Slices without rows or without a value
	 * (for example ROC AUC on a slice with one class) are listed and not decided.
	 */
	public static Check slices(String metric, String partition, boolean higherIsBetter, List<String> only,
			double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return metric + " on the worst slice" + on(partition);
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] scope = rows(run, partition);
				List<String> details = new ArrayList<>();
				java.util.Map<String, Interval> parts = new java.util.LinkedHashMap<>();
				Interval worst = null;
				String worstSlice = null;
				for (var slice : run.slices().entrySet()) {
					if (!only.isEmpty() && !only.contains(slice.getKey())) {
						continue;
					}
					int[] rows = labelled(run, intersect(scope, slice.getValue()));
					if (rows.length == 0) {
						details.add("slice " + slice.getKey() + ": no rows");
						continue;
					}
					double[][] probabilities = run.model().probabilities(run.encoder().encode(run.table(), rows));
					Interval interval = ModelMetrics.interval(metric, run.labels(rows), probabilities, run.classes(), confidence);
					if (Double.isNaN(interval.estimate())) {
						details.add("slice " + slice.getKey() + ": " + metric + " undefined on its " + rows.length + " rows");
						continue;
					}
					details.add(String.format("slice %s: %s = %.4f [%.4f, %.4f] on %d rows", slice.getKey(), metric,
							interval.estimate(), interval.lower(), interval.upper(), rows.length));
					parts.put(slice.getKey(), interval);
					if (worst == null || (higherIsBetter ? interval.estimate() < worst.estimate() : interval.estimate() > worst.estimate())) {
						worst = interval;
						worstSlice = slice.getKey();
					}
				}
				if (worst == null) {
					return new Measurement(metric, Interval.point(Double.NaN), details);
				}
				details.add(0, "worst slice: " + worstSlice);
				return new Measurement(metric, worst, details, parts);
			}
		};
	}

	/**
	 * A model metric under Gaussian noise on numeric features ({@code sigma} in standard deviations of each feature;
	 * all numeric features when none are named), repeated with seeds {@code seed, seed+1, …}.
	 */
	public static Check gaussianNoise(String metric, String partition, double sigma, List<String> features, int repeats,
			long seed, double confidence) {
		return noise(metric, partition, false, sigma, features, repeats, seed, confidence);
	}

	/**
	 * A model metric under uniform noise U(−a·SD, a·SD) on numeric features ({@code amplitude} a in standard
	 * deviations of each feature), repeated with seeds {@code seed, seed+1, …}.
	 */
	public static Check uniformNoise(String metric, String partition, double amplitude, List<String> features, int repeats,
			long seed, double confidence) {
		return noise(metric, partition, true, amplitude, features, repeats, seed, confidence);
	}

	private static Check noise(String metric, String partition, boolean uniform, double sigma, List<String> features,
			int repeats, long seed, double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return metric + on(partition) + (uniform ? " under uniform noise (amplitude " : " under Gaussian noise (sigma ")
						+ sigma + " SD) on " + (features.isEmpty() ? "all numeric features" : String.join(", ", features));
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] rows = labelled(run, rows(run, partition));
				int[] labels = run.labels(rows);
				List<Column> noisy = new ArrayList<>();
				for (Column column : run.table().schema().features()) {
					if (column.isNumeric() && (features.isEmpty() || features.stream().anyMatch(f -> Column.isPartOf(column.name(), f)))) {
						noisy.add(column);
					}
				}
				double[] values = new double[Math.max(1, repeats)];
				double[][][] draws = new double[values.length][][];
				for (int r = 0; r < values.length; r++) {
					Table perturbed = Perturbations.noise(run.table(), noisy, sigma, uniform, new Random(seed + r));
					draws[r] = run.model().probabilities(run.encoder().encode(perturbed, rows));
					values[r] = ModelMetrics.value(metric, labels, draws[r], run.classes());
				}
				if (rows.length == 0) {
					return new Measurement(metric, Interval.point(Double.NaN), List.of("no labelled rows" + on(partition)));
				}
				Interval interval = NoiseIntervals.of(metric, labels, draws, run.classes(), confidence);
				return new Measurement(metric, interval, List.of(repeats + " repetition(s): " + Arrays.toString(values),
						"interval over the " + rows.length + " rows, each with its " + values.length + " noise draw(s) ("
								+ NoiseIntervals.method(metric) + ")"));
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
				if (!(run.model() instanceof MlpClassifier model)) {
					throw new IllegalStateException("FGSM needs input gradients, which a pre-trained ONNX model does not give");
				}
				float[] adversarial = model.fgsm(run.encoder().encode(run.table(), rows), labels, epsilon);
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

	/**
	 * A group-fairness metric of the model's decisions over the categories of a protected feature. The positive
	 * decision is the label's first category; differences have Newcombe intervals over pairs of groups, ratios a seeded
	 * bootstrap over rows (see {@link FairnessIntervals}); groups below its minimum size make the verdict INCONCLUSIVE.
	 */
	public static Check fairness(String metric, String partition, String protectedFeature, double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return metric + " by " + protectedFeature + on(partition);
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] rows = labelled(run, rows(run, partition));
				int[] labels = run.labels(rows);
				int[] predicted = ClassificationMetrics.argmax(run.model().probabilities(run.encoder().encode(run.table(), rows)));
				int[] groups = new int[rows.length];
				int[] codes = run.table().codes(protectedFeature);
				for (int i = 0; i < rows.length; i++) {
					groups[i] = codes[rows[i]];
				}
				List<String> categories = run.table().schema().column(protectedFeature).categories();
				int groupCount = categories.size();
				List<String> details = new ArrayList<>();
				boolean[] truth = new boolean[rows.length];
				boolean[] decision = new boolean[rows.length];
				for (int i = 0; i < rows.length; i++) {
					truth[i] = labels[i] == 0;
					decision[i] = predicted[i] == 0;
				}
				Interval interval = FairnessIntervals.interval(metric, truth, decision, groups, groupCount, confidence);
				String shortfall = FairnessIntervals.shortfall(metric, truth, groups, categories).orElse(null);
				for (GroupFairness.Group group : GroupFairness.of(truth, decision, groups, groupCount).groups()) {
					details.add(String.format("%s = %s: %d rows, selection rate %.4f, TPR %.4f, FPR %.4f", protectedFeature,
							categories.get(group.group()), group.size(), group.selectionRate(), group.truePositiveRate(),
							group.falsePositiveRate()));
				}
				return new Measurement(metric, interval, details, null, shortfall);
			}
		};
	}

	/**
	 * Metamorphic invariance (CheckList INV): the share of rows whose predicted class changes when a categorical
	 * feature's category {@code from} is replaced by {@code to} (and back, when symmetric). Only rows that hold one
	 * of the swapped categories count; the interval is Wilson's.
	 */
	public static Check invariance(String partition, String feature, String from, String to, boolean symmetric,
			double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return "flip_rate" + on(partition) + " when " + feature + " " + from + (symmetric ? " <-> " : " -> ") + to;
			}

			@Override
			public Measurement measure(PipelineRun run) {
				List<String> categories = run.table().schema().column(feature).categories();
				int fromCode = categories.indexOf(from);
				int toCode = categories.indexOf(to);
				if (fromCode < 0 || toCode < 0) {
					throw new IllegalArgumentException(feature + " has no category " + (fromCode < 0 ? from : to));
				}
				int[] codes = run.table().codes(feature);
				int[] rows = Arrays.stream(labelled(run, rows(run, partition)))
						.filter(r -> codes[r] == fromCode || symmetric && codes[r] == toCode).toArray();
				if (rows.length == 0) {
					return new Measurement("flip_rate", Interval.point(Double.NaN), List.of("no row has " + feature + " = " + from
							+ (symmetric ? " or " + to : "")));
				}
				Table swapped = Perturbations.swap(run.table(), feature, fromCode, toCode, symmetric);
				int[] before = ClassificationMetrics.argmax(run.model().probabilities(run.encoder().encode(run.table(), rows)));
				int[] after = ClassificationMetrics.argmax(run.model().probabilities(run.encoder().encode(swapped, rows)));
				long flips = 0;
				for (int i = 0; i < rows.length; i++) {
					flips += before[i] != after[i] ? 1 : 0;
				}
				return new Measurement("flip_rate", Intervals.wilson(flips, rows.length, confidence),
						List.of(flips + " of " + rows.length + " predictions changed"));
			}
		};
	}

	/**
	 * Drift between two partitions: {@code psi} or {@code ks_statistic} per numeric feature, or
	 * {@code chi_square_p_value} per categorical feature, decided on the feature that drifts most (all such features
	 * when none are named).
	 */
	public static Check drift(String metric, String reference, String current, List<String> features) {
		return new Check() {
			@Override
			public String describe() {
				return metric + " between " + reference + " and " + current;
			}

			@Override
			public Measurement measure(PipelineRun run) {
				int[] referenceRows = rows(run, reference);
				int[] currentRows = rows(run, current);
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

	/**
	 * Directional expectation (CheckList DIR): raising numeric {@code feature} by {@code delta} (in its own units)
	 * should move the probability of class {@code target} up ({@code increase}) or down. The measured value is the
	 * share of rows that move the other way (beyond 1e-6); the interval is Wilson's.
	 */
	public static Check directional(String partition, String feature, double delta, boolean increase, String target,
			double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return "violation_rate" + on(partition) + " when raising " + feature + " by " + delta + " (expect P(" + target
						+ ") to " + (increase ? "increase" : "decrease") + ")";
			}

			@Override
			public Measurement measure(PipelineRun run) {
				Column label = run.table().schema().label().orElseThrow();
				int targetClass = target == null ? 0 : label.categoryIndex(target);
				if (targetClass < 0) {
					throw new IllegalArgumentException("the label has no category " + target);
				}
				int[] rows = labelled(run, rows(run, partition));
				List<Object> values = new ArrayList<>();
				for (Column column : run.table().schema().columns()) {
					if (!column.isNumeric()) {
						values.add(run.table().codes(column.name()));
					} else if (column.name().equals(feature)) {
						values.add(Arrays.stream(run.table().numeric(feature)).map(v -> v + delta).toArray());
					} else {
						values.add(run.table().numeric(column.name()));
					}
				}
				Table raised = Table.of(run.table().source() + " (raised)", run.table().schema(), values);
				double[][] before = run.model().probabilities(run.encoder().encode(run.table(), rows));
				double[][] after = run.model().probabilities(run.encoder().encode(raised, rows));
				long violations = 0;
				for (int i = 0; i < rows.length; i++) {
					double change = after[i][targetClass] - before[i][targetClass];
					violations += increase ? (change < -1e-6 ? 1 : 0) : (change > 1e-6 ? 1 : 0);
				}
				return new Measurement("violation_rate", Intervals.wilson(violations, rows.length, confidence),
						List.of(violations + " of " + rows.length + " rows moved against the expectation"));
			}
		};
	}

	/**
	 * Change of a model metric against a baseline model saved by an earlier run ({@code target/assay/models/…} of
	 * that release, copied to {@code baseline}): current − baseline, each evaluated with its own saved encoding; the
	 * interval is a seeded paired bootstrap over rows.
	 */
	public static Check baseline(String metric, String partition, String baseline, double confidence) {
		return baseline(metric, partition, baseline, false, confidence);
	}

	/** As {@link #baseline(String, String, String, double)}; {@code external}: the model marks the path 'external'. */
	public static Check baseline(String metric, String partition, String baseline, boolean external, double confidence) {
		return new Check() {
			@Override
			public String describe() {
				return "change of " + metric + on(partition) + " versus baseline " + baseline;
			}

			@Override
			public Measurement measure(PipelineRun run) {
				java.nio.file.Path folder;
				try {
					folder = org.assay.runtime.data.ProjectPaths.resolve(run.project(), baseline, external, "baseline");
				} catch (org.assay.runtime.data.ProjectPaths.OutsideProjectException e) {
					throw new IllegalArgumentException(e.getMessage());
				}
				if (!java.nio.file.Files.isDirectory(folder)) {
					throw new IllegalArgumentException("baseline model " + folder + " does not exist; copy the model folder of "
							+ "the release to compare with (target/assay/models/<pipeline>) there");
				}
				if (run.spec() == null) {
					throw new IllegalStateException("a baseline comparison needs a model trained by the pipeline, not a pre-trained one");
				}
				int[] rows = labelled(run, rows(run, partition));
				int[] labels = run.labels(rows);
				double[][] current = run.model().probabilities(run.encoder().encode(run.table(), rows));
				double[][] previous;
				try (MlpClassifier model = MlpClassifier.load(folder, run.spec(), run.conv(), run.encoder().width(), run.classes())) {
					previous = model.probabilities(FeatureEncoder.load(folder, run.table()).encode(run.table(), rows));
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				Interval interval = Intervals.bootstrap(rows.length, sample -> {
					int[] l = new int[sample.length];
					double[][] a = new double[sample.length][];
					double[][] b = new double[sample.length][];
					for (int i = 0; i < sample.length; i++) {
						l[i] = labels[sample[i]];
						a[i] = current[sample[i]];
						b[i] = previous[sample[i]];
					}
					return ModelMetrics.value(metric, l, a, run.classes()) - ModelMetrics.value(metric, l, b, run.classes());
				}, 400, 1, confidence);
				return new Measurement(metric, interval, List.of(String.format("current %.4f, baseline %.4f",
						ModelMetrics.value(metric, labels, current, run.classes()),
						ModelMetrics.value(metric, labels, previous, run.classes()))));
			}
		};
	}

	static double fairnessValue(String metric, GroupFairness fairness) {
		return FairnessIntervals.value(metric, fairness);
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
