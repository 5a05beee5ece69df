package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.DATA_QUALITY_TEST__DRIFT;
import static org.assay.model.AssayPackage.Literals.PARTITION_DRIFT__CONDITION;
import static org.assay.model.AssayPackage.Literals.PARTITION_DRIFT__STATISTIC;
import static org.assay.model.AssayPackage.Literals.PARTITION_DRIFT__WINDOW;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.assay.dsl.semantics.ConstraintSemantics;
import org.assay.dsl.semantics.StatisticFacts;
import org.assay.model.DataConstraint;
import org.assay.model.DataQualityTest;
import org.assay.model.Dataset;
import org.assay.model.Feature;
import org.assay.model.PartitionDrift;
import org.assay.runtime.constraint.Statistic;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/**
 * Drift checks on partitioned datasets ({@code check … : approx quantile 0.5 of amount > 0 drift psi of last 7 < 0.25},
 * issue #10): the dataset has partitions, the statistic is one the stored states give (psi or ks_statistic from a
 * quantile check of a numeric column, chi_square_p_value from value counts of a categorical one), the window holds a
 * partition and the bound is one-sided. See docs/incremental.md.
 */
public class PartitionDriftValidator extends AssayCheckBase {

	/** Checks whose state holds a numeric column's distribution: exact values or a KLL sketch. */
	private static final Set<Statistic> DISTRIBUTIONS = EnumSet.of(Statistic.QUANTILE, Statistic.APPROX_QUANTILE);

	/** Checks whose state holds a column's value counts. */
	private static final Set<Statistic> COUNTS = EnumSet.of(Statistic.UNIQUENESS, Statistic.DISTINCTNESS,
			Statistic.DISTINCT_COUNT, Statistic.ENTROPY, Statistic.TOP_FREQUENCY, Statistic.FREQUENCY);

	@Check
	public void checkDrift(PartitionDrift drift) {
		DataQualityTest check = (DataQualityTest) drift.eContainer();
		Dataset dataset = EcoreUtil2.getContainerOfType(drift, Dataset.class);
		if (dataset != null && (dataset.getSource() == null || !dataset.getSource().isPartitioned())) {
			error("A drift check compares the newest partition with the ones before it, and " + dataset.getName()
					+ " has no partitions. Declare its source as partitions (source csv partitions \"data/days/*.csv\"), or "
					+ "compare two views with a test: drift psi of COLUMN between REFERENCE and CURRENT < 0.25.", check,
					DATA_QUALITY_TEST__DRIFT, IssueCodes.DRIFT_WITHOUT_PARTITIONS);
		}
		if (drift.getWindow() < 1) {
			error("'of last " + drift.getWindow() + "' compares with no partition: write how many partitions before the newest "
					+ "form the reference, e.g. 'of last 7'.", drift, PARTITION_DRIFT__WINDOW, IssueCodes.DRIFT_SETTINGS_INVALID);
		}
		if (drift.getCondition() != null && drift.getCondition().isTwoSided()) {
			error("A drift check takes one bound: write '< 0.25' for psi or ks_statistic, '>= 0.05' for chi_square_p_value.",
					drift, PARTITION_DRIFT__CONDITION, IssueCodes.DRIFT_SETTINGS_INVALID);
		}
		if (drift.getStatistic() == null || drift.getStatistic().eIsProxy()) {
			return;
		}
		String statistic = drift.getStatistic().getName();
		if (!org.assay.runtime.incremental.PartitionDrift.STATISTICS.contains(statistic)) {
			error("'" + statistic + "' is no drift statistic a partition's stored states give: use psi or ks_statistic for a "
					+ "numeric column, chi_square_p_value for a categorical one.", drift, PARTITION_DRIFT__STATISTIC,
					IssueCodes.DRIFT_STATE_UNSUITABLE);
			return;
		}
		DataConstraint constraint = check.getConstraint();
		Statistic measured = constraint == null ? null : ConstraintSemantics.statistic(constraint);
		List<Feature> columns = constraint == null ? List.of() : ConstraintSemantics.columns(constraint);
		if (measured == null || columns.stream().anyMatch(c -> c == null || c.eIsProxy())) {
			return; // the constraint's own problems are reported where they are
		}
		StatisticFacts.ColumnKind kind = columns.size() == 1 ? StatisticFacts.kindOf(columns.get(0)) : null;
		boolean counts = statistic.equals("chi_square_p_value");
		boolean fits = counts ? COUNTS.contains(measured) && kind == StatisticFacts.ColumnKind.CATEGORY
				: DISTRIBUTIONS.contains(measured) && kind == StatisticFacts.ColumnKind.NUMBER;
		if (!fits) {
			String column = columns.size() == 1 ? columns.get(0).getName() : "COLUMN";
			error(counts
					? "chi_square_p_value compares value counts of one categorical column, which this check does not keep. "
							+ "Put the drift check on a distinctness, uniqueness or frequency check of a categorical column, e.g. "
							+ "'distinctness of country > 0 drift chi_square_p_value of last 7 >= 0.05'."
					: statistic + " compares the distribution of one numeric column, which this check does not keep. Put the "
							+ "drift check on a quantile check of the column, e.g. 'approx quantile 0.5 of " + column
							+ " > 0 drift " + statistic + " of last 7 < 0.25' (exact 'quantile' keeps every value).",
					drift, PARTITION_DRIFT__STATISTIC, IssueCodes.DRIFT_STATE_UNSUITABLE);
		}
	}
}
