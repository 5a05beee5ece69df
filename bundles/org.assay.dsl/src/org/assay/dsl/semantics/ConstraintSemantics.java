package org.assay.dsl.semantics;

import java.util.ArrayList;
import java.util.List;

import org.assay.dsl.ElementNames;
import org.assay.model.AcceptanceCriterion;
import org.assay.model.ComparisonOperator;
import org.assay.model.Condition;
import org.assay.model.DataConstraint;
import org.assay.model.DataQualityTest;
import org.assay.model.DataView;
import org.assay.model.Dataset;
import org.assay.model.Feature;
import org.assay.model.Pipeline;
import org.assay.model.Preparation;
import org.assay.model.QualityGate;
import org.assay.model.RowCountConstraint;
import org.assay.model.StatisticConstraint;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.assay.model.WhereConstraint;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.stats.Criterion;
import org.eclipse.emf.ecore.EObject;

/**
 * What a column constraint means, read the same way by validation and by the generator: its statistic, columns,
 * argument, value, rank error, row condition ({@link RowConditions}), null policy and criteria, as the runtime's
 * {@link ConstraintSpec} holds them; the dataset it checks and the view it reads. Call it on a model without
 * validation errors (unresolved references give nulls, not exceptions).
 */
public final class ConstraintSemantics {

	/** The rank error of an approximate quantile that states none ('approx quantile 0.5 of x'). */
	public static final double DEFAULT_RANK_ERROR = 0.01;

	private ConstraintSemantics() {
	}

	/** The constraint of a test case (dataset check or suite data test), or null. */
	public static DataConstraint of(TestCase test) {
		return test.getPattern() instanceof DataQualityTest data ? data.getConstraint() : null;
	}

	/** The constraint of a gate, criterion, data test or test case; null for the other elements. */
	public static DataConstraint of(EObject element) {
		if (element instanceof TestCase test) {
			return of(test);
		}
		if (element instanceof DataQualityTest data) {
			return data.getConstraint();
		}
		if (element instanceof QualityGate gate) {
			return gate.getConstraint();
		}
		return element instanceof AcceptanceCriterion criterion ? criterion.getConstraint() : null;
	}

	/** The name of the catalogue metric the constraint measures: the statistic's, row_count or satisfaction. */
	public static String metricName(DataConstraint constraint) {
		if (constraint instanceof RowCountConstraint) {
			return StatisticFacts.ROW_COUNT;
		}
		if (constraint instanceof WhereConstraint) {
			return StatisticFacts.SATISFACTION;
		}
		StatisticConstraint statistic = (StatisticConstraint) constraint;
		return statistic.getMetric() == null || statistic.getMetric().eIsProxy() ? null : statistic.getMetric().getName();
	}

	/** What the constraint measures; null for a statistic whose metric is unresolved or no column statistic. */
	public static Statistic statistic(DataConstraint constraint) {
		if (constraint instanceof RowCountConstraint) {
			return Statistic.ROW_COUNT;
		}
		if (constraint instanceof WhereConstraint) {
			return Statistic.SATISFACTION;
		}
		String metric = metricName(constraint);
		return metric == null ? null : StatisticFacts.statistic(metric, ((StatisticConstraint) constraint).isApproximate());
	}

	/** The columns a statistic measures, in order (none for rows and row conditions). */
	public static List<Feature> columns(DataConstraint constraint) {
		return constraint instanceof StatisticConstraint statistic ? statistic.getColumns() : List.of();
	}

	public static List<String> columnNames(DataConstraint constraint) {
		return columns(constraint).stream().map(Feature::getName).toList();
	}

	/** The quantile or the k of top_frequency; NaN when not used. */
	public static double argument(DataConstraint constraint) {
		return constraint instanceof StatisticConstraint statistic && statistic.getArgument() != null
				? statistic.getArgument()
				: Double.NaN;
	}

	/** The value of 'frequency "V"'; null when not used. */
	public static String value(DataConstraint constraint) {
		return constraint instanceof StatisticConstraint statistic ? statistic.getValue() : null;
	}

	/** The rank error of an approximate quantile (the stated one, else {@link #DEFAULT_RANK_ERROR}); NaN otherwise. */
	public static double rankError(DataConstraint constraint) {
		if (statistic(constraint) != Statistic.APPROX_QUANTILE) {
			return Double.NaN;
		}
		Double stated = ((StatisticConstraint) constraint).getRankError();
		return stated == null ? DEFAULT_RANK_ERROR : stated;
	}

	/** The constraint's null policy ('missing' when not written). */
	public static NullPolicy nulls(DataConstraint constraint) {
		return switch (constraint.getNulls()) {
		case INVALID -> NullPolicy.INVALID;
		case IGNORED -> NullPolicy.IGNORED;
		default -> NullPolicy.MISSING;
		};
	}

	/**
	 * The criteria the measured value must meet, all of them: one for a one-sided bound (with its warning level), two
	 * for a two-sided one; a row condition without a bound holds for every row ({@code >= 1}, i.e. 100 %).
	 */
	public static List<Criterion> criteria(DataConstraint constraint) {
		Condition bound = constraint.getBound();
		if (bound == null) {
			return constraint instanceof WhereConstraint ? List.of(new Criterion(Criterion.Operator.GREATER_OR_EQUAL, 1.0))
					: List.of();
		}
		List<Criterion> criteria = new ArrayList<>();
		criteria.add(new Criterion(operator(bound.getOperator()), bound.getThreshold(),
				bound.isSetWarnLevel() ? bound.getWarnLevel() : Double.NaN));
		if (bound.isTwoSided()) {
			criteria.add(new Criterion(operator(bound.getSecondOperator()), bound.getSecondThreshold()));
		}
		return criteria;
	}

	/** The runtime's operator of a model operator (same names). */
	public static Criterion.Operator operator(ComparisonOperator operator) {
		return Criterion.Operator.valueOf(operator.getName());
	}

	/**
	 * The engine-neutral spec of a constraint, under the name, source and requirements the caller gives (the
	 * generator's qualified name of the check, test, gate or criterion, its {@code file:line}, what it verifies).
	 */
	public static ConstraintSpec spec(DataConstraint constraint, String name, String source, List<String> requirements) {
		return new ConstraintSpec(name, source, requirements, statistic(constraint), columnNames(constraint),
				argument(constraint), value(constraint), rankError(constraint),
				constraint instanceof WhereConstraint where ? RowConditions.of(where.getPredicate()) : null, nulls(constraint),
				criteria(constraint));
	}

	/** The qualified names of the requirements a constraint verifies: a test's 'verifies', a criterion's requirement. */
	public static List<String> requirements(DataConstraint constraint) {
		for (EObject owner = constraint.eContainer(); owner != null; owner = owner.eContainer()) {
			if (owner instanceof TestCase test) {
				return test.getVerifies().stream().filter(r -> !r.eIsProxy()).map(ElementNames::qualified).toList();
			}
			if (owner instanceof AcceptanceCriterion criterion) {
				return List.of(ElementNames.qualified((org.assay.model.Requirement) criterion.eContainer()));
			}
		}
		return List.of();
	}

	/**
	 * The view the constraint reads: the 'on' view of a data test or criterion, else its dataset. Null when it names
	 * none and nothing gives one (a criterion without 'on').
	 */
	public static DataView view(DataConstraint constraint) {
		EObject owner = constraint.eContainer();
		DataView named = owner instanceof DataQualityTest data ? data.getData()
				: owner instanceof AcceptanceCriterion criterion ? criterion.getData() : null;
		if (named != null && !named.eIsProxy()) {
			return named;
		}
		return dataset(constraint);
	}

	/**
	 * The dataset the constraint checks: the enclosing dataset of a check, the prepared dataset of a gate, the dataset
	 * of the 'on' view, else the dataset the suite's pipeline prepares. Null when none is known.
	 */
	public static Dataset dataset(DataConstraint constraint) {
		EObject owner = constraint.eContainer();
		DataView named = owner instanceof DataQualityTest data ? data.getData()
				: owner instanceof AcceptanceCriterion criterion ? criterion.getData() : null;
		if (named != null) {
			return named.eIsProxy() ? null : resolved(named.dataset());
		}
		for (EObject current = owner; current != null; current = current.eContainer()) {
			if (current instanceof Dataset dataset) {
				return dataset;
			}
			if (current instanceof Preparation preparation) {
				return resolved(preparation.getDataset());
			}
			if (current instanceof TestSuite suite) {
				Pipeline pipeline = suite.getPipeline();
				return pipeline == null || pipeline.eIsProxy() ? null : resolved(PipelineSemantics.dataset(pipeline));
			}
			if (current instanceof AcceptanceCriterion) {
				return null;
			}
		}
		return null;
	}

	/** The dataset a column belongs to (a label or feature), or null. */
	public static Dataset datasetOf(Feature column) {
		return column != null && !column.eIsProxy() && column.eContainer() instanceof Dataset dataset ? dataset : null;
	}

	private static Dataset resolved(Dataset dataset) {
		return dataset == null || dataset.eIsProxy() ? null : dataset;
	}
}
