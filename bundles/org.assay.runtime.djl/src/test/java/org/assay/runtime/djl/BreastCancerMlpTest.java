package org.assay.runtime.djl;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.Schema;
import org.assay.runtime.data.Splits;
import org.assay.runtime.data.Table;
import org.assay.runtime.metrics.ClassificationMetrics;
import org.assay.runtime.metrics.ConfusionMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real DJL training (PyTorch engine, offline) on the shipped breast-cancer data: accuracy, reproducibility from the
 * seed, whole-batch inference, FGSM, save and load.
 */
class BreastCancerMlpTest {

	static final MlpSpec SPEC = new MlpSpec(new int[] { 32, 16 }, "relu", 0, 40, 32, "adam", 0.002, 7);

	static Table table;
	static float[] trainX;
	static int[] trainY;
	static float[] testX;
	static int[] testY;
	static int width;

	@BeforeAll
	static void loadData() {
		List<Column> columns = new ArrayList<>();
		for (String stat : List.of("mean", "se", "worst")) {
			for (String feature : List.of("radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
					"concave_points", "symmetry", "fractal_dimension")) {
				columns.add(Column.real(stat + "_" + feature, 0, Double.POSITIVE_INFINITY));
			}
		}
		columns.add(Column.categorical("diagnosis", List.of("malignant", "benign")).asLabel());
		Path csv = Paths.get(System.getProperty("assay.examples", "../../examples"), "breast-cancer/data/breast_cancer.csv");
		CsvLoader.Result result = CsvLoader.load(csv, new Schema(columns));
		assertEquals(List.of(), result.problems());
		table = result.table();
		int[] labels = table.codes("diagnosis");
		int[][] split = Splits.stratified(labels, new double[] { 70, 30 }, 42);
		FeatureEncoder encoder = FeatureEncoder.fit(table, split[0]);
		width = encoder.width();
		trainX = encoder.encode(table, split[0]);
		testX = encoder.encode(table, split[1]);
		trainY = pick(labels, split[0]);
		testY = pick(labels, split[1]);
	}

	@Test
	void testsRunWithoutAnyNetwork() throws Exception {
		// the surefire JVM runs in its own network namespace (releng/no-network/bin/java): only the loopback interface exists, and it is down,
		// so everything DJL does in these tests (engine load, training, inference) happened without a network
		List<String> interfaces = new ArrayList<>();
		try {
			for (var e = java.net.NetworkInterface.getNetworkInterfaces(); e.hasMoreElements();) {
				var networkInterface = e.nextElement();
				if (networkInterface.isUp()) {
					interfaces.add(networkInterface.getName());
				}
			}
		} catch (java.net.SocketException e) {
			assertTrue(e.getMessage().contains("No network interfaces"), e.getMessage());
		}
		assertEquals(List.of(), interfaces, "no network interface may be up, not even loopback");
	}

	@Test
	void offlineSettingsAreInForceBeforeTheEngineLoads() {
		OfflineDjl.configure();
		assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
		assertEquals("true", System.getProperty("ai.djl.offline"));
	}

	@Test
	void trainedMlpIsAccurateAndReproducible() {
		double[][] first;
		try (MlpClassifier model = MlpClassifier.train(trainX, width, trainY, 2, SPEC)) {
			first = model.probabilities(testX);
		}
		double accuracy = ConfusionMatrix.of(2, testY, ClassificationMetrics.argmax(first)).accuracy();
		assertTrue(accuracy >= 0.93, "test accuracy " + accuracy);
		assertEquals(testY.length, first.length);
		try (MlpClassifier again = MlpClassifier.train(trainX, width, trainY, 2, SPEC)) {
			assertArrayEquals(first, again.probabilities(testX), "same seed, same data: same model");
		}
	}

	@Test
	void earlyStoppingStopsWhenValidationLossStallsAndRestoresTheBestEpoch() {
		MlpSpec long_ = new MlpSpec(new int[] { 32, 16 }, "relu", 0, 300, 32, "adam", 0.002, 7);
		MlpClassifier.Validation validation = new MlpClassifier.Validation(testX, testY, false, 3);
		double[][] probabilities;
		int epochs;
		try (MlpClassifier model = MlpClassifier.train(trainX, width, trainY, 2, long_, null, validation)) {
			epochs = model.epochsTrained();
			assertTrue(epochs < 300, "stopped early, after " + epochs + " epochs");
			probabilities = model.probabilities(testX);
			double loss = 0;
			for (int r = 0; r < testY.length; r++) {
				loss -= Math.log(probabilities[r][testY[r]]);
			}
			loss /= testY.length;
			assertEquals(model.bestValidationScore(), loss, 1e-4, "the parameters of the best epoch are the ones kept");
		}
		try (MlpClassifier again = MlpClassifier.train(trainX, width, trainY, 2, long_, null, validation)) {
			assertEquals(epochs, again.epochsTrained());
			assertArrayEquals(probabilities, again.probabilities(testX), "early stopping is reproducible");
		}
		try (MlpClassifier plain = MlpClassifier.train(trainX, width, trainY, 2, SPEC)) {
			assertEquals(40, plain.epochsTrained(), "without validation every declared epoch runs");
			assertTrue(Double.isNaN(plain.bestValidationScore()));
		}
	}

	@Test
	void fgsmLowersAccuracyAndSaveLoadKeepsPredictions(@TempDir Path folder) throws Exception {
		try (MlpClassifier model = MlpClassifier.train(trainX, width, trainY, 2, SPEC)) {
			double clean = ConfusionMatrix.of(2, testY, ClassificationMetrics.argmax(model.probabilities(testX))).accuracy();
			float[] adversarial = model.fgsm(testX, testY, 0.5);
			double attacked = ConfusionMatrix.of(2, testY, ClassificationMetrics.argmax(model.probabilities(adversarial)))
					.accuracy();
			assertTrue(attacked < clean - 0.05, "FGSM accuracy " + attacked + " vs clean " + clean);
			model.save(folder);
			model.save(folder);
			try (var files = java.nio.file.Files.list(folder)) {
				assertEquals(List.of("assay-mlp-0000.params"), files.map(f -> f.getFileName().toString()).sorted().toList(),
						"saving again replaces the parameters instead of adding an epoch file");
			}
			try (MlpClassifier loaded = MlpClassifier.load(folder, SPEC, width, 2)) {
				assertArrayEquals(model.probabilities(testX), loaded.probabilities(testX));
			}
		}
	}

	static int[] pick(int[] values, int[] rows) {
		int[] picked = new int[rows.length];
		for (int i = 0; i < rows.length; i++) {
			picked[i] = values[rows[i]];
		}
		return picked;
	}
}
