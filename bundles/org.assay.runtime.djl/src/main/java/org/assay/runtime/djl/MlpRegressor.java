package org.assay.runtime.djl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;

/**
 * A multi-layer perceptron regressor on DJL's PyTorch engine: the declared hidden layers and one linear output,
 * trained on mean squared error. The target is standardized with the mean and standard deviation of the training
 * rows (so the learning rate means the same whatever the target's unit) and predictions are returned in the target's
 * own unit. Training is seeded (engine and shuffling); predictions are computed for a whole batch at once.
 */
public final class MlpRegressor implements Regressor {

	static {
		OfflineDjl.configure();
	}

	private static final String NAME = "assay-mlp-regressor";

	private final Model model;
	private final int width;
	private final double mean;
	private final double scale;

	private MlpRegressor(Model model, int width, double mean, double scale) {
		this.model = model;
		this.width = width;
		this.mean = mean;
		this.scale = scale;
	}

	/** Trains on {@code x} (row-major, {@code targets.length × width}); every target must be a finite number. */
	public static MlpRegressor train(float[] x, int width, double[] targets, MlpSpec spec) {
		int rows = targets.length;
		if (rows == 0) {
			throw new IllegalArgumentException("a regressor needs at least one training row with a target");
		}
		double mean = 0;
		for (double t : targets) {
			if (!Double.isFinite(t)) {
				throw new IllegalArgumentException("training target " + t + " is not a finite number");
			}
			mean += t;
		}
		mean /= rows;
		double squares = 0;
		for (double t : targets) {
			squares += (t - mean) * (t - mean);
		}
		double scale = rows > 1 && squares > 0 ? Math.sqrt(squares / (rows - 1)) : 1;
		Engine.getEngine("PyTorch").setRandomSeed((int) spec.seed());
		Model model = Model.newInstance(NAME, "PyTorch");
		model.setBlock(block(spec));
		try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(MlpLayers.optimizer(spec)))) {
			trainer.initialize(new Shape(spec.batchSize(), width));
			double center = mean;
			MlpLayers.train(trainer, spec, x, width, rows, (step, batch) -> {
				float[] standardized = new float[batch.length];
				for (int i = 0; i < batch.length; i++) {
					standardized[i] = (float) ((targets[batch[i]] - center) / scale);
				}
				return step.create(standardized, new Shape(batch.length, 1));
			}, epoch -> true);
		}
		return new MlpRegressor(model, width, mean, scale);
	}

	private static SequentialBlock block(MlpSpec spec) {
		SequentialBlock block = new SequentialBlock();
		MlpLayers.addHidden(block, spec);
		block.add(Linear.builder().setUnits(1).build());
		return block;
	}

	@Override
	public double[] predict(float[] x) {
		int rows = x.length / width;
		try (NDManager manager = model.getNDManager().newSubManager()) {
			NDArray input = manager.create(x, new Shape(rows, width));
			float[] standardized = model.getBlock().forward(new ParameterStore(manager, false), new NDList(input), false)
					.singletonOrThrow().toType(DataType.FLOAT32, false).toFloatArray();
			double[] predictions = new double[rows];
			for (int r = 0; r < rows; r++) {
				predictions[r] = mean + scale * standardized[r];
			}
			return predictions;
		}
	}

	@Override
	public int width() {
		return width;
	}

	/** The training targets' mean and standard deviation the output is scaled back with. */
	public double[] targetScaling() {
		return new double[] { mean, scale };
	}

	/**
	 * Saves the parameters to {@code folder/assay-mlp-regressor-0000.params} and the target scaling to
	 * {@code folder/target-scaling.txt}, replacing an earlier save.
	 */
	public void save(Path folder) throws IOException {
		Files.createDirectories(folder);
		model.setProperty("Epoch", "0");
		model.save(folder, NAME);
		org.assay.runtime.results.AtomicFiles.write(folder.resolve("target-scaling.txt"),
				(Double.toString(mean) + " " + Double.toString(scale) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** Loads a regressor saved by {@link #save}; the spec must describe the same architecture. */
	public static MlpRegressor load(Path folder, MlpSpec spec, int width) throws IOException {
		String[] scaling = Files.readString(folder.resolve("target-scaling.txt")).trim().split(" ");
		Model model = Model.newInstance(NAME, "PyTorch");
		model.setBlock(block(spec));
		model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, width));
		try {
			model.load(folder, NAME);
		} catch (MalformedModelException e) {
			throw new IOException("model in " + folder + " does not match the declared architecture: " + e.getMessage(), e);
		}
		return new MlpRegressor(model, width, Double.parseDouble(scaling[0]), Double.parseDouble(scaling[1]));
	}

	@Override
	public void close() {
		model.close();
	}
}
