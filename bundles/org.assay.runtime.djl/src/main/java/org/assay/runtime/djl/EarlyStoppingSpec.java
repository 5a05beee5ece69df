package org.assay.runtime.djl;

/**
 * Declared early stopping: score the model after each epoch on the rows of {@code partition}, by validation loss or
 * error rate ({@code onError}), and stop after {@code patience} epochs without improvement, keeping the best epoch.
 */
public record EarlyStoppingSpec(String partition, boolean onError, int patience) {

	public EarlyStoppingSpec {
		if (partition == null || patience < 1) {
			throw new IllegalArgumentException("early stopping needs a validation partition and a patience of at least 1");
		}
	}

	@Override
	public String toString() {
		return "validate on " + partition + " early stop on validation " + (onError ? "error" : "loss") + " patience " + patience;
	}
}
