package org.assay.runtime.djl;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;

import org.assay.runtime.metrics.ClassificationMetrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch evaluation over many rows ({@link BatchScorer}): chunks on worker threads give exactly what one call over the
 * same rows gives, whatever the thread count and wherever a chunk starts; the probabilities match an independent
 * engine (ONNX Runtime on the exported network) and the predicted class is the argmax of the probabilities.
 */
class BatchScorerTest {

	static MlpClassifier model;
	/** The test rows replicated past several chunks, the last one partial. */
	static float[] many;
	static int rows;

	@BeforeAll
	static void train() {
		BreastCancerMlpTest.loadData();
		model = MlpClassifier.train(BreastCancerMlpTest.trainX, BreastCancerMlpTest.width, BreastCancerMlpTest.trainY, 2,
				BreastCancerMlpTest.SPEC);
		int width = BreastCancerMlpTest.width;
		int test = BreastCancerMlpTest.testY.length;
		rows = 2 * BatchScorer.CHUNK_ROWS + 1234;
		many = new float[rows * width];
		for (int r = 0; r < rows; r++) {
			System.arraycopy(BreastCancerMlpTest.testX, (r % test) * width, many, r * width, width);
		}
	}

	@AfterAll
	static void close() {
		model.close();
	}

	@Test
	void chunksOnThreadsGiveExactlyWhatOneCallGives() {
		float[] probabilities = new float[rows * 2];
		int[] predicted = new int[rows];
		model.score(many, 0, rows, probabilities, predicted);
		for (int threads : new int[] { 1, 2, 3 }) {
			try (BatchScorer scorer = new BatchScorer(model, threads)) {
				BatchScorer.Scores scores = scorer.score(many);
				assertEquals(rows, scores.rows());
				assertArrayEquals(predicted, scores.predicted(), threads + " threads");
				assertArrayEquals(probabilities, scores.probabilities(), threads + " threads");
			}
		}
	}

	@Test
	void aChunkStartingAnywhereScoresItsOwnRows() {
		int width = BreastCancerMlpTest.width;
		int from = 1001;
		int count = 77;
		float[] probabilities = new float[rows * 2];
		int[] predicted = new int[rows];
		model.score(many, from, count, probabilities, predicted);
		double[][] alone = model.probabilities(java.util.Arrays.copyOfRange(many, from * width, (from + count) * width));
		for (int r = 0; r < count; r++) {
			assertEquals(alone[r][0], probabilities[(from + r) * 2], 0, "row " + (from + r));
			assertEquals(alone[r][1], probabilities[(from + r) * 2 + 1], 0, "row " + (from + r));
		}
		assertArrayEquals(ClassificationMetrics.argmax(alone), java.util.Arrays.copyOfRange(predicted, from, from + count));
		assertEquals(0, probabilities[0], "rows outside the chunk are left alone");
	}

	@Test
	void probabilitiesMatchOnnxRuntimeAndThePredictionIsTheirArgmax(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("model.onnx");
		model.exportOnnx(file);
		try (BatchScorer scorer = new BatchScorer(model, 2); OnnxClassifier onnx = OnnxClassifier.load(file,
				BreastCancerMlpTest.width, 2)) {
			BatchScorer.Scores scores = scorer.score(many);
			double[][] reference = onnx.probabilities(many);
			for (int r = 0; r < rows; r++) {
				assertEquals(reference[r][1], scores.probability(r, 1), 1e-5, "row " + r);
				assertEquals(1, scores.probability(r, 0) + scores.probability(r, 1), 1e-6, "row " + r);
			}
			assertArrayEquals(ClassificationMetrics.argmax(scores.rowsAsArrays()), scores.predicted());
		}
	}

	@Test
	void softmaxOfExtremeLogitsStaysFiniteAndTiesGoToTheFirstClass() {
		float[] logits = { 1000f, -1000f, 5f, 5f, Float.NaN, 0f };
		float[] probabilities = new float[6];
		int[] predicted = new int[3];
		BatchScorer.softmax(logits, 3, 2, 0, probabilities, predicted);
		assertArrayEquals(new float[] { 1f, 0f, 0.5f, 0.5f }, java.util.Arrays.copyOf(probabilities, 4));
		assertArrayEquals(new int[] { 0, 0, 0 }, predicted);
		assertTrue(Float.isNaN(probabilities[4]), "a NaN logit gives NaN probabilities, not a made-up class");
	}

	@Test
	void partialRowsAndNoThreadsAreRefused() {
		try (BatchScorer scorer = new BatchScorer(model, 1)) {
			var e = assertThrows(IllegalArgumentException.class, () -> scorer.score(new float[BreastCancerMlpTest.width + 1]));
			assertEquals(BreastCancerMlpTest.width + 1 + " input values are not whole rows of " + BreastCancerMlpTest.width,
					e.getMessage());
		}
		assertThrows(IllegalArgumentException.class, () -> new BatchScorer(model, 0));
	}
}
