package org.assay.runtime.suite;

import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.check.DataCheck;
import org.assay.runtime.check.DataChecks;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.check.Measurement;
import org.assay.runtime.fairness.FairnessIntervals;
import org.assay.runtime.fairness.GroupFairness;
import org.assay.runtime.metrics.ClassificationMetrics;
import org.assay.runtime.djl.FeatureEncoder;
import org.assay.runtime.djl.MlpClassifier;
import org.assay.runtime.pipeline.PipelineRun;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;

import static org.assay.runtime.suite.CheckRows.intersect;
import static org.assay.runtime.suite.CheckRows.labelled;
import static org.assay.runtime.suite.CheckRows.on;
import static org.assay.runtime.suite.CheckRows.rows;

/**
 * The checks that generated suites call, one per test pattern: this facade, with model metrics, slices, fairness and
 * baseline comparisons; perturbations of the input in {@link PerturbationChecks}, data checks in the engine-neutral {@link DataChecks}.
 */
public final class Checks {

	/** Confidence of intervals when a test declares none. */
	public static final double DEFAULT_CONFIDENCE = DataChecks.DEFAULT_CONFIDENCE;

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
				return WorstSlice.measure(run, metric, higherIsBetter, only, slice -> labelled(run, intersect(scope, slice)),
						rows -> ModelMetrics.interval(metric, run.labels(rows),
								run.model().probabilities(run.encoder().encode(run.table(), rows)), run.classes(), confidence));
			}
		};
	}

	/**
	 * A model metric under Gaussian noise on numeric features ({@code sigma} in standard deviations of each feature;
	 * all numeric features when none are named), repeated with seeds {@code seed, seed+1, …}.
	 */
	public static Check gaussianNoise(String metric, String partition, double sigma, List<String> features, int repeats,
			long seed, double confidence) {
		return PerturbationChecks.noise(metric, partition, false, sigma, features, repeats, seed, confidence);
	}

	/**
	 * A model metric under uniform noise U(−a·SD, a·SD) on numeric features ({@code amplitude} a in standard
	 * deviations of each feature), repeated with seeds {@code seed, seed+1, …}.
	 */
	public static Check uniformNoise(String metric, String partition, double amplitude, List<String> features, int repeats,
			long seed, double confidence) {
		return PerturbationChecks.noise(metric, partition, true, amplitude, features, repeats, seed, confidence);
	}

	/** A model metric on FGSM adversarial examples of strength {@code epsilon} (in standardized feature units). */
	public static Check fgsm(String metric, String partition, double epsilon, double confidence) {
		return PerturbationChecks.fgsm(metric, partition, epsilon, confidence);
	}

	/** A data-quality metric of the whole dataset. */
	public static Check dataQuality(String metric) {
		return of(DataChecks.dataQuality(metric));
	}

	/**
	 * A column constraint ({@code data CONSTRAINT on VIEW}) over the rows of a partition or slice (null: all rows),
	 * measured by the one-pass engine; see {@link DataChecks#constraint(ConstraintSpec, String)}.
	 */
	public static Check constraint(ConstraintSpec constraint, String partition) {
		return of(DataChecks.constraint(constraint, partition));
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
		return PerturbationChecks.invariance(partition, feature, from, to, symmetric, confidence);
	}

	/**
	 * Drift between two partitions: {@code psi} or {@code ks_statistic} per numeric feature, or
	 * {@code chi_square_p_value} per categorical feature, decided on the feature that drifts most (all such features
	 * when none are named).
	 */
	public static Check drift(String metric, String reference, String current, List<String> features) {
		return of(DataChecks.drift(metric, reference, current, features));
	}

	/**
	 * Directional expectation (CheckList DIR): raising numeric {@code feature} by {@code delta} (in its own units)
	 * should move the probability of class {@code target} up ({@code increase}) or down. The measured value is the
	 * share of rows that move the other way (beyond 1e-6); the interval is Wilson's.
	 */
	public static Check directional(String partition, String feature, double delta, boolean increase, String target,
			double confidence) {
		return PerturbationChecks.directional(partition, feature, delta, increase, target, confidence);
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

	/** A check of the data as a check of the run (a pipeline run is the data run it measures). */
	private static Check of(DataCheck check) {
		return new Check() {
			@Override
			public String describe() {
				return check.describe();
			}

			@Override
			public Measurement measure(PipelineRun run) {
				return check.measure(run);
			}
		};
	}

	static double fairnessValue(String metric, GroupFairness fairness) {
		return FairnessIntervals.value(metric, fairness);
	}

}
