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
 * and the seeded shuffling of rows per epoch. Unknown names fail loudly instead of falling back silently.
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
		return switch (spec.activation() == null ? "relu" : spec.activation()) {
		case "relu" -> Activation.reluBlock();
		case "tanh" -> Activation.tanhBlock();
		case "sigmoid" -> Activation.sigmoidBlock();
		case "gelu" -> Activation.geluBlock();
		default -> throw new IllegalArgumentException("unknown activation '" + spec.activation()
				+ "'; use relu, tanh, sigmoid or gelu");
		};
	}

	static Optimizer optimizer(MlpSpec spec) {
		return switch (spec.optimizer() == null ? "adam" : spec.optimizer()) {
		case "sgd" -> Optimizer.sgd().setLearningRateTracker(Tracker.fixed((float) spec.learningRate())).build();
		case "adamw" -> Optimizer.adamW().optLearningRateTracker(Tracker.fixed((float) spec.learningRate())).build();
		case "adam" -> Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) spec.learningRate())).build();
		default -> throw new IllegalArgumentException("unknown optimizer '" + spec.optimizer() + "'; use sgd, adam or adamw");
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
