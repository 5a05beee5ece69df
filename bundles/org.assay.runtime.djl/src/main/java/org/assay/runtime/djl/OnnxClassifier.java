package org.assay.runtime.djl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;

/**
 * A pre-trained classifier loaded from an ONNX file and run by DJL's ONNX Runtime engine (native library from the
 * onnxruntime jar; nothing is downloaded). Its first input takes the pipeline's encoded rows {@code [rows, width]};
 * its first output is {@code [rows, classes]}: class probabilities, or logits — when any row of a batch is not a
 * probability distribution, softmax is applied to the whole batch. Each call runs the whole batch as one tensor.
 */
public final class OnnxClassifier implements Classifier {

	static {
		OfflineDjl.configure();
	}

	private final Model model;
	private final Predictor<NDList, NDList> predictor;
	private final int width;
	private final int classes;

	private OnnxClassifier(Model model, int width, int classes) {
		this.model = model;
		this.predictor = model.newPredictor(new NoopTranslator());
		this.width = width;
		this.classes = classes;
	}

	/**
	 * Loads {@code file}; {@code width} and {@code classes} are what the pipeline's encoding and label declare. A file
	 * that is not an ONNX model, or whose output does not have {@code classes} columns, is an {@link IOException} naming
	 * the file and what is wrong.
	 */
	public static OnnxClassifier load(Path file, int width, int classes) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException("ONNX model " + file + " does not exist");
		}
		Model model = Model.newInstance("assay-onnx", "OnnxRuntime");
		try {
			model.load(file);
		} catch (MalformedModelException | RuntimeException e) {
			model.close();
			throw new IOException(file + " is not a usable ONNX model: " + e.getMessage(), e);
		}
		OnnxClassifier classifier = new OnnxClassifier(model, width, classes);
		try {
			classifier.probabilities(new float[width]);
		} catch (RuntimeException e) {
			classifier.close();
			throw new IOException(file + " does not take " + width + " encoded features and give " + classes
					+ " class scores per row: " + e.getMessage(), e);
		}
		return classifier;
	}

	@Override
	public double[][] probabilities(float[] x) {
		int rows = x.length / width;
		try (NDManager manager = model.getNDManager().newSubManager()) {
			NDArray input = manager.create(x, new Shape(rows, width));
			NDList output = predictor.predict(new NDList(input));
			NDArray scores = output.get(0);
			if (scores.getShape().dimension() != 2 || scores.getShape().get(0) != rows || scores.getShape().get(1) != classes) {
				throw new IllegalStateException("output shape " + scores.getShape() + ", expected (" + rows + ", " + classes + ")");
			}
			float[] flat = scores.toType(DataType.FLOAT32, false).toFloatArray();
			output.close();
			boolean distributions = true;
			for (int r = 0; r < rows && distributions; r++) {
				double sum = 0;
				for (int c = 0; c < classes; c++) {
					float v = flat[r * classes + c];
					distributions &= v >= 0 && v <= 1;
					sum += v;
				}
				distributions &= Math.abs(sum - 1) <= 1e-4;
			}
			double[][] probabilities = new double[rows][classes];
			for (int r = 0; r < rows; r++) {
				double max = Double.NEGATIVE_INFINITY;
				for (int c = 0; c < classes; c++) {
					max = Math.max(max, flat[r * classes + c]);
				}
				double total = 0;
				for (int c = 0; c < classes; c++) {
					double v = flat[r * classes + c];
					probabilities[r][c] = distributions ? v : Math.exp(v - max);
					total += probabilities[r][c];
				}
				if (!distributions) {
					for (int c = 0; c < classes; c++) {
						probabilities[r][c] /= total;
					}
				}
			}
			return probabilities;
		} catch (TranslateException e) {
			throw new IllegalStateException("ONNX inference failed: " + e.getMessage(), e);
		}
	}

	@Override
	public int width() {
		return width;
	}

	@Override
	public int classes() {
		return classes;
	}

	@Override
	public void close() {
		predictor.close();
		model.close();
	}
}
