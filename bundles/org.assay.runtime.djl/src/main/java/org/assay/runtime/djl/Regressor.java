package org.assay.runtime.djl;

/** A trained regressor as the suites use it: one predicted value per row, for a whole batch of encoded rows at once. */
public interface Regressor extends AutoCloseable {

	/** The prediction for every row of {@code x} (row-major, {@code rows × width}), computed as one batch. */
	double[] predict(float[] x);

	/** Input values per row. */
	int width();

	@Override
	void close();
}
