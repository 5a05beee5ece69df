package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.assay.dsl.conversion.AssayValueConverters;
import org.assay.dsl.scoping.DataContext;
import org.assay.dsl.semantics.StatisticFacts;
import org.assay.dsl.semantics.StatisticFacts.ColumnKind;
import org.assay.model.ColumnComparison;
import org.assay.model.ColumnPredicate;
import org.assay.model.ComparisonOperator;
import org.assay.model.Feature;
import org.assay.model.FeatureComparison;
import org.assay.model.LengthRange;
import org.assay.model.NumberValue;
import org.assay.model.PatternMatch;
import org.assay.model.RangeMembership;
import org.assay.model.ReferenceMembership;
import org.assay.model.TextValue;
import org.assay.model.ValueMembership;
import org.assay.model.WhereConstraint;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/**
 * Row conditions of constraints ('where …') fit their columns: numbers are compared and ranged, texts and
 * categories listed, matched and measured; listed values can occur; patterns compile; ranges are not reversed; a
 * referenced column holds the same kind of values.
 */
public class RowConditionValidator extends AssayCheckBase {

	@Check
	public void checkComparison(FeatureComparison comparison) {
		Feature column = comparison.getFeature();
		if (!inConstraint(comparison) || !isResolved(column) || comparison.getValue() == null) {
			return;
		}
		ColumnKind kind = StatisticFacts.kindOf(column);
		if (comparison.getValue() instanceof NumberValue number) {
			if (kind != ColumnKind.NUMBER) {
				mismatch(comparison, FEATURE_COMPARISON__VALUE, column, kind, "compare it with a quoted value ('"
						+ column.getName() + " = \"" + AssayValueConverters.toDecimal(number.getValue()) + "\"') or list values ('"
						+ column.getName() + " in [...]')");
			}
			return;
		}
		String text = ((TextValue) comparison.getValue()).getText();
		if (kind == ColumnKind.NUMBER || kind == ColumnKind.TENSOR) {
			mismatch(comparison, FEATURE_COMPARISON__VALUE, column, kind, "compare it with a number, without quotes");
		} else if (comparison.getOperator() != ComparisonOperator.EQUAL && comparison.getOperator() != ComparisonOperator.NOT_EQUAL) {
			mismatch(comparison, FEATURE_COMPARISON__OPERATOR, column, kind, "its values have no order, so '"
					+ comparison.getOperator().getLiteral() + "' is meaningless; use '=' or '!='");
		} else {
			checkCategory(comparison, FEATURE_COMPARISON__VALUE, -1, column, text);
		}
	}

	@Check
	public void checkColumnPair(ColumnComparison pair) {
		Feature left = pair.getLeft();
		Feature right = pair.getRight();
		if (!isResolved(left) || !isResolved(right)) {
			return;
		}
		ColumnKind leftKind = StatisticFacts.kindOf(left);
		ColumnKind rightKind = StatisticFacts.kindOf(right);
		boolean equality = pair.getOperator() == ComparisonOperator.EQUAL || pair.getOperator() == ComparisonOperator.NOT_EQUAL;
		if (equality ? !leftKind.comparableWith(rightKind) : leftKind != ColumnKind.NUMBER || rightKind != ColumnKind.NUMBER) {
			error("'" + left.getName() + " " + pair.getOperator().getLiteral() + " " + right.getName() + "' compares a "
					+ leftKind.description() + " column with a " + rightKind.description() + " one; " + (equality
							? "'=' and '!=' compare columns of the same kind."
							: "'<', '<=', '>' and '>=' compare two numeric columns.")
					+ " To compare with a category or text value, quote it: '" + left.getName() + " = \"" + right.getName() + "\"'.",
					pair, COLUMN_COMPARISON__RIGHT, IssueCodes.ROW_CONDITION_TYPE);
		}
	}

	@Check
	public void checkRange(RangeMembership range) {
		if (requireKind(range, true, "'in a .. b' bounds numbers; list the allowed values instead: '"
				+ name(range) + " in [...]'") && range.getMinimum() != null && range.getMaximum() != null
				&& range.getMinimum() > range.getMaximum()) {
			reversed(range, RANGE_MEMBERSHIP__MAXIMUM, AssayValueConverters.toDecimal(range.getMinimum()),
					AssayValueConverters.toDecimal(range.getMaximum()));
		}
	}

	@Check
	public void checkLength(LengthRange length) {
		if (requireKind(length, false, "'length of' measures texts; bound the number with '" + name(length) + " in a .. b'")
				&& length.getMinimum() != null && length.getMaximum() != null && length.getMinimum() > length.getMaximum()) {
			reversed(length, LENGTH_RANGE__MAXIMUM, length.getMinimum().toString(), length.getMaximum().toString());
		}
	}

	@Check
	public void checkValues(ValueMembership membership) {
		if (!requireKind(membership, false, "list numbers as a range instead: '" + name(membership) + " in 0 .. 10'")) {
			return;
		}
		List<String> values = membership.getValues();
		for (int i = 0; i < values.size(); i++) {
			checkCategory(membership, VALUE_MEMBERSHIP__VALUES, i, membership.getFeature(), values.get(i));
		}
	}

	@Check
	public void checkPattern(PatternMatch match) {
		if (!requireKind(match, false, "a pattern matches text; bound the number with '" + name(match) + " in a .. b'")
				|| match.getRegex() == null) {
			return;
		}
		try {
			Pattern.compile(match.getRegex());
		} catch (PatternSyntaxException e) {
			error("The pattern \"" + match.getRegex() + "\" is not a valid regular expression: " + e.getDescription()
					+ (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + ". Correct it (Java regular-expression "
					+ "syntax; a special character such as '[' or '(' is matched literally when written '\\\\[').", match,
					PATTERN_MATCH__REGEX, IssueCodes.REGEX_INVALID);
		}
	}

	@Check
	public void checkReference(ReferenceMembership reference) {
		Feature column = reference.getFeature();
		Feature target = reference.getColumn();
		if (!isResolved(column) || !isResolved(target)) {
			return;
		}
		ColumnKind kind = StatisticFacts.kindOf(column);
		ColumnKind targetKind = StatisticFacts.kindOf(target);
		if (!kind.comparableWith(targetKind) || kind == ColumnKind.TENSOR) {
			EObject dataset = target.eContainer();
			error("'" + column.getName() + "' is " + kind.description() + ", but " + ((org.assay.model.Dataset) dataset).getName()
					+ "." + target.getName() + " is " + targetKind.description() + ", so no value can be found there. Refer to a "
					+ "column that holds the same kind of values.", reference, REFERENCE_MEMBERSHIP__COLUMN,
					IssueCodes.REFERENCE_TYPE_MISMATCH);
		}
	}

	/** A value listed or compared for a categorical column is one of its categories. */
	private void checkCategory(EObject owner, EStructuralFeature feature, int index, Feature column, String value) {
		if (StatisticFacts.kindOf(column) != ColumnKind.CATEGORY
				|| DataContext.categoriesOf(column).stream().anyMatch(c -> value.equals(c.getName()))) {
			return;
		}
		error("\"" + value + "\" is not a category of '" + column.getName() + "' (" + DataContext.categoriesOf(column).stream()
				.map(c -> c.getName()).collect(Collectors.joining(", ")) + "), so it can never match. Use one of its "
				+ "categories, or declare it in the dataset.", owner, feature, index, IssueCodes.VALUE_NOT_A_CATEGORY);
	}

	/** Whether the column is of the kind the predicate needs (numeric, or text/categorical); reports it if not. */
	private boolean requireKind(ColumnPredicate predicate, boolean numeric, String how) {
		Feature column = predicate.getFeature();
		if (!isResolved(column)) {
			return false;
		}
		ColumnKind kind = StatisticFacts.kindOf(column);
		boolean fits = numeric ? kind == ColumnKind.NUMBER : kind == ColumnKind.TEXT || kind == ColumnKind.CATEGORY;
		if (!fits) {
			mismatch(predicate, COLUMN_PREDICATE__FEATURE, column, kind, how);
		}
		return fits;
	}

	private void mismatch(EObject owner, EStructuralFeature feature, Feature column, ColumnKind kind, String how) {
		error("Column '" + column.getName() + "' is " + kind.description() + ": " + how + ".", owner, feature,
				IssueCodes.ROW_CONDITION_TYPE);
	}

	private void reversed(EObject owner, EStructuralFeature feature, String low, String high) {
		error("The range " + low + " .. " + high + " is empty: its lower end is above its upper end, so no row can be in "
				+ "it. Swap the ends: '" + high + " .. " + low + "'.", owner, feature, IssueCodes.RANGE_REVERSED);
	}

	private static String name(ColumnPredicate predicate) {
		return isResolved(predicate.getFeature()) ? predicate.getFeature().getName() : "COLUMN";
	}

	static boolean inConstraint(EObject predicate) {
		return EcoreUtil2.getContainerOfType(predicate, WhereConstraint.class) != null;
	}
}
