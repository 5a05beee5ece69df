package org.assay.generator.data;

import static org.assay.generator.java.JavaText.doubleLiteral;
import static org.assay.generator.java.JavaText.literal;

import java.util.List;
import java.util.stream.Collectors;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.stats.Criterion;

/**
 * A column constraint ({@link ConstraintSpec}, as the language's semantics computes it from the model) as a Java
 * expression that rebuilds it: every string through {@link org.assay.generator.java.JavaText#literal}, every number
 * through {@link org.assay.generator.java.JavaText#doubleLiteral}, enum constants by name, so that no model string
 * can end a literal or inject code. Needs the imports of {@link #IMPORTS}.
 */
public final class ConstraintLiterals {

	/** The types the expressions use. */
	public static final List<String> IMPORTS = List.of("org.assay.runtime.constraint.ConstraintSpec",
			"org.assay.runtime.constraint.NullPolicy", "org.assay.runtime.constraint.RowCondition",
			"org.assay.runtime.constraint.Statistic", "org.assay.runtime.stats.Criterion",
			"org.assay.runtime.stats.Criterion.Operator");

	private ConstraintLiterals() {
	}

	/** {@code new ConstraintSpec(...)}, on one line. */
	public static String spec(ConstraintSpec spec) {
		return "new ConstraintSpec(" + literal(spec.name()) + ", " + literal(spec.source()) + ", " + strings(spec.requirements())
				+ ", Statistic." + spec.statistic().name() + ", " + strings(spec.columns()) + ", "
				+ doubleLiteral(spec.argument()) + ", " + literal(spec.value()) + ", " + doubleLiteral(spec.rankError()) + ", "
				+ (spec.condition() == null ? "null" : condition(spec.condition())) + ", NullPolicy." + spec.nulls().name()
				+ ", List.of(" + spec.criteria().stream().map(ConstraintLiterals::criterion).collect(Collectors.joining(", "))
				+ "))";
	}

	/** A row condition, nested as the model writes it. */
	public static String condition(RowCondition condition) {
		if (condition instanceof RowCondition.Compare c) {
			return "new RowCondition.Compare(" + literal(c.column()) + ", Operator." + c.operator().name() + ", "
					+ doubleLiteral(c.value()) + ")";
		}
		if (condition instanceof RowCondition.CompareColumns c) {
			return "new RowCondition.CompareColumns(" + literal(c.left()) + ", Operator." + c.operator().name() + ", "
					+ literal(c.right()) + ")";
		}
		if (condition instanceof RowCondition.InSet c) {
			return "new RowCondition.InSet(" + literal(c.column()) + ", " + strings(c.values()) + ")";
		}
		if (condition instanceof RowCondition.InRange c) {
			return "new RowCondition.InRange(" + literal(c.column()) + ", " + doubleLiteral(c.low()) + ", "
					+ doubleLiteral(c.high()) + ")";
		}
		if (condition instanceof RowCondition.Matches c) {
			return "new RowCondition.Matches(" + literal(c.column()) + ", " + literal(c.regex()) + ")";
		}
		if (condition instanceof RowCondition.LengthInRange c) {
			return "new RowCondition.LengthInRange(" + literal(c.column()) + ", " + c.low() + ", " + c.high() + ")";
		}
		if (condition instanceof RowCondition.InColumn c) {
			return "new RowCondition.InColumn(" + literal(c.column()) + ", " + literal(c.otherDataset()) + ", "
					+ literal(c.otherColumn()) + ")";
		}
		if (condition instanceof RowCondition.And c) {
			return "new RowCondition.And(" + condition(c.left()) + ", " + condition(c.right()) + ")";
		}
		if (condition instanceof RowCondition.Or c) {
			return "new RowCondition.Or(" + condition(c.left()) + ", " + condition(c.right()) + ")";
		}
		RowCondition.Not not = (RowCondition.Not) condition;
		return "new RowCondition.Not(" + condition(not.operand()) + ")";
	}

	/** {@code new Criterion(...)}, with its warning level when it has one. */
	public static String criterion(Criterion criterion) {
		return "new Criterion(Operator." + criterion.operator().name() + ", " + doubleLiteral(criterion.threshold())
				+ (Double.isNaN(criterion.warnLevel()) ? "" : ", " + doubleLiteral(criterion.warnLevel())) + ")";
	}

	private static String strings(List<String> values) {
		return "List.of(" + values.stream().map(v -> literal(v)).collect(Collectors.joining(", ")) + ")";
	}
}
