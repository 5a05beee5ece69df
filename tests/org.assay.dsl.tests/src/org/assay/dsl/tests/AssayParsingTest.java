package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.util.List;

import org.assay.model.*;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every concept of the credit-scoring sketch parses into the metamodel, links and validates without errors.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayParsingTest {

	@Inject
	private AssayTestSupport support;

	private AssayModel sketch() throws Exception {
		XtextResourceSet set = support.newResourceSet();
		var path = TestModels.path("credit-scoring/credit-scoring.assay");
		XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(path.toString()), true);
		List<Issue> errors = AssayTestSupport.errors(support.validate(resource));
		assertTrue(errors.isEmpty(), () -> "sketch has errors:\n" + AssayTestSupport.describe(errors));
		assertTrue(Files.exists(path));
		return support.model(resource);
	}

	@Test
	void sketchHasNoErrorsAndDeclaresEveryElementKind() throws Exception {
		AssayModel model = sketch();
		assertEquals("credit", model.getName());
		assertEquals(List.of("assay.iso25059.*", "assay.iso25012.*"),
				model.getImports().stream().map(Import::getImportedNamespace).toList());
		List<Class<?>> kinds = model.getElements().stream().<Class<?>>map(e -> e.eClass().getInstanceClass()).distinct().toList();
		assertTrue(kinds.containsAll(List.of(Project.class, Dataset.class, Pipeline.class, Hazard.class, Requirement.class,
				TestSuite.class, Monitor.class)), kinds::toString);
		Project project = first(model, Project.class);
		assertEquals(LifecyclePhase.TRAINING, project.getPhase());
		assertEquals("Score loan applications for credit officers", project.getPurpose());
		assertEquals("Online loan applications; a credit officer reviews every decision", project.getContext());
		assertEquals(List.of("Stable"), project.getAssumptions().stream().map(a -> a.getName()).toList());
		assertEquals("Applicants of 2019-2023 resemble today's", project.getAssumptions().get(0).getStatement());
		assertEquals(List.of("Law"), project.getJustifications().stream().map(j -> j.getName()).toList());
	}

	@Test
	void datasetSchemaSplitAndSlices() throws Exception {
		Dataset applicants = first(sketch(), Dataset.class);
		assertEquals("Loan applications, 2019-2023", applicants.getTitle());
		assertEquals(DataFormat.CSV, applicants.getSource().getFormat());
		assertEquals(64, applicants.getSource().getSha256().length());
		assertEquals("default", applicants.getLabel().getName());
		assertEquals(List.of("yes", "no"), ((CategoricalType) applicants.getLabel().getType()).getCategories().stream()
				.map(Category::getName).toList());
		Feature age = applicants.getFeatures().get(0);
		NumericType ageType = (NumericType) age.getType();
		assertEquals(NumericKind.INTEGER, ageType.getKind());
		assertEquals(18.0, ageType.getMinimum());
		assertEquals(100.0, ageType.getMaximum());
		NumericType income = (NumericType) applicants.getFeatures().get(1).getType();
		assertEquals(0.0, income.getMinimum());
		assertNull(income.getMaximum());
		Feature gender = applicants.getFeatures().get(3);
		assertTrue(gender.isProtected());
		assertFalse(age.isProtected());
		Split split = applicants.getSplit();
		assertEquals(List.of(70.0, 15.0, 15.0), split.getPartitions().stream().map(Partition::getShare).toList());
		assertEquals(42, split.getSeed());
		assertSame(applicants.getLabel(), split.getStratifiedBy());
		Slice young = applicants.getSlices().get(0);
		FeatureComparison youngPredicate = (FeatureComparison) young.getPredicate();
		assertSame(age, youngPredicate.getFeature());
		assertEquals(ComparisonOperator.LESS, youngPredicate.getOperator());
		assertEquals(25.0, ((NumberValue) youngPredicate.getValue()).getValue());
		Conjunction both = (Conjunction) applicants.getSlices().get(2).getPredicate();
		Membership home = (Membership) both.getRight();
		assertEquals("home", home.getCategories().get(0).getName());
		assertSame(applicants, applicants.getSlices().get(2).dataset(), "derived DataView.dataset()");
		assertSame(applicants, split.getPartitions().get(2).dataset());
	}

	@Test
	void pipelineWithGateStepsModelAndTraining() throws Exception {
		Pipeline scoring = first(sketch(), Pipeline.class);
		Preparation preparation = scoring.getPreparations().get(0);
		QualityGate gate = preparation.getGates().get(0);
		assertEquals("completeness", gate.getMetric().getName());
		assertEquals(ComparisonOperator.GREATER_OR_EQUAL, gate.getCondition().getOperator());
		assertEquals(0.99, gate.getCondition().getThreshold());
		assertEquals(0.999, gate.getCondition().getWarnLevel(), "warn below 0.999");
		assertFalse(gate.getCondition().isWarnAbove());
		assertEquals(ImputeStrategy.MEDIAN, ((ImputeStep) preparation.getSteps().get(0)).getStrategy());
		assertEquals(ScalingMethod.MIN_MAX, ((ScaleStep) preparation.getSteps().get(1)).getMethod(), "normalize");
		assertEquals(ScalingMethod.STANDARDIZE, ((ScaleStep) preparation.getSteps().get(2)).getMethod());
		assertEquals(List.of("purpose", "gender"), preparation.getSteps().get(3).getFeatures().stream().map(Feature::getName).toList());
		MlpModel net = (MlpModel) scoring.getModel();
		assertEquals(Task.CLASSIFICATION, net.getTask());
		assertEquals(List.of(64, 32), net.getHidden());
		assertEquals(Activation.RELU, net.getActivation());
		assertEquals(0.1, net.getDropout());
		TrainingConfig training = scoring.getTraining();
		assertEquals(30, training.getEpochs());
		assertEquals(64, training.getBatchSize());
		assertEquals(Optimizer.ADAM, training.getOptimizer());
		assertEquals(0.001, training.getLearningRate());
		assertEquals(7, training.getSeed());
		assertEquals("train", training.getTrainOn().getName());
		assertEquals(StopCriterion.VALIDATION_LOSS, training.getEarlyStopping().getMonitor());
		assertEquals(3, training.getEarlyStopping().getPatience());
		PretrainedModel onnx = (PretrainedModel) all(sketch(), Pipeline.class).get(1).getModel();
		assertEquals(ModelFormat.ONNX, onnx.getFormat());
		assertEquals("models/scoring.onnx", onnx.getPath());
	}

	@Test
	void hazardsAndRequirements() throws Exception {
		AssayModel model = sketch();
		Hazard hazard = first(model, Hazard.class);
		assertEquals(Severity.MAJOR, hazard.getSeverity());
		assertEquals(Likelihood.OCCASIONAL, hazard.getLikelihood());
		assertEquals(9, hazard.getRiskScore());
		List<Requirement> requirements = all(model, Requirement.class);
		Requirement r1 = requirements.get(0);
		assertEquals("FunctionalCorrectness", r1.getRefines().getName());
		assertEquals("FunctionalSuitability", r1.getRefines().getCharacteristic().getName());
		assertEquals("test", r1.getCriteria().get(0).getData().getName());
		Requirement r2 = requirements.get(1);
		assertSame(hazard, r2.getMitigates().get(0));
		assertEquals("gender", r2.getCriteria().get(0).getGroupedBy().getName());
		assertEquals(0.05, r2.getCriteria().get(0).getCondition().getThreshold());
		GaussianNoise noise = (GaussianNoise) requirements.get(2).getCriteria().get(0).getPerturbation();
		assertEquals(0.05, noise.getSigma());
		assertEquals("income", noise.getFeatures().get(0).getName());
		AcceptanceCriterion r4 = requirements.get(3).getCriteria().get(0);
		assertTrue(r4.isRelative());
		assertEquals(-0.01, r4.getCondition().getThreshold());
		assertEquals("models/scoring-1.3", r4.getBaseline().getPath());
		assertEquals("Completeness", requirements.get(4).getRefines().getName());
	}

	@Test
	void everyTestPatternAndTheMonitor() throws Exception {
		AssayModel model = sketch();
		TestSuite suite = first(model, TestSuite.class);
		assertEquals("Scoring", suite.getPipeline().getName());
		List<Class<?>> patterns = suite.getTests().stream().<Class<?>>map(t -> t.getPattern().eClass().getInstanceClass()).toList();
		assertEquals(List.of(ThresholdTest.class, SliceTest.class, FairnessTest.class, InvarianceTest.class,
				NoiseRobustnessTest.class, AdversarialTest.class, BaselineComparisonTest.class, DataQualityTest.class,
				DirectionalTest.class, DriftTest.class, DriftTest.class, DriftTest.class, NoiseRobustnessTest.class), patterns);
		SliceTest worst = (SliceTest) suite.getTests().get(1).getPattern();
		assertEquals(SliceMode.WORST, worst.getMode());
		InvarianceTest swap = (InvarianceTest) suite.getTests().get(3).getPattern();
		CategorySwap categorySwap = (CategorySwap) swap.getPerturbation();
		assertTrue(categorySwap.isSymmetric());
		assertEquals("female", categorySwap.getFrom().getName());
		assertEquals(0.01, swap.getMaxFlipRate(), 1e-12);
		TestCase incomeNoise = suite.getTests().get(4);
		assertEquals(20, incomeNoise.getRepeats());
		assertEquals(0.95, incomeNoise.getConfidence(), 1e-12);
		assertEquals(0.01, ((AdversarialTest) suite.getTests().get(5).getPattern()).getEpsilon());
		DirectionalTest directional = (DirectionalTest) suite.getTests().get(8).getPattern();
		assertEquals(Trend.DECREASE, directional.getExpected());
		assertEquals("yes", directional.getTarget().getName());
		assertEquals(1, suite.getTests().get(0).getRepeats(), "repeat defaults to 1");
		DriftTest chiSquare = (DriftTest) suite.getTests().get(10).getPattern();
		assertEquals("chi_square_p_value", chiSquare.getMetric().getName());
		assertEquals(List.of(), ((DriftTest) suite.getTests().get(11).getPattern()).getFeatures(), "no features: all of them");
		NoiseRobustnessTest jitter = (NoiseRobustnessTest) suite.getTests().get(12).getPattern();
		assertTrue(jitter.getPerturbation() instanceof UniformNoise, "uniform noise parses as UniformNoise");
		Monitor monitor = first(model, Monitor.class);
		DriftCheck drift = (DriftCheck) monitor.getChecks().get(0);
		assertEquals("psi", drift.getStatistic().getName());
		assertEquals(1000, drift.getWindow());
		assertEquals(0.25, drift.getFail());
		ConfidenceCheck confidence = (ConfidenceCheck) monitor.getChecks().get(1);
		assertEquals(0.6, confidence.getBelow());
		assertEquals(0.05, confidence.getFailRate(), 1e-12);
		Reaction reaction = monitor.getReactions().get(0);
		assertEquals(AlertLevel.FAIL, reaction.getLevel());
		assertEquals(ActionKind.FALLBACK, reaction.getActions().get(1).getKind());
		assertEquals("RuleBasedScorer", reaction.getActions().get(1).getArgument());
	}

	@Test
	void repeatedSizesAreKept() {
		XtextResource resource = support.parse("""
				dataset D { label y : category [a, b] feature img : tensor [8, 8] }
				pipeline P { prepare D { } model M : classifier cnn filters [16, 16] hidden [32, 32] }
				""");
		AssayModel model = support.model(resource);
		TensorType image = (TensorType) first(model, Dataset.class).getFeatures().get(0).getType();
		assertEquals(List.of(8, 8), image.getShape(), "a shape repeats sizes: lists of numbers are not sets");
		CnnModel cnn = (CnnModel) first(model, Pipeline.class).getModel();
		assertEquals(List.of(16, 16), cnn.getFilters());
		assertEquals(List.of(32, 32), cnn.getHidden());
	}

	private static <T> T first(AssayModel model, Class<T> type) {
		return all(model, type).get(0);
	}

	private static <T> List<T> all(AssayModel model, Class<T> type) {
		return model.getElements().stream().filter(type::isInstance).map(type::cast).toList();
	}
}
