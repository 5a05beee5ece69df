package org.assay.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.Schema;
import org.assay.runtime.data.Splits;
import org.assay.runtime.data.Table;
import org.assay.runtime.djl.BatchScorer;
import org.assay.runtime.djl.FeatureEncoder;
import org.assay.runtime.djl.MlpClassifier;
import org.assay.runtime.djl.MlpSpec;
import org.assay.runtime.metrics.ConfusionMatrix;

/**
 * Evaluation benchmark: batch throughput of a trained MLP (30-32-16-2) on the breast-cancer features, the encoded
 * test rows replicated into one batch of 100,000 rows that is scored {@code rows / 100,000} times (class
 * probabilities, predicted class, confusion matrix). Two legs in the same run on the same rows and weights, each on
 * {@code threads} threads: Assay's {@link BatchScorer} (DJL, PyTorch engine) and PyTorch itself from Python
 * ({@code eval_pytorch.py}: the same layers loaded with the same weights, whole 100,000-row batches under
 * {@code inference_mode}). Each leg: one warm-up and 5 measured runs per round; the legs alternate for
 * {@code rounds} rounds and each reports the median of all its measured runs. Both legs' predicted classes and
 * probabilities are compared row by row. Prints, last,
 * {@code eval: rows=N rows_per_s=N pytorch_rows_per_s=N vs_pytorch=X}.
 * Arguments: {@code [ROWS] [THREADS] [ROUNDS]} (1,000,000, 2, 2).
 */
public final class EvalBenchmark {

	private static final int BATCH = 100_000;
	private static final int RUNS = 5;

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
		Path root = Paths.get(System.getProperty("assay.root", "."));
		Path work = Paths.get(System.getProperty("bench.work", "target/eval-bench"));
		Files.createDirectories(work);
		BreastCancerRows data = BreastCancerRows.load(root.resolve("examples/breast-cancer/data/breast_cancer.csv"), BATCH);
		try (MlpClassifier model = MlpClassifier.train(data.trainX(), data.width(), data.trainLabels(), 2,
				new MlpSpec(new int[] { 32, 16 }, "relu", 0, 40, 32, "adam", 0.002, 7));
				BatchScorer scorer = new BatchScorer(model, threads)) {
			PyTorchLeg pytorch = new PyTorchLeg(work, System.getProperty("bench.python", "/usr/bin/python3"),
					Paths.get(System.getProperty("bench.pytorch.script", "src/main/python/eval_pytorch.py")));
			pytorch.write(model, data.batch(), data.batchLabels());
			List<Double> assayTimes = new ArrayList<>();
			List<Double> pytorchTimes = new ArrayList<>();
			BatchScorer.Scores last = null;
			long assayCorrect = 0;
			for (int round = 0; round < rounds; round++) {
				for (int run = 0; run <= RUNS; run++) {
					long start = System.nanoTime();
					ConfusionMatrix matrix = new ConfusionMatrix(2);
					for (int done = 0; done < rows; done += BATCH) {
						last = scorer.score(data.batch());
						matrix.add(data.batchLabels(), last.predicted());
					}
					double seconds = (System.nanoTime() - start) / 1e9;
					if (run > 0) {
						assayTimes.add(seconds);
					}
					assayCorrect = matrix.correct();
				}
				pytorchTimes.addAll(pytorch.run(rows, RUNS, threads));
			}
			Agreement agreement = Agreement.of(last, pytorch.predicted(), pytorch.probabilities());
			double assaySeconds = median(assayTimes);
			double pytorchSeconds = median(pytorchTimes);
			long assayRate = Math.round(rows / assaySeconds);
			long pytorchRate = Math.round(rows / pytorchSeconds);
			System.out.printf("assay: %d threads x chunks of %d rows, median %.4f s of %s (correct %d)%n", threads,
					BatchScorer.CHUNK_ROWS, assaySeconds, format(assayTimes), assayCorrect);
			System.out.printf("pytorch: %s, %d threads, whole batches of %d rows, median %.4f s of %s (correct %d)%n",
					pytorch.version(), threads, BATCH, pytorchSeconds, format(pytorchTimes), pytorch.correct());
			System.out.println(agreement);
			if (!agreement.same() || assayCorrect != pytorch.correct()) {
				System.out.println("eval: the two legs disagree: not comparable");
				System.exit(1);
			}
			System.out.printf("eval: rows=%d rows_per_s=%d pytorch_rows_per_s=%d vs_pytorch=%.2f%n", rows, assayRate,
					pytorchRate, (double) assayRate / pytorchRate);
		}
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String format(List<Double> seconds) {
		StringBuilder text = new StringBuilder("[");
		for (double s : seconds) {
			text.append(text.length() > 1 ? " " : "").append(String.format("%.3f", s));
		}
		return text.append(']').toString();
	}

	/** The breast-cancer rows, encoded: the training split and a batch of test rows replicated to {@code batch} rows. */
	record BreastCancerRows(int width, float[] trainX, int[] trainLabels, float[] batch, int[] batchLabels) {

		static BreastCancerRows load(Path csv, int batch) {
			List<Column> columns = new ArrayList<>();
			for (String stat : List.of("mean", "se", "worst")) {
				for (String feature : List.of("radius", "texture", "perimeter", "area", "smoothness", "compactness",
						"concavity", "concave_points", "symmetry", "fractal_dimension")) {
					columns.add(Column.real(stat + "_" + feature, 0, Double.POSITIVE_INFINITY));
				}
			}
			columns.add(Column.categorical("diagnosis", List.of("malignant", "benign")).asLabel());
			Table table = CsvLoader.load(csv, new Schema(columns)).table();
			int[] labels = table.codes("diagnosis");
			int[][] split = Splits.stratified(labels, new double[] { 70, 30 }, 42);
			FeatureEncoder encoder = FeatureEncoder.fit(table, split[0]);
			int width = encoder.width();
			float[] test = encoder.encode(table, split[1]);
			float[] big = new float[batch * width];
			int[] bigLabels = new int[batch];
			for (int r = 0; r < batch; r++) {
				int source = r % split[1].length;
				System.arraycopy(test, source * width, big, r * width, width);
				bigLabels[r] = labels[split[1][source]];
			}
			int[] trainLabels = new int[split[0].length];
			for (int i = 0; i < trainLabels.length; i++) {
				trainLabels[i] = labels[split[0][i]];
			}
			return new BreastCancerRows(width, encoder.encode(table, split[0]), trainLabels, big, bigLabels);
		}
	}

	/** Row-by-row comparison of the two legs' scores of the batch. */
	record Agreement(int rows, int differingClasses, double maxProbabilityDifference) {

		static Agreement of(BatchScorer.Scores assay, int[] predicted, float[] probabilityOfClass1) {
			int differing = 0;
			double max = 0;
			for (int r = 0; r < assay.rows(); r++) {
				differing += assay.predicted()[r] != predicted[r] ? 1 : 0;
				max = Math.max(max, Math.abs(assay.probability(r, 1) - probabilityOfClass1[r]));
			}
			return new Agreement(assay.rows(), differing, max);
		}

		boolean same() {
			return differingClasses == 0 && maxProbabilityDifference < 1e-5;
		}

		@Override
		public String toString() {
			return String.format("agreement: rows=%d same_class=%d differing=%d max_abs_probability_diff=%.2e", rows,
					rows - differingClasses, differingClasses, maxProbabilityDifference);
		}
	}

	static ByteBuffer littleEndian(int bytes) {
		return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
	}

	static void writeFloats(Path file, float[] values) throws IOException {
		ByteBuffer buffer = littleEndian(values.length * 4);
		buffer.asFloatBuffer().put(values);
		Files.write(file, buffer.array());
	}
}
