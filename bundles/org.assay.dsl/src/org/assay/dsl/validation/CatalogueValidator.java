package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import org.assay.dsl.conversion.AssayValueConverters;
import org.assay.model.Metric;
import org.assay.model.NumericType;
import org.assay.model.TensorType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/** Ranges of metrics and numeric features must be non-empty. */
public class CatalogueValidator extends AssayCheckBase {

	@Check
	public void checkMetricRange(Metric metric) {
		checkRange(metric, metric.getMinimum(), metric.getMaximum(), METRIC__MAXIMUM, "metric '" + metric.getName() + "'");
	}

	@Check
	public void checkNumericRange(NumericType type) {
		checkRange(type, type.getMinimum(), type.getMaximum(), NUMERIC_TYPE__MAXIMUM, "this feature");
	}

	@Check
	public void checkTensorRange(TensorType type) {
		checkRange(type, type.getMinimum(), type.getMaximum(), TENSOR_TYPE__MAXIMUM, "this tensor");
	}

	private void checkRange(EObject owner, Double min, Double max, EStructuralFeature maxFeature, String what) {
		if (min != null && max != null && min > max) {
			error("The range of " + what + " is empty: its minimum " + AssayValueConverters.toDecimal(min)
					+ " is greater than its maximum " + AssayValueConverters.toDecimal(max) + ". Swap the bounds.",
					owner, maxFeature, IssueCodes.INVALID_RANGE);
		}
	}
}
