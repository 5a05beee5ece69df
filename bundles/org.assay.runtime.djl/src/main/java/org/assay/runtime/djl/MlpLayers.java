package org.assay.runtime.djl;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntPredicate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

/**
 * What the MLP classifier and the MLP regressor share: the hidden layers (dense, activation, dropout), the optimizer
 * and the training loop (seeded shuffling of rows per epoch, mini-batches). The names are parsed by {@link MlpSpec}, which rejects unknown ones.
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

	/**
	 * Trains for the spec's epochs, or until {@code afterEpoch} (given the epoch's index) says to stop: each epoch
	 * shuffles the rows with a generator seeded by the spec, then takes one optimizer step per mini-batch, on the
	 * trainer's loss between its prediction for the batch's rows of {@code x} (row-major, {@code width} values a row)
	 * and {@code targets} of those rows (their indexes, in batch order). Returns the number of epochs run.
	 */
	static int train(Trainer trainer, MlpSpec spec, float[] x, int width, int rows, Targets targets, IntPredicate afterEpoch) {
		NDManager manager = trainer.getManager();
		Random shuffle = new Random(spec.seed());
		int[] order = new int[rows];
		for (int i = 0; i < rows; i++) {
			order[i] = i;
		}
		for (int epoch = 0; epoch < spec.epochs(); epoch++) {
			shuffle(order, shuffle);
			for (int start = 0; start < rows; start += spec.batchSize()) {
				int end = Math.min(rows, start + spec.batchSize());
				float[] batch = new float[(end - start) * width];
				int[] batchRows = Arrays.copyOfRange(order, start, end);
				for (int i = start; i < end; i++) {
					System.arraycopy(x, order[i] * width, batch, (i - start) * width, width);
				}
				try (NDManager step = manager.newSubManager()) {
					NDArray input = step.create(batch, new Shape(end - start, width));
					NDArray target = targets.of(step, batchRows);
					try (GradientCollector collector = trainer.newGradientCollector()) {
						NDArray prediction = trainer.forward(new NDList(input)).singletonOrThrow();
						collector.backward(trainer.getLoss().evaluate(new NDList(target), new NDList(prediction)));
					}
					trainer.step();
				}
			}
			if (!afterEpoch.test(epoch)) {
				return epoch + 1;
			}
		}
		return spec.epochs();
	}

	/** The training targets of a mini-batch's rows, as the loss expects them. */
	interface Targets {
		NDArray of(NDManager manager, int[] rows);
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
