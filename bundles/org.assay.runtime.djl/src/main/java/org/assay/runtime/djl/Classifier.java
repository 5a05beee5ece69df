package org.assay.runtime.djl;

/**
 * A trained classifier as the suites use it: class probabilities for a whole batch of encoded rows at once. Either
 * trained by Assay ({@link MlpClassifier}) or loaded pre-trained ({@link OnnxClassifier}).
 */
public interface Classifier extends AutoCloseable {

	/** Class probabilities of every row of {@code x} (row-major, {@code rows × width}), one batch: {@code [row][class]}. */
	double[][] probabilities(float[] x);

	/**
	 * Scores rows {@code from .. from + rows - 1} of {@code x} (row-major, {@code width} values a row) as one batch:
	 * their class probabilities go to {@code probabilities} (flat, row-major, starting at {@code from × classes}) and
	 * their predicted class (the first class of highest score) to {@code predicted[from ..]}. No per-row objects;
	 * safe to call from several threads at once for disjoint row ranges. {@link BatchScorer} splits big inputs into
	 * such calls.
	 */
	default void score(float[] x, int from, int rows, float[] probabilities, int[] predicted) {
		int width = width();
		int classes = classes();
		double[][] batch = probabilities(java.util.Arrays.copyOfRange(x, from * width, (from + rows) * width));
		for (int r = 0; r < rows; r++) {
			int best = 0;
			for (int c = 0; c < classes; c++) {
				probabilities[(from + r) * classes + c] = (float) batch[r][c];
				if (batch[r][c] > batch[r][best]) {
					best = c;
				}
			}
			predicted[from + r] = best;
		}
	}

	/** Input values per row. */
	int width();

	/** Number of classes. */
	int classes();

	@Override
	void close();
}
