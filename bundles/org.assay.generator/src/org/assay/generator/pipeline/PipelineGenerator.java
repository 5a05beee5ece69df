package org.assay.generator.pipeline;

import static org.assay.generator.java.JavaText.comment;
import static org.assay.generator.java.JavaText.doubleLiteral;
import static org.assay.generator.java.JavaText.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.assay.generator.GenerationContext;
import org.assay.dsl.SourceLocation;
import org.assay.dsl.semantics.Defaults;
import org.assay.dsl.semantics.PipelineSemantics;
import org.assay.dsl.semantics.ConstraintSemantics;
import org.assay.generator.data.ConstraintLiterals;
import org.assay.generator.data.DatasetSpecs;
import org.assay.generator.files.GeneratedFile;
import org.assay.generator.java.JavaBuilder;
import org.assay.generator.java.JavaNames;
import org.assay.model.Activation;
import org.assay.model.CnnModel;
import org.assay.model.Dataset;
import org.assay.model.EarlyStopping;
import org.assay.model.EncodeStep;
import org.assay.model.ImputeStep;
import org.assay.model.MlpModel;
import org.assay.model.ModelSpec;
import org.assay.model.Partition;
import org.assay.model.Pipeline;
import org.assay.model.Preparation;
import org.assay.model.PretrainedModel;
import org.assay.model.QualityGate;
import org.assay.model.ScaleStep;
import org.assay.model.StopCriterion;
import org.assay.model.TensorType;
import org.assay.model.TrainingConfig;

/**
 * Generates, for a pipeline that prepares a CSV dataset and trains an MLP, the class {@code <Name>PipelineBase}
 * (regenerated) declaring its dataset, gates and model for the runtime's {@code AssayPipeline}, and once the
 * hand-written subclass {@code <Name>Pipeline}. A pure function of the validated model.
 */
public final class PipelineGenerator {

	public static final String GENERATED_MAIN = "src/generated/java";
	public static final String MAIN = "src/main/java";

	/** Why a pipeline cannot be generated (the message validation reports), or null when it can. */
	public static String unsupported(Pipeline pipeline) {
		org.assay.dsl.semantics.Limit limit = PipelineSemantics.limit(pipeline);
		return limit == null ? null : limit.message();
	}

	public static String baseClass(Pipeline pipeline) {
		return JavaNames.typeName(pipeline.getName()) + "PipelineBase";
	}

	public static String handWrittenClass(Pipeline pipeline) {
		return JavaNames.typeName(pipeline.getName()) + "Pipeline";
	}

	public List<GeneratedFile> generate(Pipeline pipeline) {
		String pkg = GenerationContext.packageOf(pipeline);
		return List.of(
				new GeneratedFile(GenerationContext.path(GENERATED_MAIN, pkg, baseClass(pipeline)), base(pipeline, pkg), true),
				new GeneratedFile(GenerationContext.path(MAIN, pkg, handWrittenClass(pipeline)), handWritten(pipeline, pkg), false));
	}

	private String base(Pipeline pipeline, String pkg) {
		Preparation preparation = pipeline.getPreparations().get(0);
		Dataset dataset = preparation.getDataset();
		ModelSpec model = pipeline.getModel();
		TrainingConfig training = pipeline.getTraining();
		boolean constraintGates = preparation.getGates().stream().anyMatch(g -> g.getConstraint() != null);
		JavaBuilder java = new JavaBuilder();
		java.line(GenerationContext.header(pipeline, handWrittenClass(pipeline) + ".java").stripTrailing());
		java.line("package " + pkg + ";").line();
		java.imports("java.util.ArrayList", "java.util.LinkedHashMap", "java.util.List", "java.util.Map", "",
				"org.assay.runtime.data.Column", "org.assay.runtime.data.Schema",
				model instanceof CnnModel ? "org.assay.runtime.djl.ConvSpec" : null,
				PipelineSemantics.earlyStoppingPartition(pipeline) != null ? "org.assay.runtime.djl.EarlyStoppingSpec" : null,
				model instanceof PretrainedModel ? null : "org.assay.runtime.djl.MlpSpec",
				preparation.getSteps().isEmpty() ? null : "org.assay.runtime.djl.PreparationStep",
				constraintGates ? "org.assay.runtime.constraint.ConstraintSpec" : null,
				constraintGates ? "org.assay.runtime.constraint.NullPolicy" : null,
				constraintGates ? "org.assay.runtime.constraint.RowCondition" : null,
				constraintGates ? "org.assay.runtime.constraint.Statistic" : null,
				"org.assay.runtime.pipeline.AssayPipeline", "org.assay.runtime.spec.DatasetSpec",
				"org.assay.runtime.spec.GateSpec",
				model instanceof PretrainedModel ? "org.assay.runtime.spec.PretrainedSpec" : null,
				"org.assay.runtime.spec.RowPredicate",
				"org.assay.runtime.stats.Criterion", "org.assay.runtime.stats.Criterion.Operator");
		java.line();
		java.line("/**");
		java.line(" * Pipeline " + comment(pipeline.getName()) + (pipeline.getTitle() == null ? "" : " — " + comment(pipeline.getTitle()))
				+ ": prepares " + comment(dataset.getName()) + (model instanceof PretrainedModel ? " and loads the pre-trained "
						: " and trains ") + comment(model.getName()) + ".");
		java.line(" */");
		java.open("public abstract class " + baseClass(pipeline) + " extends AssayPipeline {");
		java.line();
		java.line("/** " + comment(SourceLocation.of(pipeline)) + ": pipeline " + comment(pipeline.getName()) + ". */");
		java.line("@Override");
		java.open("protected String name() {");
		java.line("return " + literal(GenerationContext.qualifiedName(pipeline)) + ";");
		java.close("}");
		java.line();
		datasetMethod(java, dataset);
		java.line();
		java.line("/** " + comment(SourceLocation.of(preparation)) + ": the data-quality gates of the preparation. */");
		java.line("@Override");
		java.open("protected List<GateSpec> gates() {");
		java.line("List<GateSpec> gates = new ArrayList<>();");
		for (QualityGate gate : preparation.getGates()) {
			if (gate.getConstraint() == null) {
				java.line("gates.add(new GateSpec(" + literal(gate.getMetric().getName()) + ", "
						+ GenerationContext.criterion(gate.getCondition()) + ", " + literal(SourceLocation.of(gate)) + "));");
			}
		}
		java.line("return gates;");
		java.close("}");
		java.line();
		List<QualityGate> columnGates = preparation.getGates().stream().filter(g -> g.getConstraint() != null).toList();
		if (!columnGates.isEmpty()) {
			java.line("/** " + comment(SourceLocation.of(preparation)) + ": the column-constraint gates, checked in one pass before "
					+ "training. */");
			java.line("@Override");
			java.open("protected List<ConstraintSpec> constraintGates() {");
			java.line("List<ConstraintSpec> gates = new ArrayList<>();");
			for (QualityGate gate : columnGates) {
				java.line("gates.add(" + ConstraintLiterals.spec(ConstraintSemantics.spec(gate.getConstraint(),
						GenerationContext.qualifiedName(pipeline) + ".gate" + (preparation.getGates().indexOf(gate) + 1),
						SourceLocation.of(gate), List.of())) + ");");
			}
			java.line("return gates;");
			java.close("}");
			java.line();
		}
		if (!preparation.getSteps().isEmpty()) {
			java.line("/** " + comment(SourceLocation.of(preparation)) + ": the preparation steps, in order. */");
			java.line("@Override");
			java.open("protected List<PreparationStep> preparation() {");
			java.line("List<PreparationStep> steps = new ArrayList<>();");
			for (org.assay.model.PreparationStep step : preparation.getSteps()) {
				java.line("steps.add(" + step(step) + ");");
			}
			java.line("return steps;");
			java.close("}");
			java.line();
		}
		if (model instanceof PretrainedModel pretrained) {
			java.line("/** " + comment(SourceLocation.of(model)) + ": pre-trained model " + comment(model.getName()) + ". */");
			java.line("@Override");
			java.open("protected PretrainedSpec pretrained() {");
			java.line("return new PretrainedSpec(" + literal(pretrained.getFormat().getLiteral()) + ", " + literal(pretrained.getPath())
					+ ", " + literal(pretrained.getSha256()) + ", " + literal(SourceLocation.of(pretrained))
					+ (pretrained.isExternal() ? ", true" : "") + ");");
			java.close("}");
		} else {
			trainedModel(java, model, training, dataset);
		}
		if (training != null && training.getTrainOn() instanceof Partition partition) {
			java.line();
			java.line("@Override");
			java.open("protected String trainingPartition() {");
			java.line("return " + literal(partition.getName()) + ";");
			java.close("}");
		}
		Partition validation = PipelineSemantics.earlyStoppingPartition(pipeline);
		if (validation != null) {
			EarlyStopping stopping = training.getEarlyStopping();
			java.line();
			java.line("/** " + comment(SourceLocation.of(stopping)) + ": early stopping. */");
			java.line("@Override");
			java.open("protected EarlyStoppingSpec earlyStopping() {");
			java.line("return new EarlyStoppingSpec(" + literal(validation.getName()) + ", "
					+ (stopping.getMonitor() == StopCriterion.VALIDATION_ERROR) + ", "
					+ Defaults.patience(stopping) + ");");
			java.close("}");
		}
		java.close("}");
		return java.toString();
	}

	private static void trainedModel(JavaBuilder java, ModelSpec model, TrainingConfig training, Dataset dataset) {
		List<Integer> hiddenLayers = model instanceof MlpModel mlp ? mlp.getHidden() : ((CnnModel) model).getHidden();
		Activation activation = model instanceof MlpModel mlp ? mlp.getActivation() : ((CnnModel) model).getActivation();
		double dropout = model instanceof MlpModel mlp ? mlp.getDropout() : ((CnnModel) model).getDropout();
		String hidden = hiddenLayers.stream().map(String::valueOf).collect(Collectors.joining(", "));
		java.line("/** " + comment(SourceLocation.of(model)) + ": model " + comment(model.getName()) + " and its training. */");
		java.line("@Override");
		java.open("protected MlpSpec model() {");
		java.line("return new MlpSpec(new int[] { " + hidden + " }, " + literal(Defaults.activation(activation).getLiteral()) + ", "
				+ doubleLiteral(dropout) + ", " + Defaults.epochs(training) + ", " + Defaults.batchSize(training) + ", "
				+ literal(Defaults.optimizer(training).getLiteral()) + ", " + doubleLiteral(Defaults.learningRate(training)) + ", "
				+ Defaults.seed(training) + "L);");
		java.close("}");
		if (model instanceof CnnModel cnn) {
			TensorType image = (TensorType) dataset.getFeatures().get(0).getType();
			java.line();
			java.line("/** " + comment(SourceLocation.of(cnn)) + ": the convolutional layers of " + comment(cnn.getName()) + ". */");
			java.line("@Override");
			java.open("protected ConvSpec convolution() {");
			java.line("return new ConvSpec(" + image.getShape().get(0) + ", " + image.getShape().get(1) + ", new int[] { "
					+ cnn.getFilters().stream().map(String::valueOf).collect(Collectors.joining(", ")) + " }, "
					+ cnn.getKernel() + ");");
			java.close("}");
		}
	}

	private static String step(org.assay.model.PreparationStep step) {
		String features = step.getFeatures().stream().map(f -> literal(f.getName())).collect(Collectors.joining(", "));
		String source = literal(SourceLocation.of(step));
		if (step instanceof ImputeStep impute) {
			return "PreparationStep.impute(" + literal(impute.getStrategy().getLiteral()) + ", "
					+ doubleLiteral(impute.getConstant() == null ? Double.NaN : impute.getConstant()) + ", " + source + ", " + features + ")";
		}
		if (step instanceof ScaleStep scale) {
			// the runtime's names are the DSL's keywords, not the metamodel's literals (min_max, one_hot)
			String method = scale.getMethod() == org.assay.model.ScalingMethod.MIN_MAX ? "normalize" : "standardize";
			return "PreparationStep.scale(" + literal(method) + ", " + source + ", " + features + ")";
		}
		if (step instanceof EncodeStep encode) {
			String method = encode.getMethod() == org.assay.model.EncodingMethod.ORDINAL ? "ordinal" : "onehot";
			return "PreparationStep.encode(" + literal(method) + ", " + source + ", " + features + ")";
		}
		return "PreparationStep.drop(" + source + ", " + features + ")";
	}

	private void datasetMethod(JavaBuilder java, Dataset dataset) {
		java.line("/** " + comment(SourceLocation.of(dataset)) + ": dataset " + comment(dataset.getName()) + ". */");
		java.line("@Override");
		java.open("public DatasetSpec dataset() {");
		DatasetSpecs.body(java, dataset);
		java.close("}");
	}

	private String handWritten(Pipeline pipeline, String pkg) {
		return GenerationContext.handWrittenSubclass(pkg, "Pipeline " + comment(pipeline.getName()), "public ",
				handWrittenClass(pipeline), baseClass(pipeline));
	}
}
