package org.assay.runtime.djl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.runtime.metrics.ClassificationMetrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX: an MLP trained by DJL's PyTorch engine, exported by Assay, loaded and run by the ONNX Runtime engine gives the
 * same probabilities; bad files are refused with the file and the reason.
 */
class OnnxTest {

	@BeforeAll
	static void loadData() {
		BreastCancerMlpTest.loadData();
	}

	@Test
	void exportedMlpRunsInOnnxRuntimeWithTheSamePredictions(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("model.onnx");
		double[][] expected;
		MlpSpec tanh = new MlpSpec(new int[] { 16, 8 }, "tanh", 0.1, 20, 32, "adam", 0.002, 7);
		for (MlpSpec spec : new MlpSpec[] { BreastCancerMlpTest.SPEC, tanh }) {
			try (MlpClassifier model = MlpClassifier.train(BreastCancerMlpTest.trainX, BreastCancerMlpTest.width,
					BreastCancerMlpTest.trainY, 2, spec)) {
				expected = model.probabilities(BreastCancerMlpTest.testX);
				model.exportOnnx(file);
			}
			try (OnnxClassifier onnx = OnnxClassifier.load(file, BreastCancerMlpTest.width, 2)) {
				double[][] actual = onnx.probabilities(BreastCancerMlpTest.testX);
				assertEquals(expected.length, actual.length);
				for (int r = 0; r < expected.length; r++) {
					assertArrayEquals(expected[r], actual[r], 1e-5, spec.activation() + ", row " + r);
				}
				assertArrayEquals(ClassificationMetrics.argmax(expected), ClassificationMetrics.argmax(actual));
			}
		}
	}

	@Test
	void exportIsDeterministic(@TempDir Path folder) throws Exception {
		try (MlpClassifier model = MlpClassifier.train(BreastCancerMlpTest.trainX, BreastCancerMlpTest.width,
				BreastCancerMlpTest.trainY, 2, BreastCancerMlpTest.SPEC)) {
			model.exportOnnx(folder.resolve("a.onnx"));
			model.exportOnnx(folder.resolve("b.onnx"));
		}
		assertArrayEquals(Files.readAllBytes(folder.resolve("a.onnx")), Files.readAllBytes(folder.resolve("b.onnx")));
	}

	@Test
	void cnnAndGeluCannotBeExported(@TempDir Path folder) {
		MlpSpec gelu = new MlpSpec(new int[] { 4 }, "gelu", 0, 1, 32, "adam", 0.01, 1);
		try (MlpClassifier model = MlpClassifier.train(BreastCancerMlpTest.trainX, BreastCancerMlpTest.width,
				BreastCancerMlpTest.trainY, 2, gelu)) {
			var e = assertThrows(IllegalArgumentException.class, () -> model.exportOnnx(folder.resolve("g.onnx")));
			assertTrue(e.getMessage().contains("gelu"), e.getMessage());
		}
		float[] images = new float[8 * 16];
		java.util.Random random = new java.util.Random(3);
		for (int i = 0; i < images.length; i++) {
			images[i] = random.nextFloat();
		}
		int[] labels = { 0, 1, 0, 1, 0, 1, 0, 1 };
		MlpSpec small = new MlpSpec(new int[] { 4 }, "relu", 0, 1, 8, "adam", 0.01, 1);
		try (MlpClassifier cnn = MlpClassifier.train(images, 16, labels, 2, small, new ConvSpec(4, 4, new int[] { 2 }, 3))) {
			var e = assertThrows(IllegalArgumentException.class, () -> cnn.exportOnnx(folder.resolve("c.onnx")));
			assertTrue(e.getMessage().contains("only an MLP"), e.getMessage());
		}
		assertFalse(Files.exists(folder.resolve("g.onnx")) || Files.exists(folder.resolve("c.onnx")), "nothing half written");
	}

	@Test
	void badFilesAreRefusedWithFileAndReason(@TempDir Path folder) throws Exception {
		Path missing = folder.resolve("missing.onnx");
		IOException e = assertThrows(IOException.class, () -> OnnxClassifier.load(missing, 30, 2));
		assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
		Path garbage = Files.writeString(folder.resolve("garbage.onnx"), "this is not a model");
		e = assertThrows(IOException.class, () -> OnnxClassifier.load(garbage, 30, 2));
		assertTrue(e.getMessage().contains(garbage.toString()) && e.getMessage().contains("not a usable ONNX model"),
				e.getMessage());
		Path file = folder.resolve("model.onnx");
		try (MlpClassifier model = MlpClassifier.train(BreastCancerMlpTest.trainX, BreastCancerMlpTest.width,
				BreastCancerMlpTest.trainY, 2, BreastCancerMlpTest.SPEC)) {
			model.exportOnnx(file);
		}
		e = assertThrows(IOException.class, () -> OnnxClassifier.load(file, BreastCancerMlpTest.width, 3));
		assertTrue(e.getMessage().contains("give 3 class scores"), e.getMessage());
		e = assertThrows(IOException.class, () -> OnnxClassifier.load(file, 7, 2));
		assertTrue(e.getMessage().contains("take 7 encoded features"), e.getMessage());
	}
}
