package org.assay.dsl.semantics;

import java.util.List;

import org.assay.dsl.validation.IssueCodes;
import org.assay.model.CategoricalType;
import org.assay.model.CnnModel;
import org.assay.model.DataFormat;
import org.assay.model.Dataset;
import org.assay.model.Feature;
import org.assay.model.ModelFormat;
import org.assay.model.NumericType;
import org.assay.model.Partition;
import org.assay.model.Pipeline;
import org.assay.model.PretrainedModel;
import org.assay.model.Task;
import org.assay.model.TensorType;
import org.assay.model.TextType;
import org.assay.model.TrainingConfig;

/**
 * What a pipeline is, as both validation and generation read it: whether it is a classifier or a regressor, and
 * why it cannot be generated (the one list of generation limits of pipelines).
 */
public final class PipelineSemantics {

	private PipelineSemantics() {
	}

	/** The dataset the pipeline prepares (the first), or null. */
	public static Dataset dataset(Pipeline pipeline) {
		return pipeline.getPreparations().isEmpty() ? null : pipeline.getPreparations().get(0).getDataset();
	}

	/** Whether the pipeline predicts a number: its dataset's label is numeric (the runtime decides the same way). */
	public static boolean isRegression(Pipeline pipeline) {
		Dataset dataset = dataset(pipeline);
		return dataset != null && !dataset.eIsProxy() && dataset.getLabel() != null
				&& dataset.getLabel().getType() instanceof NumericType;
	}

	/** "regressor" or "classifier", for messages. */
	public static String taskName(Pipeline pipeline) {
		return isRegression(pipeline) ? "regressor" : "classifier";
	}

	/** Why the pipeline cannot be generated, or null when it can. */
	public static Limit limit(Pipeline pipeline) {
		if (pipeline.getPreparations().size() != 1) {
			return Limit.warning(IssueCodes.PIPELINE_DATASET_COUNT, "Pipeline " + pipeline.getName() + " prepares "
					+ pipeline.getPreparations().size() + " datasets; Assay generates pipelines that prepare exactly one. "
					+ "It is not generated: keep one 'prepare' block.");
		}
		Dataset dataset = dataset(pipeline);
		if (dataset == null || dataset.eIsProxy()) {
			return Limit.warning(IssueCodes.PIPELINE_DATASET_INCOMPLETE, "Pipeline " + pipeline.getName()
					+ " prepares no known dataset, so it is not generated.");
		}
		if (dataset.getSource() == null || dataset.getLabel() == null || dataset.getSplit() == null) {
			return Limit.warning(IssueCodes.PIPELINE_DATASET_INCOMPLETE, "Pipeline " + pipeline.getName() + " is not generated: "
					+ "its dataset " + dataset.getName() + " needs a source, a label and a split. Add the missing "
					+ (dataset.getSource() == null ? "'source csv \"…\"'" : dataset.getLabel() == null ? "'label …'" : "'split …'") + ".");
		}
		if (!(dataset.getLabel().getType() instanceof CategoricalType || dataset.getLabel().getType() instanceof NumericType)) {
			return Limit.warning(IssueCodes.PIPELINE_DATASET_INCOMPLETE, "Pipeline " + pipeline.getName() + " is not generated: "
					+ "the label of " + dataset.getName() + " is " + StatisticFacts.kindOf(dataset.getLabel()).description()
					+ "; a label is a category (classifier) or a number (regressor).");
		}
		if (dataset.getSource().isPartitioned()) {
			return Limit.warning(IssueCodes.PIPELINE_DATASET_FORMAT, "Pipeline " + pipeline.getName() + " is not generated: "
					+ "pipelines load one data file for training, and " + dataset.getName() + " is partitioned (one file per "
					+ "partition). Its constraints ('check …') are checked all the same; train on one file.");
		}
		if (dataset.getSource().getFormat() == DataFormat.PARQUET) {
			return Limit.warning(IssueCodes.PIPELINE_DATASET_FORMAT, "Pipeline " + pipeline.getName() + " is not generated: "
					+ "pipelines load CSV or TSV data for training, and " + dataset.getName() + " is a Parquet file. Its "
					+ "constraints ('check …') are checked all the same; train on a CSV export.");
		}
		List<String> texts = textColumnsReachingTheModel(pipeline, dataset);
		if (!texts.isEmpty()) {
			return Limit.warning(IssueCodes.PIPELINE_TEXT_COLUMN, "Pipeline " + pipeline.getName() + " is not generated: "
					+ "the text column" + (texts.size() == 1 ? " " : "s ") + String.join(", ", texts) + " of " + dataset.getName()
					+ " would reach the model, which takes numbers, categories and tensors only. Drop "
					+ (texts.size() == 1 ? "it" : "them") + " in the preparation ('drop " + String.join(", ", texts)
					+ "'); check text columns with constraints instead ('check …: where " + texts.get(0) + " matches \"…\"').");
		}
		if (pipeline.getModel() == null) {
			return Limit.warning(IssueCodes.PIPELINE_WITHOUT_MODEL, "Pipeline " + pipeline.getName() + " declares no model, "
					+ "so it is not generated. Add for example 'model Net : classifier mlp hidden [32]'.");
		}
		Task declared = pipeline.getModel().isSetTask() ? pipeline.getModel().getTask() : null;
		boolean regression = isRegression(pipeline);
		if (declared != null && (declared == Task.REGRESSION) != regression) {
			return Limit.error(IssueCodes.MODEL_TASK_MISMATCH, "Model " + pipeline.getModel().getName() + " is declared a "
					+ (declared == Task.REGRESSION ? "regressor" : "classifier") + ", but the label "
					+ dataset.getLabel().getName() + " of " + dataset.getName() + " is " + (regression ? "numeric" : "categorical")
					+ ". Declare '" + (regression ? "regressor" : "classifier") + "', or label the dataset with a "
					+ (regression ? "category" : "number") + ".");
		}
		if (pipeline.getModel() instanceof PretrainedModel pretrained && pretrained.getFormat() != ModelFormat.ONNX) {
			return Limit.warning(IssueCodes.PRETRAINED_FORMAT_NOT_LOADED, "Pipeline " + pipeline.getName() + " is not generated: "
					+ "its model is a pre-trained " + pretrained.getFormat().getLiteral() + " file, and only ONNX models are loaded. "
					+ "Export the model to ONNX.");
		}
		if (regression && !(pipeline.getModel() instanceof org.assay.model.MlpModel)) {
			return Limit.warning(IssueCodes.REGRESSOR_NOT_GENERATED, "Pipeline " + pipeline.getName() + " is not generated: a "
					+ "regressor is generated as an MLP that the pipeline trains ('model " + pipeline.getModel().getName()
					+ " : regressor mlp hidden [32]'), not as a " + (pipeline.getModel() instanceof CnnModel ? "CNN" : "pre-trained model") + ".");
		}
		if (regression && pipeline.getTraining() != null && pipeline.getTraining().getEarlyStopping() != null) {
			return Limit.warning(IssueCodes.REGRESSOR_NOT_GENERATED, "Pipeline " + pipeline.getName() + " is not generated: "
					+ "early stopping is generated for classifiers only. Remove 'early stop …' and choose the epochs.");
		}
		if (pipeline.getModel() instanceof CnnModel) {
			List<Feature> images = dataset.getFeatures().stream().filter(f -> f.getType() instanceof TensorType).toList();
			if (images.size() != 1 || dataset.getFeatures().size() != 1
					|| ((TensorType) images.get(0).getType()).getShape().size() != 2) {
				return Limit.warning(IssueCodes.CNN_INPUT_SHAPE, "Pipeline " + pipeline.getName() + " is not generated: a CNN "
						+ "is generated for a dataset whose only feature is one 2-D tensor (an image).");
			}
		}
		return null;
	}

	/** The text columns of the dataset that no 'drop' step of the pipeline removes from the model input. */
	public static List<String> textColumnsReachingTheModel(Pipeline pipeline, Dataset dataset) {
		java.util.Set<Feature> dropped = new java.util.HashSet<>();
		for (var preparation : pipeline.getPreparations()) {
			for (var step : preparation.getSteps()) {
				if (step instanceof org.assay.model.DropStep drop) {
					dropped.addAll(drop.getFeatures());
				}
			}
		}
		return dataset.getFeatures().stream().filter(f -> f.getType() instanceof TextType && !dropped.contains(f))
				.map(Feature::getName).toList();
	}

	/**
	 * What a generated pipeline's training does not honour (early stopping without a validation partition, 'validate
	 * on' alone), so that it is said instead of being dropped silently; null when everything declared is generated.
	 */
	public static String notGeneratedTraining(Pipeline pipeline) {
		TrainingConfig training = pipeline.getTraining();
		if (training == null || earlyStoppingPartition(pipeline) != null
				|| training.getValidateOn() == null && training.getEarlyStopping() == null) {
			return null;
		}
		int epochs = Defaults.epochs(training);
		return (training.getEarlyStopping() != null
				? "early stopping is generated with 'validate on' a partition of the dataset only"
				: "'validate on' without early stopping has no effect on the generated training")
				+ ": the model trains for all " + epochs + " epochs";
	}

	/** The partition early stopping validates on, or null when the pipeline does not stop early (as generated). */
	public static Partition earlyStoppingPartition(Pipeline pipeline) {
		TrainingConfig training = pipeline.getTraining();
		return training != null && training.getEarlyStopping() != null && training.getValidateOn() instanceof Partition partition
				? partition
				: null;
	}
}
