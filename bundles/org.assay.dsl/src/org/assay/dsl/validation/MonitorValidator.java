package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import org.assay.dsl.conversion.AssayValueConverters;
import org.assay.model.ConfidenceCheck;
import org.assay.model.Direction;
import org.assay.model.DriftCheck;
import org.eclipse.xtext.validation.Check;

/** Warn levels of monitors come before their fail levels; rates and probabilities lie in [0, 1]. */
public class MonitorValidator extends AssayCheckBase {

	@Check
	public void checkDriftLevels(DriftCheck check) {
		if (!isResolved(check.getStatistic())) {
			return;
		}
		boolean lowerIsBetter = check.getStatistic().getDirection() == Direction.LOWER_IS_BETTER;
		boolean inverted = lowerIsBetter ? check.getWarn() >= check.getFail() : check.getWarn() <= check.getFail();
		if (inverted) {
			error("The warn level " + AssayValueConverters.toDecimal(check.getWarn()) + " must come before the fail level "
					+ AssayValueConverters.toDecimal(check.getFail()) + ": '" + check.getStatistic().getName() + "' is "
					+ (lowerIsBetter ? "lower" : "higher") + "-is-better, so warn must be "
					+ (lowerIsBetter ? "below" : "above") + " fail.", check, DRIFT_CHECK__WARN,
					IssueCodes.MONITOR_LEVELS_INVERTED);
		}
	}

	@Check
	public void checkConfidence(ConfidenceCheck check) {
		if (check.getBelow() <= 0 || check.getBelow() >= 1) {
			error("'below' is a probability strictly between 0 and 1 (it is " + AssayValueConverters.toDecimal(check.getBelow())
					+ ").", check, CONFIDENCE_CHECK__BELOW, IssueCodes.THRESHOLD_OUT_OF_RANGE, "0", "1");
		}
		if (check.getFailRate() < 0 || check.getFailRate() > 1) {
			error("A rate lies between 0 and 100 %.", check, CONFIDENCE_CHECK__FAIL_RATE, IssueCodes.THRESHOLD_OUT_OF_RANGE,
					"0", "1");
		}
		if (check.getWarnRate() != null && check.getWarnRate() >= check.getFailRate()) {
			error("The warn rate must be below the fail rate, or the warning never comes first.", check,
					CONFIDENCE_CHECK__WARN_RATE, IssueCodes.MONITOR_LEVELS_INVERTED);
		}
	}
}
