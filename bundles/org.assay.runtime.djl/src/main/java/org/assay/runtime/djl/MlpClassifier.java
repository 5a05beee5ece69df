package org.assay.runtime.djl;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.options.Options;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;

/**
 * A multi-layer perceptron classifier on DJL's PyTorch engine. Training is seeded (engine and shuffling);
 * predictions are always computed for a whole batch as one NDArray, never row by row.
 */
public final class MlpClassifier implements Classifier {

	static {
		OfflineDjl.configure();
	}

	private final Model model;
	private final int width;
	private final int classes;
	private final int epochsTrained;
	private final double bestValidationScore;
	private final MlpSpec.Activation activation;

	private MlpClassifier(Model model, MlpSpec spec, int width, int classes, int epochsTrained, double bestValidationScore) {
		this.model = model;
		this.activation = spec.activationKind();
		this.width = width;
		this.classes = classes;
		this.epochsTrained = epochsTrained;
		this.bestValidationScore = bestValidationScore;
	}

	/**
	 * Early stopping: after each epoch the model is scored on held-out rows ({@code x} row-major, their labels) by
	 * mean cross-entropy loss or by error rate ({@code onError}); training stops once {@code patience} epochs in a row
	 * did not improve on the best score, and the parameters of the best epoch are restored.
	 */
	public record Validation(float[] x, int[] labels, boolean onError, int patience) {
		public Validation {
			if (patience < 1) {
				throw new IllegalArgumentException("patience must be at least 1");
			}
			if (labels.length == 0) {
				throw new IllegalArgumentException("early stopping needs at least one labelled validation row");
			}
		}
	}

	/** How many epochs were run (fewer than declared when training stopped early; 0 for a loaded model). */
	public int epochsTrained() {
		return epochsTrained;
	}

	/** The best validation score seen (loss or error rate; the restored parameters have it), NaN without validation. */
	public double bestValidationScore() {
		return bestValidationScore;
	}

	/**
	 * Trains on {@code x} (row-major, {@code labels.length × width}) with labels in {@code 0..classes-1}.
	 */
	public static MlpClassifier train(float[] x, int width, int[] labels, int classes, MlpSpec spec) {
		return train(x, width, labels, classes, spec, null);
	}

	/** Trains, with convolutional layers first when {@code conv} is given (a CNN). */
	public static MlpClassifier train(float[] x, int width, int[] labels, int classes, MlpSpec spec, ConvSpec conv) {
		return train(x, width, labels, classes, spec, conv, null);
	}

	/** Trains, stopping early on {@code validation} when it is given. */
	public static MlpClassifier train(float[] x, int width, int[] labels, int classes, MlpSpec spec, ConvSpec conv,
			Validation validation) {
		Engine.getEngine("PyTorch").setRandomSeed((int) spec.seed());
		Model model = Model.newInstance("assay-mlp", "PyTorch");
		model.setBlock(block(spec, conv, classes));
		Optimizer optimizer = MlpLayers.optimizer(spec);
		try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss()).optOptimizer(optimizer))) {
			trainer.initialize(new Shape(spec.batchSize(), width));
			EarlyStop stop = new EarlyStop(trainer, model, validation, width);
			int epochsRun = MlpLayers.train(trainer, spec, x, width, labels.length, (step, batch) -> {
				float[] batchLabels = new float[batch.length];
				for (int i = 0; i < batch.length; i++) {
					batchLabels[i] = labels[batch[i]];
				}
				return step.create(batchLabels, new Shape(batch.length));
			}, stop::afterEpoch);
			stop.restoreBest(epochsRun);
			return new MlpClassifier(model, spec, width, classes, epochsRun, stop.best());
		}
	}

	private static Block block(MlpSpec spec, ConvSpec conv, int classes) {
		SequentialBlock block = new SequentialBlock();
		if (conv != null) {
			ConvLayers.add(block, conv, spec);
		}
		MlpLayers.addHidden(block, spec);
		block.add(Linear.builder().setUnits(classes).build());
		return block;
	}

	@Override
	public int width() {
		return width;
	}

	@Override
	public int classes() {
		return classes;
	}

	/**
	 * Writes this MLP as an ONNX model (Gemm layers, the declared activation, a final Softmax: its output is class
	 * probabilities), so that it can be deployed elsewhere or declared as a pre-trained model of another pipeline.
	 * Written atomically. A CNN or the GELU activation (not in ONNX opset 13) cannot be exported.
	 */
	public void exportOnnx(Path file) throws IOException {
		String op = switch (activation) {
		case RELU -> "Relu";
		case TANH -> "Tanh";
		case SIGMOID -> "Sigmoid";
		case GELU -> throw new IllegalArgumentException("activation " + Options.keyword(activation)
				+ " cannot be exported to ONNX opset 13");
		};
		OnnxWriter writer = new OnnxWriter(width);
		List<Dense> layers = denseLayers();
		for (int i = 0; i < layers.size(); i++) {
			Dense layer = layers.get(i);
			writer.dense(layer.weight(), layer.bias(), layer.out(), layer.in());
			if (i < layers.size() - 1) {
				writer.activation(op);
			}
		}
		org.assay.runtime.results.AtomicFiles.write(file, writer.toBytes(classes));
	}

	/** A dense layer's parameters, laid out as PyTorch's {@code Linear}: {@code weight} is {@code [out][in]} row-major. */
	public record Dense(int in, int out, float[] weight, float[] bias) {
	}

	/**
	 * The dense layers of this MLP in order (each but the last followed by the declared activation), e.g. to run the
	 * same network elsewhere. A CNN is refused: it has layers that are not dense.
	 */
	public List<Dense> denseLayers() {
		List<Dense> dense = new ArrayList<>();
		int in = width;
		for (Block layer : model.getBlock().getChildren().values()) {
			if (layer instanceof Linear) {
				NDArray weight = layer.getParameters().get("weight").getArray();
				NDArray bias = layer.getParameters().get("bias").getArray();
				int out = (int) weight.getShape().get(0);
				dense.add(new Dense(in, out, weight.toType(DataType.FLOAT32, false).toFloatArray(),
						bias.toType(DataType.FLOAT32, false).toFloatArray()));
				in = out;
			} else if (!(layer instanceof Dropout) && !(layer instanceof LambdaBlock && in != width)) {
				// an activation follows a dense layer; anything else (an image reshape, convolution, pooling) is a CNN
				throw new IllegalArgumentException("only an MLP can be exported to ONNX; this model has a "
						+ layer.getClass().getSimpleName() + " layer");
			}
		}
		return dense;
	}

	/** The activation between dense layers. */
	public MlpSpec.Activation activation() {
		return activation;
	}

	/** Class probabilities of every row, computed as one batch: {@code [row][class]}. */
	@Override
	public double[][] probabilities(float[] x) {
		int rows = x.length / width;
		float[] flat = new float[rows * classes];
		score(x, 0, rows, flat, new int[rows]);
		double[][] probabilities = new double[rows][classes];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < classes; c++) {
				probabilities[r][c] = flat[r * classes + c];
			}
		}
		return probabilities;
	}

	/**
	 * One forward pass over the rows as one tensor (read straight from {@code x}, no copy of the slice on the heap);
	 * the logits come back as one array and softmax and argmax are done here, in double ({@link BatchScorer#softmax}).
	 */
	@Override
	public void score(float[] x, int from, int rows, float[] probabilities, int[] predicted) {
		try (NDManager manager = model.getNDManager().newSubManager()) {
			NDArray input = manager.create(FloatBuffer.wrap(x, from * width, rows * width), new Shape(rows, width));
			NDArray logits = model.getBlock().forward(new ParameterStore(manager, false), new NDList(input), false)
					.singletonOrThrow();
			BatchScorer.softmax(logits.toType(DataType.FLOAT32, false).toFloatArray(), rows, classes, from, probabilities,
					predicted);
		}
	}

	/**
	 * Fast gradient sign method: each row moved by {@code epsilon} in the sign of the loss gradient with respect to
	 * its inputs (in encoded feature space), computed for the whole batch at once.
	 */
	public float[] fgsm(float[] x, int[] labels, double epsilon) {
		int rows = labels.length;
		float[] target = new float[rows];
		for (int i = 0; i < rows; i++) {
			target[i] = labels[i];
		}
		try (NDManager manager = model.getNDManager().newSubManager()) {
			NDArray input = manager.create(x, new Shape(rows, width));
			input.setRequiresGradient(true);
			try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
				NDArray logits = model.getBlock().forward(new ParameterStore(manager, false), new NDList(input), false)
						.singletonOrThrow();
				NDArray loss = Loss.softmaxCrossEntropyLoss().evaluate(new NDList(manager.create(target, new Shape(rows))),
						new NDList(logits));
				collector.backward(loss);
			}
			return input.add(input.getGradient().sign().mul((float) epsilon)).toFloatArray();
		}
	}

	/** Saves the parameters to {@code folder/assay-mlp-0000.params}, replacing an earlier save (never a new epoch file). */
	public void save(Path folder) throws IOException {
		Files.createDirectories(folder);
		model.setProperty("Epoch", "0");
		model.save(folder, "assay-mlp");
	}

	/** Loads a classifier saved by {@link #save}; the spec must describe the same architecture. */
	public static MlpClassifier load(Path folder, MlpSpec spec, int width, int classes) throws IOException {
		return load(folder, spec, null, width, classes);
	}

	/** Loads a (convolutional, when {@code conv} is given) classifier saved by {@link #save}. */
	public static MlpClassifier load(Path folder, MlpSpec spec, ConvSpec conv, int width, int classes) throws IOException {
		Model model = Model.newInstance("assay-mlp", "PyTorch");
		model.setBlock(block(spec, conv, classes));
		model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, width));
		try {
			model.load(folder, "assay-mlp");
		} catch (MalformedModelException e) {
			throw new IOException("model in " + folder + " does not match the declared architecture: " + e.getMessage(), e);
		}
		return new MlpClassifier(model, spec, width, classes, 0, Double.NaN);
	}

	@Override
	public void close() {
		model.close();
	}
}
