package org.assay.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.runtime.djl.MlpClassifier;

/**
 * The PyTorch leg of the eval benchmark: hands the trained network's weights and the batch to
 * {@code eval_pytorch.py} (raw little-endian files in {@code folder}) and runs it in Debian's Python with the given
 * number of intra-op threads (and as many OpenBLAS threads), reading back its timings and predictions.
 */
final class PyTorchLeg {

	private static final Pattern RESULT = Pattern.compile(
			"pytorch: rows=(\\d+) threads=(\\d+) median_s=\\S+ rows_per_s=\\d+ correct=(\\d+) version=(\\S+) times=(\\S+)");

	private final Path folder;
	private final String python;
	private final Path script;
	private long correct;
	private String version = "?";
	private String blas = "?";

	PyTorchLeg(Path folder, String python, Path script) {
		this.folder = folder;
		this.python = python;
		this.script = script;
	}

	void write(MlpClassifier model, float[] batch, int[] labels) throws IOException {
		List<MlpClassifier.Dense> layers = model.denseLayers();
		StringBuilder sizes = new StringBuilder().append(layers.get(0).in());
		for (int i = 0; i < layers.size(); i++) {
			sizes.append(' ').append(layers.get(i).out());
			EvalBenchmark.writeFloats(folder.resolve("dense" + i + ".weight"), layers.get(i).weight());
			EvalBenchmark.writeFloats(folder.resolve("dense" + i + ".bias"), layers.get(i).bias());
		}
		Files.writeString(folder.resolve("layers.txt"), sizes + "\n" + model.activation().name().toLowerCase() + "\n");
		EvalBenchmark.writeFloats(folder.resolve("x.bin"), batch);
		ByteBuffer buffer = EvalBenchmark.littleEndian(labels.length * 4);
		buffer.asIntBuffer().put(labels);
		Files.write(folder.resolve("labels.bin"), buffer.array());
	}

	/** Runs the script once ({@code runs} measured runs after a warm-up); returns the measured seconds. */
	List<Double> run(int rows, int runs, int threads) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(python, script.toString(), folder.toString(), String.valueOf(rows),
				String.valueOf(runs), String.valueOf(threads)).redirectErrorStream(true);
		builder.environment().put("OMP_NUM_THREADS", String.valueOf(threads));
		builder.environment().put("OPENBLAS_NUM_THREADS", String.valueOf(threads));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		int status = process.waitFor();
		Matcher result = RESULT.matcher(output);
		if (status != 0 || !result.find()) {
			throw new IllegalStateException("the PyTorch leg (" + python + " " + script + ") failed with status " + status
					+ ":\n" + output);
		}
		correct = Long.parseLong(result.group(3));
		Matcher blasLine = Pattern.compile("pytorch BLAS: (.*)").matcher(output);
		blas = blasLine.find() ? blasLine.group(1) : "?";
		version = result.group(4);
		List<Double> times = new ArrayList<>();
		for (String time : result.group(5).split(",")) {
			times.add(Double.parseDouble(time));
		}
		return times;
	}

	long correct() {
		return correct;
	}

	String version() {
		return "PyTorch " + version + " (BLAS " + blas + ")";
	}

	int[] predicted() throws IOException {
		ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(folder.resolve("pytorch-predicted.bin")))
				.order(java.nio.ByteOrder.LITTLE_ENDIAN);
		int[] predicted = new int[bytes.remaining() / 4];
		bytes.asIntBuffer().get(predicted);
		return predicted;
	}

	float[] probabilities() throws IOException {
		ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(folder.resolve("pytorch-probability1.bin")))
				.order(java.nio.ByteOrder.LITTLE_ENDIAN);
		float[] probabilities = new float[bytes.remaining() / 4];
		bytes.asFloatBuffer().get(probabilities);
		return probabilities;
	}
}
