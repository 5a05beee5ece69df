package org.assay.runtime.djl;

/**
 * A trained classifier as the suites use it: class probabilities for a whole batch of encoded rows at once. Either
 * trained by Assay ({@link MlpClassifier}) or loaded pre-trained ({@link OnnxClassifier}).
 */
public interface Classifier extends AutoCloseable {

	/** Class probabilities of every row of {@code x} (row-major, {@code rows × width}), one batch: {@code [row][class]}. */
	double[][] probabilities(float[] x);

	/** Input values per row. */
	int width();

	/** Number of classes. */
	int classes();

	@Override
	void close();
}
