package org.assay.runtime.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.Splits;
import org.assay.runtime.data.Table;
import org.assay.runtime.djl.FeatureEncoder;
import org.assay.runtime.djl.MlpRegressor;
import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.spec.DatasetSpec;

/**
 * The training half of a regression pipeline (its label is numeric): a seeded split (random, or stratified by a
 * declared categorical feature), the encoder fitted on the training rows that have a target, and an MLP regressor
 * trained on mean squared error. Data loading, lineage and gates are {@link AssayPipeline}'s, shared with classifiers.
 */
final class RegressionTraining {

	private static final Logger LOG = Logger.getLogger(RegressionTraining.class.getName());

	private RegressionTraining() {
	}

	static PipelineRun run(AssayPipeline pipeline, Lineage lineage, CsvLoader.Result loaded, Path project) {
		DatasetSpec data = pipeline.dataset();
		Table table = loaded.table();
		String name = pipeline.name();
		if (pipeline.model() == null) {
			return PipelineRun.failed(name, lineage, data.source() + ": a pre-trained model cannot predict the numeric label "
					+ "yet; declare 'model <name> : regressor mlp' to train one", loaded.problems(), table);
		}
		if (pipeline.convolution() != null || pipeline.earlyStopping() != null) {
			return PipelineRun.failed(name, lineage, data.source() + ": a regressor is trained as a plain MLP for every "
					+ "declared epoch (no convolution, no early stopping)", loaded.problems(), table);
		}
		int[][] parts = data.stratifiedBy() != null
				? Splits.stratified(table.codes(data.stratifiedBy()), data.shares(), data.seed())
				: Splits.random(table.rows(), data.shares(), data.seed());
		Map<String, int[]> partitions = new LinkedHashMap<>();
		for (int p = 0; p < parts.length; p++) {
			partitions.put(data.partitions().get(p), parts[p]);
		}
		Column label = data.schema().label().orElseThrow();
		double[] targets = table.numeric(label.name());
		int[] training = Arrays.stream(partitions.get(pipeline.trainingPartition())).filter(r -> !Double.isNaN(targets[r]))
				.toArray();
		if (training.length == 0) {
			return PipelineRun.failed(name, lineage, data.source() + ": partition '" + pipeline.trainingPartition()
					+ "' has no row with a value of " + label.name() + " to train on", loaded.problems(), table);
		}
		FeatureEncoder encoder = FeatureEncoder.fit(table, training, pipeline.preparation());
		double[] trainingTargets = Arrays.stream(training).mapToDouble(r -> targets[r]).toArray();
		MlpRegressor regressor = MlpRegressor.train(encoder.encode(table, training), encoder.width(), trainingTargets,
				pipeline.model());
		Path folder = pipeline.modelFolder(project);
		try {
			regressor.save(folder);
			encoder.save(folder);
			org.assay.runtime.lineage.LineageFile.write(folder.resolve("lineage.json"), lineage);
		} catch (IOException | RuntimeException e) {
			LOG.warning(() -> "cannot save the model of " + name + " in " + folder + ": " + e);
		}
		return PipelineRun.regression(name, lineage, loaded.problems(), table, partitions,
				AssayPipeline.slicesOf(data, table), encoder, regressor, pipeline.model(), project);
	}
}
