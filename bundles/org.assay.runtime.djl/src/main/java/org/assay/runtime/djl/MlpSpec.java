package org.assay.runtime.djl;

/**
 * An MLP and how to train it, as a pipeline declares it:
 * {@code model Net : classifier mlp hidden [64, 32] activation relu dropout 0.1} and
 * {@code train epochs 30 batch 64 optimizer adam lr 0.001 seed 7}.
 */
public record MlpSpec(int[] hidden, String activation, double dropout, int epochs, int batchSize, String optimizer,
		double learningRate, long seed) {

	public MlpSpec {
		hidden = hidden.clone();
		if (epochs < 1 || batchSize < 1 || learningRate <= 0) {
			throw new IllegalArgumentException("epochs and batch size must be at least 1 and the learning rate positive");
		}
	}
}
