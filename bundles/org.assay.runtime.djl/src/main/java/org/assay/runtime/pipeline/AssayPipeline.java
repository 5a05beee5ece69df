package org.assay.runtime.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.ProjectPaths;
import org.assay.runtime.data.Splits;
import org.assay.runtime.data.Table;
import org.assay.runtime.djl.ConvSpec;
import org.assay.runtime.djl.EarlyStoppingSpec;
import org.assay.runtime.djl.FeatureEncoder;
import org.assay.runtime.djl.MlpClassifier;
import org.assay.runtime.djl.MlpSpec;
import org.assay.runtime.djl.OnnxClassifier;
import org.assay.runtime.djl.PreparationStep;
import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.quality.DataQualityMetrics;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.spec.GateSpec;
import org.assay.runtime.spec.PretrainedSpec;

/**
 * A data and training pipeline, declared by generated code: load and check the data, stop at a failed quality gate
 * with a located report, split reproducibly, encode, train the MLP with the recorded seed. Lineage (hashes of the
 * inputs, seeds, versions) is captured before anything executes.
 */
public abstract class AssayPipeline {

	private static final Logger LOG = Logger.getLogger(AssayPipeline.class.getName());

	/** Qualified name of the pipeline. */
	protected abstract String name();

	protected abstract DatasetSpec dataset();

	protected abstract List<GateSpec> gates();

	/** The preparation's column-constraint gates ({@code require CONSTRAINT}), checked before training; none by default. */
	protected List<org.assay.runtime.constraint.ConstraintSpec> constraintGates() {
		return List.of();
	}

	/** The MLP (or CNN, with {@link #convolution()}) to train; null when the pipeline uses a {@link #pretrained()} model. */
	protected MlpSpec model() {
		return null;
	}

	/** The declared preparation steps (imputation, scaling, encoding, dropped features), in order. */
	protected List<PreparationStep> preparation() {
		return List.of();
	}

	/** A pre-trained model to load instead of training one, or null. */
	protected PretrainedSpec pretrained() {
		return null;
	}

	/** Convolutional layers in front of the MLP (a CNN), or null for a plain MLP. */
	protected ConvSpec convolution() {
		return null;
	}

	/** The canonical text of everything declared that shapes the model: split, gates, architecture, training. */
	String parameters() {
		DatasetSpec data = dataset();
		MlpSpec spec = model();
		ConvSpec conv = convolution();
		StringBuilder text = new StringBuilder();
		text.append("partitions=").append(data.partitions()).append(" shares=").append(java.util.Arrays.toString(data.shares()))
				.append(" seed=").append(data.seed()).append(" stratifiedBy=").append(data.stratifiedBy()).append('\n');
		for (PreparationStep step : preparation()) {
			text.append("step ").append(step.kind()).append(' ').append(step.option()).append(' ').append(step.features())
					.append(step.kind() == PreparationStep.Kind.IMPUTE && "constant".equals(step.option()) ? " " + step.constant() : "")
					.append('\n');
		}
		for (GateSpec gate : gates()) {
			text.append("gate ").append(gate.metric()).append(' ').append(gate.criterion()).append('\n');
		}
		for (var gate : constraintGates()) { // what is checked, not where it is written
			text.append("gate ").append(gate.statistic()).append(' ').append(gate.columns()).append(' ').append(gate.argument())
					.append(' ').append(gate.value()).append(' ').append(gate.rankError()).append(' ').append(gate.condition())
					.append(' ').append(gate.nulls()).append(' ').append(gate.criteria()).append('\n');
		}
		if (spec == null) {
			text.append("pretrained ").append(pretrained().format()).append(' ').append(pretrained().path()).append('\n');
			return text.toString();
		}
		text.append("hidden=").append(java.util.Arrays.toString(spec.hidden())).append(" activation=").append(spec.activation())
				.append(" dropout=").append(spec.dropout()).append(" epochs=").append(spec.epochs()).append(" batch=")
				.append(spec.batchSize()).append(" optimizer=").append(spec.optimizer()).append(" lr=").append(spec.learningRate())
				.append(" seed=").append(spec.seed()).append(" training=").append(trainingPartition()).append('\n');
		if (earlyStopping() != null) {
			text.append(earlyStopping()).append('\n');
		}
		if (conv != null) {
			text.append("conv ").append(conv.height()).append('x').append(conv.width()).append(" filters=")
					.append(java.util.Arrays.toString(conv.filters())).append(" kernel=").append(conv.kernel()).append('\n');
		}
		return text.toString();
	}

	/** Where a run saves its model: {@code target/assay/models/<pipeline>} of the project. */
	public Path modelFolder(Path project) {
		return project.resolve("target/assay/models").resolve(name());
	}

	/**
	 * Saves the trained model (DJL parameters, and {@code model.onnx} when the model can be exported: an MLP whose
	 * activation ONNX opset 13 has), its encoder and its lineage; a failure to save is logged, not fatal.
	 */
	private void save(Path project, MlpClassifier classifier, FeatureEncoder encoder, Lineage lineage) {
		Path folder = modelFolder(project);
		try {
			classifier.save(folder);
			if (convolution() == null && !"gelu".equals(model().activation())) {
				classifier.exportOnnx(folder.resolve("model.onnx"));
			}
			encoder.save(folder);
			org.assay.runtime.lineage.LineageFile.write(folder.resolve("lineage.json"), lineage);
		} catch (IOException | RuntimeException e) {
			LOG.warning(() -> "cannot save the model of " + name() + " in " + folder + ": " + e);
		}
	}

	/** A recorded hash that no longer matches the input makes every result of the run suspect: said, not fatal. */
	private static void warnIfChanged(String source, String path, String recorded, Lineage lineage) {
		if (recorded != null && !recorded.equalsIgnoreCase(lineage.inputs().get(path))) {
			LOG.warning(source + ": " + path + " changed since its hash was recorded; results are suspect");
		}
	}

	/** Early stopping on a validation partition, or null to train for every declared epoch. */
	protected EarlyStoppingSpec earlyStopping() {
		return null;
	}

	/** The partition the model is trained on (the first by default). */
	protected String trainingPartition() {
		return dataset().partitions().get(0);
	}

	/** The rows of each declared slice, in slice order. */
	static Map<String, int[]> slicesOf(DatasetSpec data, Table table) {
		Map<String, int[]> slices = new LinkedHashMap<>();
		data.slices().forEach((sliceName, predicate) -> {
			List<Integer> rows = new ArrayList<>();
			for (int r = 0; r < table.rows(); r++) {
				if (predicate.test(table, r)) {
					rows.add(r);
				}
			}
			slices.put(sliceName, rows.stream().mapToInt(Integer::intValue).toArray());
		});
		return slices;
	}

	/**
	 * Runs the pipeline for the project rooted at {@code project}. Never throws for bad data: see {@link PipelineRun},
	 * whose {@link PipelineRun#findings() findings} say what the data held outside its declaration, gates passed or not.
	 */
	public PipelineRun run(Path project) {
		CsvLoader.Result[] loaded = new CsvLoader.Result[1];
		PipelineRun run = run(project, loaded);
		return loaded[0] == null ? run : run.withFindings(loaded[0].findings().named(dataset().path()));
	}

	private PipelineRun run(Path project, CsvLoader.Result[] loadedData) {
		DatasetSpec data = dataset();
		PretrainedSpec pretrained = model() == null ? pretrained() : null;
		if (model() == null && pretrained == null) {
			throw new IllegalStateException(name() + " declares neither a model to train nor a pre-trained one");
		}
		Lineage.Builder lineage = Lineage.builder().seed("split", data.seed()).version("djl", "0.36.0")
				.inputText("parameters", parameters());
		if (pretrained == null) {
			lineage.seed("training", model().seed()).version("pytorch", "2.7.1");
		} else {
			lineage.version("onnxruntime", "1.21.1");
		}
		Path file;
		Path modelFile = null;
		try {
			file = ProjectPaths.resolve(project, data.path(), data.external(), "data file");
		} catch (ProjectPaths.OutsideProjectException e) {
			return PipelineRun.failed(name(), lineage.build(), data.source() + ": " + e.getMessage(), List.of(), null);
		}
		try {
			if (pretrained != null) {
				modelFile = ProjectPaths.resolve(project, pretrained.path(), pretrained.external(), "model file");
			}
		} catch (ProjectPaths.OutsideProjectException e) {
			return PipelineRun.failed(name(), lineage.build(), pretrained.source() + ": " + e.getMessage(), List.of(), null);
		}
		if (!Files.isRegularFile(file)) {
			return PipelineRun.failed(name(), lineage.build(), data.source() + ": data file " + data.path()
					+ " does not exist (looked at " + file + ")", List.of(), null);
		}
		if (modelFile != null && !Files.isRegularFile(modelFile)) {
			return PipelineRun.failed(name(), lineage.build(), pretrained.source() + ": model file " + pretrained.path()
					+ " does not exist (looked at " + modelFile + ")", List.of(), null);
		}
		try {
			lineage.input(data.path(), file);
			if (modelFile != null) {
				lineage.input(pretrained.path(), modelFile);
			}
		} catch (IOException e) {
			return PipelineRun.failed(name(), lineage.build(), data.source() + ": cannot read an input: " + e.getMessage(),
					List.of(), null);
		}
		Lineage captured = lineage.build();
		warnIfChanged(data.source(), data.path(), data.sha256(), captured);
		if (pretrained != null) {
			warnIfChanged(pretrained.source(), pretrained.path(), pretrained.sha256(), captured);
		}
		CsvLoader.Result loaded = CsvLoader.load(file, data.schema());
		loadedData[0] = loaded;
		if (!loaded.isUsable()) {
			return PipelineRun.failed(name(), captured, "the data cannot be used: " + loaded.fatalProblems().get(0),
					loaded.problems(), null);
		}
		Table table = loaded.table();
		for (GateSpec gate : gates()) {
			double value = DataQualityMetrics.measure(gate.metric(), table);
			if (!gate.criterion().holds(value)) {
				return PipelineRun.failed(name(), captured, gate.source() + ": data-quality gate failed: " + gate.metric() + " is "
						+ value + ", required " + gate.criterion() + " (" + loaded.problemCount() + " problem(s) in "
						+ data.path() + ")", loaded.problems(), table);
			}
			if (gate.criterion().warns(value)) {
				LOG.warning(gate.source() + ": data-quality gate passed within its warning margin: " + gate.metric() + " is " + value
						+ ", required " + gate.criterion());
			}
		}
		String refused = ConstraintGates.check(constraintGates(), table, data.path());
		if (refused != null) {
			return PipelineRun.failed(name(), captured, refused, loaded.problems(), table);
		}
		Column label = data.schema().label().orElseThrow(() -> new IllegalStateException(data.source() + ": no label"));
		if (label.isNumeric()) {
			return RegressionTraining.run(this, captured, loaded, project);
		}
		int[] strata = table.codes(data.stratifiedBy() != null ? data.stratifiedBy() : label.name());
		int[][] parts = Splits.stratified(strata, data.shares(), data.seed());
		Map<String, int[]> partitions = new LinkedHashMap<>();
		for (int p = 0; p < parts.length; p++) {
			partitions.put(data.partitions().get(p), parts[p]);
		}
		Map<String, int[]> slices = slicesOf(data, table);
		int[] training = partitions.get(trainingPartition()).clone();
		int[] labelCodes = table.codes(label.name());
		int[] trainingLabels = new int[training.length];
		int kept = 0;
		for (int r : training) {
			if (labelCodes[r] >= 0) {
				training[kept] = r;
				trainingLabels[kept++] = labelCodes[r];
			}
		}
		training = java.util.Arrays.copyOf(training, kept);
		trainingLabels = java.util.Arrays.copyOf(trainingLabels, kept);
		FeatureEncoder encoder = FeatureEncoder.fit(table, training, preparation());
		int classes = label.categories().size();
		if (pretrained != null) {
			try {
				OnnxClassifier onnx = OnnxClassifier.load(modelFile, encoder.width(), classes);
				return new PipelineRun(name(), captured, null, loaded.problems(), table, partitions, slices, encoder, onnx,
						classes, null, null, project);
			} catch (IOException e) {
				return PipelineRun.failed(name(), captured, pretrained.source() + ": " + e.getMessage(), loaded.problems(), table);
			}
		}
		MlpClassifier.Validation validation = null;
		EarlyStoppingSpec stopping = earlyStopping();
		if (stopping != null) {
			int[] held = partitions.get(stopping.partition());
			if (held == null) {
				return PipelineRun.failed(name(), captured, "early stopping validates on '" + stopping.partition()
						+ "', which is not a partition of " + data.source(), loaded.problems(), table);
			}
			int[] validationRows = java.util.Arrays.stream(held).filter(r -> labelCodes[r] >= 0).toArray();
			if (validationRows.length == 0) {
				return PipelineRun.failed(name(), captured, "early stopping: partition '" + stopping.partition()
						+ "' has no labelled rows to validate on", loaded.problems(), table);
			}
			validation = new MlpClassifier.Validation(encoder.encode(table, validationRows), java.util.Arrays.stream(validationRows)
					.map(r -> labelCodes[r]).toArray(), stopping.onError(), stopping.patience());
		}
		MlpClassifier classifier = MlpClassifier.train(encoder.encode(table, training), encoder.width(), trainingLabels,
				classes, model(), convolution(), validation);
		if (stopping != null) {
			LOG.info(name() + ": trained " + classifier.epochsTrained() + " of " + model().epochs() + " epochs; best validation "
					+ (stopping.onError() ? "error " : "loss ") + String.format(java.util.Locale.ROOT, "%.4f",
							classifier.bestValidationScore()));
		}
		save(project, classifier, encoder, captured);
		return new PipelineRun(name(), captured, null, loaded.problems(), table, partitions, slices, encoder, classifier,
				classes, model(), convolution(), project);
	}
}
