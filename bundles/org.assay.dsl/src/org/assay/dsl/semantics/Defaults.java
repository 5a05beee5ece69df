package org.assay.dsl.semantics;

import org.assay.model.Activation;
import org.assay.model.DirectionalTest;
import org.assay.model.EarlyStopping;
import org.assay.model.Optimizer;
import org.assay.model.Split;
import org.assay.model.TestCase;
import org.assay.model.TrainingConfig;

/**
 * What an omitted keyword means — the one list, read by validation and generation alike. The generated code passes
 * every value to the runtime explicitly, so the runtime never guesses one; defaults the metamodel itself declares
 * (a CNN's {@code kernel 3}, a test's {@code repeat 1}, a monitor's {@code window 1000}) are read from the model.
 */
public final class Defaults {

	/** Epochs a training runs for ({@code train epochs 10}). */
	public static final int EPOCHS = 10;
	/** Rows per training step ({@code batch 32}). */
	public static final int BATCH_SIZE = 32;
	public static final Optimizer OPTIMIZER = Optimizer.ADAM;
	public static final double LEARNING_RATE = 0.001;
	/** The training seed and the split seed when none is written (validation warns about both). */
	public static final long SEED = 0;
	public static final Activation ACTIVATION = Activation.RELU;
	/** Epochs without improvement before early stopping ({@code patience 1}). */
	public static final int PATIENCE = 1;
	/** The confidence level of a test's interval ({@code confidence 95 %}). */
	public static final double CONFIDENCE = 0.95;
	/** The share of rows a directional expectation may violate ({@code max violation rate 0}). */
	public static final double MAX_VIOLATION_RATE = 0;

	private Defaults() {
	}

	public static int epochs(TrainingConfig training) {
		return training != null && training.isSetEpochs() ? training.getEpochs() : EPOCHS;
	}

	public static int batchSize(TrainingConfig training) {
		return training != null && training.isSetBatchSize() ? training.getBatchSize() : BATCH_SIZE;
	}

	public static Optimizer optimizer(TrainingConfig training) {
		return training != null && training.isSetOptimizer() ? training.getOptimizer() : OPTIMIZER;
	}

	public static double learningRate(TrainingConfig training) {
		return training != null && training.isSetLearningRate() ? training.getLearningRate() : LEARNING_RATE;
	}

	public static long seed(TrainingConfig training) {
		return training != null && training.getSeed() != null ? training.getSeed() : SEED;
	}

	public static long seed(Split split) {
		return split.getSeed() != null ? split.getSeed() : SEED;
	}

	public static Activation activation(Activation declared) {
		return declared != null ? declared : ACTIVATION;
	}

	public static int patience(EarlyStopping stopping) {
		return stopping.isSetPatience() ? stopping.getPatience() : PATIENCE;
	}

	public static double confidence(TestCase test) {
		return test.getConfidence() != null ? test.getConfidence() : CONFIDENCE;
	}

	public static double maxViolationRate(DirectionalTest directional) {
		return directional.isSetMaxViolationRate() ? directional.getMaxViolationRate() : MAX_VIOLATION_RATE;
	}
}
