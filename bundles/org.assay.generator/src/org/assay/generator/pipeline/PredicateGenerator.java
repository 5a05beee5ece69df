package org.assay.generator.pipeline;

import static org.assay.generator.java.JavaText.doubleLiteral;
import static org.assay.generator.java.JavaText.literal;

import java.util.stream.Collectors;

import org.assay.model.CategoricalType;
import org.assay.model.CategoryValue;
import org.assay.model.ComparisonOperator;
import org.assay.model.Conjunction;
import org.assay.model.Disjunction;
import org.assay.model.FeatureComparison;
import org.assay.model.Membership;
import org.assay.model.Negation;
import org.assay.model.NumberValue;
import org.assay.model.Predicate;

/** Java boolean expressions over {@code (table, row)} for slice predicates. */
public final class PredicateGenerator {

	public String java(Predicate predicate) {
		if (predicate instanceof Disjunction or) {
			return "(" + java(or.getLeft()) + " || " + java(or.getRight()) + ")";
		}
		if (predicate instanceof Conjunction and) {
			return "(" + java(and.getLeft()) + " && " + java(and.getRight()) + ")";
		}
		if (predicate instanceof Negation not) {
			return "!" + java(not.getOperand());
		}
		if (predicate instanceof Membership in) {
			String code = "table.codes(" + literal(in.getFeature().getName()) + ")[row]";
			CategoricalType type = (CategoricalType) in.getFeature().getType();
			String any = in.getCategories().stream().map(c -> code + " == " + type.getCategories().indexOf(c))
					.collect(Collectors.joining(" || "));
			return in.isNegated() ? "!(" + any + ")" : "(" + any + ")";
		}
		FeatureComparison comparison = (FeatureComparison) predicate;
		String name = literal(comparison.getFeature().getName());
		if (comparison.getValue() instanceof NumberValue number) {
			// a missing value (NaN) satisfies no comparison except !=
			return "(table.numeric(" + name + ")[row] " + operator(comparison.getOperator()) + " " + doubleLiteral(number.getValue())
					+ ")";
		}
		CategoryValue category = (CategoryValue) comparison.getValue();
		CategoricalType type = (CategoricalType) comparison.getFeature().getType();
		int index = type.getCategories().indexOf(category.getCategory());
		return "(table.codes(" + name + ")[row] " + (comparison.getOperator() == ComparisonOperator.NOT_EQUAL ? "!=" : "==")
				+ " " + index + ")";
	}

	private static String operator(ComparisonOperator operator) {
		return switch (operator) {
		case LESS -> "<";
		case LESS_OR_EQUAL -> "<=";
		case GREATER -> ">";
		case GREATER_OR_EQUAL -> ">=";
		case EQUAL -> "==";
		case NOT_EQUAL -> "!=";
		};
	}
}
