package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import org.assay.dsl.semantics.Limit;
import org.assay.dsl.semantics.PipelineSemantics;
import org.assay.dsl.semantics.TestSemantics;
import org.assay.model.Metric;
import org.assay.model.MetricPattern;
import org.assay.model.Monitor;
import org.assay.model.Pipeline;
import org.assay.model.Preparation;
import org.assay.model.QualityGate;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * Reports every limit of generation where the model is written, so that the generator never skips an element or
 * disables a test for a reason validation did not give: the rules are {@link PipelineSemantics} and
 * {@link TestSemantics}, which the generator reads too.
 */
public class GenerationLimitValidator extends AssayCheckBase {

	@Check
	public void checkPipeline(Pipeline pipeline) {
		Limit limit = PipelineSemantics.limit(pipeline);
		if (limit != null) {
			boolean onModel = limit.code().equals(IssueCodes.MODEL_TASK_MISMATCH);
			report(limit, onModel ? pipeline.getModel() : pipeline, onModel ? MODEL_SPEC__TASK : NAMED_ELEMENT__NAME);
			return;
		}
		String training = PipelineSemantics.notGeneratedTraining(pipeline);
		if (training != null) {
			warning("Pipeline " + pipeline.getName() + ": " + training + ". Add 'validate on <dataset>.<partition>' to stop "
					+ "early, or remove what has no effect.", pipeline.getTraining(), null, IssueCodes.TRAINING_NOT_GENERATED);
		}
	}

	@Check
	public void checkSuite(TestSuite suite) {
		if (isResolved(suite.getPipeline()) && PipelineSemantics.limit(suite.getPipeline()) != null) {
			warning("Suite " + suite.getName() + " is not generated, because its pipeline " + suite.getPipeline().getName()
					+ " is not (see the diagnostic on the pipeline).", suite, TEST_SUITE__PIPELINE,
					IssueCodes.SUITE_PIPELINE_NOT_GENERATED);
		}
	}

	@Check
	public void checkMonitor(Monitor monitor) {
		if (isResolved(monitor.getPipeline()) && PipelineSemantics.isRegression(monitor.getPipeline())
				&& PipelineSemantics.limit(monitor.getPipeline()) == null) {
			warning("Monitor " + monitor.getName() + " is not generated: monitors are generated for classifiers, and "
					+ monitor.getPipeline().getName() + " is a regressor.", monitor, MONITOR__PIPELINE,
					IssueCodes.REGRESSOR_NOT_GENERATED);
		}
	}

	@Check
	public void checkTest(TestCase test) {
		Limit limit = TestSemantics.limit(test);
		if (limit == null) {
			return;
		}
		if (limit.code().equals(IssueCodes.METRIC_NOT_COMPUTED) && test.getPattern() instanceof MetricPattern pattern
				&& pattern.getMetric() != null) {
			report(limit, pattern, METRIC_PATTERN__METRIC);
		} else {
			report(limit, test, NAMED_ELEMENT__NAME);
		}
	}

	/** A gate whose data metric the runtime cannot compute for the pipeline (class_balance of a numeric label). */
	@Check
	public void checkGate(QualityGate gate) {
		Metric metric = gate.getMetric();
		if (!isResolved(metric) || !(gate.eContainer() instanceof Preparation preparation)
				|| !(preparation.eContainer() instanceof Pipeline pipeline) || !metric.isApplicableTo(org.assay.model.Subject.DATA)
				|| org.assay.dsl.semantics.StatisticFacts.isColumnMetric(metric.getName())
						&& !org.assay.dsl.semantics.StatisticFacts.isAlsoDatasetMetric(metric.getName())) {
			return;
		}
		java.util.Set<String> computed = TestSemantics.dataMetrics(PipelineSemantics.isRegression(pipeline));
		if (!computed.contains(metric.getName())) {
			error("Assay does not compute '" + metric.getName() + "' in a gate of a " + PipelineSemantics.taskName(pipeline)
					+ "; it computes " + String.join(", ", computed.stream().sorted().toList()) + ". Choose one of them.", gate,
					QUALITY_GATE__METRIC, IssueCodes.METRIC_NOT_COMPUTED);
		}
	}

	private void report(Limit limit, EObject owner, EStructuralFeature feature) {
		if (limit.error()) {
			error(limit.message(), owner, feature, limit.code());
		} else {
			warning(limit.message(), owner, feature, limit.code());
		}
	}
}
