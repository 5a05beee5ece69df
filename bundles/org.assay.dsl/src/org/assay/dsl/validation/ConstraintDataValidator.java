package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.util.List;

import org.assay.dsl.semantics.ConstraintSemantics;
import org.assay.model.AcceptanceCriterion;
import org.assay.model.ColumnComparison;
import org.assay.model.ColumnPredicate;
import org.assay.model.DataConstraint;
import org.assay.model.DataQualityTest;
import org.assay.model.Dataset;
import org.assay.model.Feature;
import org.assay.model.FeatureComparison;
import org.assay.model.StatisticConstraint;
import org.assay.model.TestSuite;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/**
 * A constraint checks one dataset ({@link ConstraintSemantics#dataset}): it is known, and every column the constraint
 * reads belongs to it (a referential 'in Dataset.column' names the other dataset's column on purpose).
 */
public class ConstraintDataValidator extends AssayCheckBase {

	@Check
	public void checkDataset(DataConstraint constraint) {
		Dataset dataset = ConstraintSemantics.dataset(constraint);
		EObject owner = constraint.eContainer();
		if (dataset == null) {
			reportWithoutData(constraint, owner);
			return;
		}
		if (constraint instanceof StatisticConstraint statistic) {
			checkColumns(statistic, STATISTIC_CONSTRAINT__COLUMNS, statistic.getColumns(), dataset);
		}
		for (EObject element : EcoreUtil2.eAllContents(constraint)) {
			if (element instanceof ColumnPredicate predicate) {
				checkColumns(predicate, COLUMN_PREDICATE__FEATURE, List.of(predicate.getFeature()), dataset);
			} else if (element instanceof FeatureComparison comparison) {
				checkColumns(comparison, FEATURE_COMPARISON__FEATURE, List.of(comparison.getFeature()), dataset);
			} else if (element instanceof ColumnComparison pair) {
				checkColumns(pair, COLUMN_COMPARISON__LEFT, List.of(pair.getLeft()), dataset);
				checkColumns(pair, COLUMN_COMPARISON__RIGHT, List.of(pair.getRight()), dataset);
			}
		}
	}

	private void reportWithoutData(DataConstraint constraint, EObject owner) {
		if (owner instanceof AcceptanceCriterion criterion && criterion.getData() == null) {
			error("This criterion checks columns, but names no data: add 'on DATASET' (or a partition such as "
					+ "'on Orders.test') after the constraint.", criterion, ACCEPTANCE_CRITERION__CONSTRAINT,
					IssueCodes.CONSTRAINT_WITHOUT_DATA);
		} else if (owner instanceof DataQualityTest test && test.getData() == null
				&& EcoreUtil2.getContainerOfType(test, TestSuite.class) != null) {
			error("This data test checks columns, but names no data and its suite tests no pipeline that prepares a "
					+ "dataset: add 'on DATASET' after the constraint, or 'tests PIPELINE' to the suite.", test,
					DATA_QUALITY_TEST__CONSTRAINT, IssueCodes.CONSTRAINT_WITHOUT_DATA);
		}
	}

	private void checkColumns(EObject owner, EReference reference, List<Feature> columns, Dataset dataset) {
		for (int i = 0; i < columns.size(); i++) {
			Feature column = columns.get(i);
			Dataset other = ConstraintSemantics.datasetOf(column);
			if (isResolved(column) && other != null && other != dataset) {
				error("Column '" + column.getName() + "' belongs to dataset " + other.getName() + ", but this constraint checks "
						+ dataset.getName() + (dataset.getFeatures().stream().anyMatch(f -> f.getName().equals(column.getName()))
								? "" : ", which has no such column")
						+ ". Name a column of " + dataset.getName() + ", or check " + other.getName()
						+ " with its own constraint ('on " + other.getName() + "'); to require values of another dataset, write "
						+ "'where COLUMN in " + other.getName() + "." + column.getName() + "'.", owner, reference,
						reference.isMany() ? i : -1, IssueCodes.COLUMN_OF_OTHER_DATASET);
			}
		}
	}
}
