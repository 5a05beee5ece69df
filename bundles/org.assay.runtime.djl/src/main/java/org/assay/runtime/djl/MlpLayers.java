package org.assay.runtime.djl;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

/**
 * What the MLP classifier and the MLP regressor share: the hidden layers (dense, activation, dropout), the optimizer
 * and the seeded shuffling of rows per epoch. The names are parsed by {@link MlpSpec}, which rejects unknown ones.
 */
final class MlpLayers {

	private MlpLayers() {
	}

	/** Appends the declared hidden layers: dense, activation and, when declared, dropout after each. */
	static void addHidden(SequentialBlock block, MlpSpec spec) {
		for (int units : spec.hidden()) {
			block.add(Linear.builder().setUnits(units).build());
			block.add(activation(spec));
			if (spec.dropout() > 0) {
				block.add(Dropout.builder().optRate((float) spec.dropout()).build());
			}
		}
	}

	static Block activation(MlpSpec spec) {
		return switch (spec.activationKind()) {
		case RELU -> Activation.reluBlock();
		case TANH -> Activation.tanhBlock();
		case SIGMOID -> Activation.sigmoidBlock();
		case GELU -> Activation.geluBlock();
		};
	}

	static Optimizer optimizer(MlpSpec spec) {
		return switch (spec.optimizerKind()) {
		case SGD -> Optimizer.sgd().setLearningRateTracker(Tracker.fixed((float) spec.learningRate())).build();
		case ADAMW -> Optimizer.adamW().optLearningRateTracker(Tracker.fixed((float) spec.learningRate())).build();
		case ADAM -> Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) spec.learningRate())).build();
		};
	}

	/** Shuffles {@code order} in place (Fisher–Yates) with the given seeded generator. */
	static void shuffle(int[] order, java.util.Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
	}
}
