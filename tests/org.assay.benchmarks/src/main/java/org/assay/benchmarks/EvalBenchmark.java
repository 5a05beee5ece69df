package org.assay.benchmarks;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.Schema;
import org.assay.runtime.data.Splits;
import org.assay.runtime.data.Table;
import org.assay.runtime.djl.FeatureEncoder;
import org.assay.runtime.djl.MlpClassifier;
import org.assay.runtime.djl.MlpSpec;
import org.assay.runtime.metrics.ClassificationMetrics;
import org.assay.runtime.metrics.ConfusionMatrix;

/**
 * Evaluation benchmark: batch throughput of a trained MLP (hidden [32, 16]) on the breast-cancer features, the
 * encoded test rows replicated to {@code rows}, evaluated as whole batches of 100,000 rows (probabilities and
 * accuracy). PyTorch runs single-threaded (Assay's reproducible default). Median of 5 runs after a warm-up. Prints,
 * last, {@code eval: rows=N rows_per_s=N}.
 */
public final class EvalBenchmark {

	public static void main(String[] args) {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int batch = 100_000;
		List<Column> columns = new ArrayList<>();
		for (String stat : List.of("mean", "se", "worst")) {
			for (String feature : List.of("radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
					"concave_points", "symmetry", "fractal_dimension")) {
				columns.add(Column.real(stat + "_" + feature, 0, Double.POSITIVE_INFINITY));
			}
		}
		columns.add(Column.categorical("diagnosis", List.of("malignant", "benign")).asLabel());
		Path root = Paths.get(System.getProperty("assay.root", "."));
		Table table = CsvLoader.load(root.resolve("examples/breast-cancer/data/breast_cancer.csv"), new Schema(columns)).table();
		int[] labels = table.codes("diagnosis");
		int[][] split = Splits.stratified(labels, new double[] { 70, 30 }, 42);
		FeatureEncoder encoder = FeatureEncoder.fit(table, split[0]);
		int width = encoder.width();
		float[] test = encoder.encode(table, split[1]);
		int[] testLabels = new int[split[1].length];
		for (int i = 0; i < testLabels.length; i++) {
			testLabels[i] = labels[split[1][i]];
		}
		float[] big = new float[batch * width];
		int[] bigLabels = new int[batch];
		for (int r = 0; r < batch; r++) {
			int source = r % testLabels.length;
			System.arraycopy(test, source * width, big, r * width, width);
			bigLabels[r] = testLabels[source];
		}
		try (MlpClassifier model = MlpClassifier.train(encoder.encode(table, split[0]), width, pick(labels, split[0]), 2,
				new MlpSpec(new int[] { 32, 16 }, "relu", 0, 40, 32, "adam", 0.002, 7))) {
			long[] runs = new long[6];
			double accuracy = 0;
			for (int run = 0; run < runs.length; run++) {
				long start = System.nanoTime();
				for (int done = 0; done < rows; done += batch) {
					double[][] probabilities = model.probabilities(big);
					accuracy = ConfusionMatrix.of(2, bigLabels, ClassificationMetrics.argmax(probabilities)).accuracy();
				}
				runs[run] = System.nanoTime() - start;
			}
			long[] measured = Arrays.copyOfRange(runs, 1, runs.length);
			Arrays.sort(measured);
			double seconds = measured[measured.length / 2] / 1e9;
			System.out.printf("accuracy on the replicated test rows: %.4f; median %.3f s for %d rows%n", accuracy, seconds, rows);
			System.out.printf("eval: rows=%d rows_per_s=%d%n", rows, Math.round(rows / seconds));
		}
	}

	private static int[] pick(int[] values, int[] rows) {
		int[] picked = new int[rows.length];
		for (int i = 0; i < rows.length; i++) {
			picked[i] = values[rows[i]];
		}
		return picked;
	}
}
