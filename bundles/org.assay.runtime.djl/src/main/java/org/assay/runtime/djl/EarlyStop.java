package org.assay.runtime.djl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;

/**
 * Early stopping of a classifier's training ({@link MlpClassifier.Validation}): after each epoch the model is scored
 * on the held-out rows, the parameters of the best epoch are kept, training stops after {@code patience} epochs
 * without improvement, and the best parameters are restored at the end. Without validation it never stops.
 */
final class EarlyStop {

	private final Trainer trainer;
	private final Model model;
	private final MlpClassifier.Validation validation;
	private final int width;
	private double best = Double.NaN;
	private int bestEpoch = -1;
	private byte[] bestParameters;

	EarlyStop(Trainer trainer, Model model, MlpClassifier.Validation validation, int width) {
		this.trainer = trainer;
		this.model = model;
		this.validation = validation;
		this.width = width;
	}

	/** Scores the epoch just trained; false when training should stop. */
	boolean afterEpoch(int epoch) {
		if (validation == null) {
			return true;
		}
		double score = score();
		if (Double.isNaN(best) || score < best) {
			best = score;
			bestEpoch = epoch;
			bestParameters = snapshot();
			return true;
		}
		return epoch - bestEpoch < validation.patience();
	}

	/** Puts back the parameters of the best epoch, when a later one was the last trained. */
	void restoreBest(int epochsRun) {
		if (bestParameters == null || bestEpoch == epochsRun - 1) {
			return;
		}
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bestParameters))) {
			model.getBlock().loadParameters(model.getNDManager(), in);
		} catch (IOException | MalformedModelException e) {
			throw new IllegalStateException("cannot restore the parameters of the best epoch", e);
		}
	}

	/** The best validation score seen (loss or error rate), NaN without validation. */
	double best() {
		return best;
	}

	/** Mean cross-entropy loss or error rate of the current parameters on the validation rows (one batch, no dropout). */
	private double score() {
		int rows = validation.labels().length;
		try (NDManager step = trainer.getManager().newSubManager()) {
			NDArray input = step.create(validation.x(), new Shape(rows, width));
			NDArray logits = trainer.evaluate(new NDList(input)).singletonOrThrow();
			if (validation.onError()) {
				long[] predicted = logits.argMax(1).toType(DataType.INT64, false).toLongArray();
				long wrong = 0;
				for (int r = 0; r < rows; r++) {
					wrong += predicted[r] == validation.labels()[r] ? 0 : 1;
				}
				return (double) wrong / rows;
			}
			float[] target = new float[rows];
			for (int r = 0; r < rows; r++) {
				target[r] = validation.labels()[r];
			}
			NDArray loss = Loss.softmaxCrossEntropyLoss().evaluate(new NDList(step.create(target, new Shape(rows))),
					new NDList(logits));
			return loss.toType(DataType.FLOAT64, false).getDouble();
		}
	}

	private byte[] snapshot() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			model.getBlock().saveParameters(out);
		} catch (IOException e) {
			throw new IllegalStateException("cannot keep the parameters of the best epoch", e);
		}
		return bytes.toByteArray();
	}
}
