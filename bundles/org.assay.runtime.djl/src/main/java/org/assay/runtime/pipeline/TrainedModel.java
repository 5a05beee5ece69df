package org.assay.runtime.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.runtime.data.Column;
import org.assay.runtime.djl.Classifier;
import org.assay.runtime.djl.FeatureEncoder;
import org.assay.runtime.djl.MlpClassifier;
import org.assay.runtime.djl.MlpSpec;
import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.lineage.LineageFile;
import org.assay.runtime.spec.DatasetSpec;

/**
 * A trained classification pipeline as a run saved it ({@link AssayPipeline#modelFolder}: the DJL parameters, the
 * fitted {@code encoder.properties} and {@code lineage.json}), loaded again to score new rows with exactly the encoding
 * and weights it was trained with. The pipeline's declaration (generated code) gives the schema, slices and network.
 */
public final class TrainedModel implements AutoCloseable {

	private final String pipeline;
	private final DatasetSpec dataset;
	private final FeatureEncoder encoder;
	private final Classifier classifier;
	private final Lineage lineage;

	private TrainedModel(String pipeline, DatasetSpec dataset, FeatureEncoder encoder, Classifier classifier, Lineage lineage) {
		this.pipeline = pipeline;
		this.dataset = dataset;
		this.encoder = encoder;
		this.classifier = classifier;
		this.lineage = lineage;
	}

	/**
	 * Loads the model that {@code pipeline} saved in {@code folder}.
	 *
	 * @throws IOException naming the folder and what is missing or does not match the declaration (e.g. the pipeline
	 *                     was not run yet, or its network changed since)
	 */
	public static TrainedModel load(AssayPipeline pipeline, Path folder) throws IOException {
		MlpSpec spec = pipeline.model();
		if (spec == null) {
			throw new IOException(pipeline.name() + " uses a pre-trained model: score it where it is declared, not from " + folder);
		}
		if (!Files.isRegularFile(folder.resolve("encoder.properties"))) {
			throw new IOException("no trained model of " + pipeline.name() + " in " + folder
					+ ": run the pipeline first (assay run), or give the folder it saved its model in");
		}
		DatasetSpec dataset = pipeline.dataset();
		Column label = dataset.schema().label()
				.orElseThrow(() -> new IOException(dataset.source() + ": the dataset declares no label"));
		if (label.isNumeric()) {
			throw new IOException(pipeline.name() + " is a regression: batch evaluation scores classifiers");
		}
		FeatureEncoder encoder = FeatureEncoder.load(folder, dataset.schema());
		Lineage lineage = Files.isRegularFile(folder.resolve("lineage.json")) ? LineageFile.read(folder.resolve("lineage.json")) : null;
		MlpClassifier classifier = MlpClassifier.load(folder, spec, pipeline.convolution(), encoder.width(),
				label.categories().size());
		return new TrainedModel(pipeline.name(), dataset, encoder, classifier, lineage);
	}

	/** The pipeline's qualified name. */
	public String pipeline() {
		return pipeline;
	}

	/** The declared dataset: schema, label, slices. */
	public DatasetSpec dataset() {
		return dataset;
	}

	public FeatureEncoder encoder() {
		return encoder;
	}

	public Classifier classifier() {
		return classifier;
	}

	/** The lineage the training run recorded, or null when the folder has none. */
	public Lineage lineage() {
		return lineage;
	}

	@Override
	public void close() {
		classifier.close();
	}
}
