package org.assay.runtime.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.assay.runtime.check.Measurement;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Table;
import org.assay.runtime.metrics.ClassificationMetrics;
import org.assay.runtime.djl.MlpClassifier;
import org.assay.runtime.pipeline.PipelineRun;
import org.assay.runtime.stats.Interval;
import org.assay.runtime.stats.Intervals;

import static org.assay.runtime.suite.CheckRows.labelled;
import static org.assay.runtime.suite.CheckRows.on;
import static org.assay.runtime.suite.CheckRows.rows;

/** Checks that perturb a model's input: noise, FGSM, category swaps (invariance) and directional expectations; called through {@link Checks}. */
final class PerturbationChecks {

	private PerturbationChecks() {
	}

	static Check noise(String metric, String partition, boolean uniform, double sigma, List<String> features,
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

	static Check fgsm(String metric, String partition, double epsilon, double confidence) {
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

	static Check invariance(String partition, String feature, String from, String to, boolean symmetric,
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

	static Check directional(String partition, String feature, double delta, boolean increase, String target,
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
}
