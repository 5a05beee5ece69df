package org.assay.runtime.djl;

import org.assay.runtime.options.Options;

/**
 * An MLP and how to train it, as a pipeline declares it:
 * {@code model Net : classifier mlp hidden [64, 32] activation relu dropout 0.1} and
 * {@code train epochs 30 batch 64 optimizer adam lr 0.001 seed 7}. A null activation or optimizer is the DSL's
 * default (relu, adam; generated code always passes both); an unknown one is an {@link IllegalArgumentException}.
 */
public record MlpSpec(int[] hidden, String activation, double dropout, int epochs, int batchSize, String optimizer,
		double learningRate, long seed) {

	/** The activation after each hidden (and convolutional) layer. */
	public enum Activation {
		RELU, TANH, SIGMOID, GELU
	}

	/** The optimizer of the training. */
	public enum Optimizer {
		SGD, ADAM, ADAMW
	}

	public MlpSpec {
		hidden = hidden.clone();
		activation = activation == null ? "relu" : activation;
		optimizer = optimizer == null ? "adam" : optimizer;
		Options.parse(Activation.class, activation, "activation");
		Options.parse(Optimizer.class, optimizer, "optimizer");
		if (epochs < 1 || batchSize < 1 || learningRate <= 0) {
			throw new IllegalArgumentException("epochs and batch size must be at least 1 and the learning rate positive");
		}
	}

	public Activation activationKind() {
		return Options.parse(Activation.class, activation, "activation");
	}

	public Optimizer optimizerKind() {
		return Options.parse(Optimizer.class, optimizer, "optimizer");
	}
}
