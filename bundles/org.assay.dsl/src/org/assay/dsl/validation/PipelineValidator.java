package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.util.List;

import org.assay.model.CategoricalType;
import org.assay.model.EncodeStep;
import org.assay.model.Feature;
import org.assay.model.ImputeStep;
import org.assay.model.ImputeStrategy;
import org.assay.model.NumericType;
import org.assay.model.Pipeline;
import org.assay.model.PreparationStep;
import org.assay.model.PretrainedModel;
import org.assay.model.ScaleStep;
import org.assay.model.Split;
import org.assay.model.TrainingConfig;
import org.eclipse.xtext.validation.Check;

/** Preparation steps fit their features' types; training and splits are reproducible. */
public class PipelineValidator extends AssayCheckBase {

	@Check
	public void checkImputeConstant(ImputeStep step) {
		boolean constant = step.getStrategy() == ImputeStrategy.CONSTANT;
		if (constant && step.getConstant() == null) {
			error("'impute … constant' needs the value to fill in, for example 'impute income constant 0'.", step,
					IMPUTE_STEP__STRATEGY, IssueCodes.IMPUTE_CONSTANT_MISMATCH);
		} else if (!constant && step.getConstant() != null) {
			error("A fill value is only used with 'constant'; '" + step.getStrategy().getLiteral() + "' computes it from "
					+ "the data. Remove the value or write 'constant'.", step, IMPUTE_STEP__CONSTANT,
					IssueCodes.IMPUTE_CONSTANT_MISMATCH);
		}
	}

	@Check
	public void checkStepFeatureTypes(PreparationStep step) {
		List<Feature> features = step.getFeatures();
		for (int i = 0; i < features.size(); i++) {
			Feature feature = features.get(i);
			if (!isResolved(feature)) {
				continue;
			}
			boolean numeric = feature.getType() instanceof NumericType;
			boolean categorical = feature.getType() instanceof CategoricalType;
			String problem = null;
			if (step instanceof ScaleStep && !numeric) {
				problem = "only numeric features can be scaled";
			} else if (step instanceof EncodeStep && !categorical) {
				problem = "only categorical features can be encoded";
			} else if (step instanceof ImputeStep impute && categorical && impute.getStrategy() != ImputeStrategy.MODE) {
				problem = impute.getStrategy() == ImputeStrategy.CONSTANT
						? "a categorical feature cannot be imputed with a number; impute it with 'mode'"
						: "a categorical feature has no " + impute.getStrategy().getLiteral() + "; impute it with 'mode'";
			}
			if (problem != null) {
				error("Feature '" + feature.getName() + "' is " + typeName(feature) + ": " + problem + ".", step,
						PREPARATION_STEP__FEATURES, i, IssueCodes.STEP_FEATURE_TYPE);
			}
		}
	}

	@Check
	public void checkTrainingSeed(TrainingConfig training) {
		// a pre-trained model is not trained: 'train on' only names the rows its input encoding is fitted on
		if (training.getSeed() == null && !(((Pipeline) training.eContainer()).getModel() instanceof PretrainedModel)) {
			warning("Training has no seed, so it is not reproducible and its evidence cannot be regenerated. Add "
					+ "'seed 42' (any fixed number).", training, null, IssueCodes.MISSING_SEED);
		}
	}

	@Check
	public void checkTrainingValues(TrainingConfig training) {
		if (training.isSetEpochs() && training.getEpochs() < 1) {
			error("Training needs at least one epoch. Write 'epochs 10' (or any positive number).", training,
					TRAINING_CONFIG__EPOCHS, IssueCodes.TRAINING_VALUE_NOT_POSITIVE);
		}
		if (training.isSetBatchSize() && training.getBatchSize() < 1) {
			error("The batch size must be at least 1. Write 'batch 32' (or any positive number).", training,
					TRAINING_CONFIG__BATCH_SIZE, IssueCodes.TRAINING_VALUE_NOT_POSITIVE);
		}
		if (training.isSetLearningRate() && !(training.getLearningRate() > 0)) {
			error("The learning rate must be positive. Write 'lr 0.001' (or any positive number).", training,
					TRAINING_CONFIG__LEARNING_RATE, IssueCodes.TRAINING_VALUE_NOT_POSITIVE);
		}
		if (training.getEarlyStopping() != null && training.getEarlyStopping().isSetPatience()
				&& training.getEarlyStopping().getPatience() < 1) {
			error("Patience must be at least 1 epoch without improvement. Write 'patience 3' (or any positive number).",
					training.getEarlyStopping(), EARLY_STOPPING__PATIENCE, IssueCodes.TRAINING_VALUE_NOT_POSITIVE);
		}
	}

	@Check
	public void checkSplitSeed(Split split) {
		if (split.getSeed() == null) {
			warning("The split has no seed, so partitions differ between runs. Add 'seed 42' (any fixed number).", split,
					SPLIT__PARTITIONS, IssueCodes.MISSING_SEED);
		}
	}

	static String typeName(Feature feature) {
		if (feature.getType() instanceof NumericType) {
			return "numeric";
		}
		return feature.getType() instanceof CategoricalType ? "categorical"
				: org.assay.dsl.semantics.StatisticFacts.kindOf(feature).description();
	}
}
