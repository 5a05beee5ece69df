package org.assay.runtime.spark.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.assay.runtime.pipeline.AssayPipeline;
import org.assay.runtime.pipeline.TrainedModel;

/**
 * The trained models of this JVM, loaded once per executor: every task of every job that scores with the same
 * {@link ModelSource} shares one {@link TrainedModel} (DJL parameters, encoder, declaration), kept until the JVM ends.
 * DJL inference on a loaded model is safe from several task threads at once.
 */
public final class ExecutorModels {

	/** The files of a saved model that a packed model folder may hold. */
	public static final List<String> MODEL_FILES = List.of("encoder.properties", "assay-mlp-0000.params", "lineage.json", "model.onnx");

	private static final Map<ModelSource, TrainedModel> MODELS = new ConcurrentHashMap<>();
	private static final AtomicInteger LOADS = new AtomicInteger();

	private ExecutorModels() {
	}

	/** The model of {@code source}, loaded on first use in this JVM. */
	public static TrainedModel get(ModelSource source) {
		return MODELS.computeIfAbsent(source, ExecutorModels::load);
	}

	/** How many models this JVM has loaded (tests: once per executor, not per task). */
	public static int loads() {
		return LOADS.get();
	}

	private static TrainedModel load(ModelSource source) {
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		AssayPipeline pipeline;
		try {
			Class<?> type = Class.forName(source.pipelineClass(), true, loader == null ? ExecutorModels.class.getClassLoader()
					: loader);
			pipeline = (AssayPipeline) type.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | ClassCastException e) {
			throw new IllegalStateException("cannot create pipeline " + source.pipelineClass() + " on this executor (" + e
					+ "): give the generated pipeline's concrete class and ship the project's classes with the job", e);
		}
		try {
			TrainedModel model = TrainedModel.load(pipeline, folder(source, loader));
			LOADS.incrementAndGet();
			return model;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The model folder on this machine: the given path, or the packed files copied once to a temporary folder. */
	private static Path folder(ModelSource source, ClassLoader loader) throws IOException {
		if (!source.modelFolder().startsWith(ModelSource.CLASSPATH)) {
			return Paths.get(source.modelFolder());
		}
		String prefix = source.modelFolder().substring(ModelSource.CLASSPATH.length()).replaceAll("/+$", "");
		Path folder = Files.createTempDirectory("assay-model-");
		folder.toFile().deleteOnExit();
		ClassLoader from = loader == null ? ExecutorModels.class.getClassLoader() : loader;
		for (String name : MODEL_FILES) {
			try (InputStream in = from.getResourceAsStream(prefix + "/" + name)) {
				if (in != null) {
					Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
					folder.resolve(name).toFile().deleteOnExit();
				}
			}
		}
		if (!Files.exists(folder.resolve("encoder.properties"))) {
			throw new IOException("the job's class path has no model under " + prefix + "/ (expected " + MODEL_FILES + ")");
		}
		return folder;
	}
}
