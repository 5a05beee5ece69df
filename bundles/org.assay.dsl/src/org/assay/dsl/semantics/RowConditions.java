package org.assay.dsl.semantics;

import java.util.List;

import org.assay.dsl.ElementNames;
import org.assay.model.Category;
import org.assay.model.ColumnComparison;
import org.assay.model.ColumnPredicate;
import org.assay.model.ComparisonOperator;
import org.assay.model.Conjunction;
import org.assay.model.Dataset;
import org.assay.model.Disjunction;
import org.assay.model.FeatureComparison;
import org.assay.model.LengthRange;
import org.assay.model.Membership;
import org.assay.model.Negation;
import org.assay.model.NumberValue;
import org.assay.model.PatternMatch;
import org.assay.model.Predicate;
import org.assay.model.RangeMembership;
import org.assay.model.ReferenceMembership;
import org.assay.model.TextValue;
import org.assay.model.CategoryValue;
import org.assay.model.ValueMembership;
import org.assay.runtime.constraint.RowCondition;

/**
 * A constraint's row predicate as the runtime's {@link RowCondition} tree: the data every engine evaluates. A
 * comparison with a quoted text (or a category) is set membership ({@code =} one value, {@code !=} its negation);
 * {@code not in} is the negation of the membership; an open range end is infinite, an open length end 0 or
 * {@link Integer#MAX_VALUE}.
 */
public final class RowConditions {

	private RowConditions() {
	}

	public static RowCondition of(Predicate predicate) {
		if (predicate instanceof Conjunction and) {
			return new RowCondition.And(of(and.getLeft()), of(and.getRight()));
		}
		if (predicate instanceof Disjunction or) {
			return new RowCondition.Or(of(or.getLeft()), of(or.getRight()));
		}
		if (predicate instanceof Negation not) {
			return new RowCondition.Not(of(not.getOperand()));
		}
		if (predicate instanceof ColumnComparison pair) {
			return new RowCondition.CompareColumns(pair.getLeft().getName(), ConstraintSemantics.operator(pair.getOperator()),
					pair.getRight().getName());
		}
		if (predicate instanceof FeatureComparison comparison) {
			return comparison(comparison);
		}
		if (predicate instanceof Membership membership) {
			RowCondition in = new RowCondition.InSet(membership.getFeature().getName(),
					membership.getCategories().stream().map(Category::getName).toList());
			return membership.isNegated() ? new RowCondition.Not(in) : in;
		}
		if (predicate instanceof ColumnPredicate column) {
			RowCondition condition = column(column);
			return column.isNegated() ? new RowCondition.Not(condition) : condition;
		}
		throw new IllegalArgumentException("no row condition for " + predicate.eClass().getName());
	}

	private static RowCondition comparison(FeatureComparison comparison) {
		String column = comparison.getFeature().getName();
		if (comparison.getValue() instanceof NumberValue number) {
			return new RowCondition.Compare(column, ConstraintSemantics.operator(comparison.getOperator()), number.getValue());
		}
		String text = comparison.getValue() instanceof TextValue literal ? literal.getText()
				: ((CategoryValue) comparison.getValue()).getCategory().getName();
		RowCondition equal = new RowCondition.InSet(column, List.of(text));
		if (comparison.getOperator() == ComparisonOperator.EQUAL) {
			return equal;
		}
		if (comparison.getOperator() == ComparisonOperator.NOT_EQUAL) {
			return new RowCondition.Not(equal);
		}
		throw new IllegalArgumentException("'" + comparison.getOperator().getLiteral() + "' does not compare texts");
	}

	private static RowCondition column(ColumnPredicate predicate) {
		String column = predicate.getFeature().getName();
		if (predicate instanceof RangeMembership range) {
			return new RowCondition.InRange(column, range.getMinimum() == null ? Double.NEGATIVE_INFINITY : range.getMinimum(),
					range.getMaximum() == null ? Double.POSITIVE_INFINITY : range.getMaximum());
		}
		if (predicate instanceof ValueMembership values) {
			return new RowCondition.InSet(column, values.getValues());
		}
		if (predicate instanceof ReferenceMembership reference) {
			Dataset other = (Dataset) reference.getColumn().eContainer();
			return new RowCondition.InColumn(column, ElementNames.qualified(other), reference.getColumn().getName());
		}
		if (predicate instanceof PatternMatch pattern) {
			return new RowCondition.Matches(column, pattern.getRegex());
		}
		if (predicate instanceof LengthRange length) {
			return new RowCondition.LengthInRange(column, length.getMinimum() == null ? 0 : length.getMinimum(),
					length.getMaximum() == null ? Integer.MAX_VALUE : length.getMaximum());
		}
		throw new IllegalArgumentException("no row condition for " + predicate.eClass().getName());
	}
}
