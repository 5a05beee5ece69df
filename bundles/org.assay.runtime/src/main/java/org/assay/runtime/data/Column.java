package org.assay.runtime.data;

import java.util.List;
import java.util.Objects;

/**
 * One declared column of a tabular dataset: numeric (with an optional closed range) or categorical (with its
 * categories), a feature or the label, possibly a protected attribute.
 */
public final class Column {

	/** The role of a column. */
	public enum Role {
		FEATURE, LABEL
	}

	private final String name;
	private final Role role;
	private final boolean numeric;
	private final boolean integer;
	private final double minimum;
	private final double maximum;
	private final List<String> categories;
	private final boolean protectedAttribute;

	private Column(String name, Role role, boolean numeric, boolean integer, double minimum, double maximum,
			List<String> categories, boolean protectedAttribute) {
		this.name = Objects.requireNonNull(name);
		this.role = role;
		this.numeric = numeric;
		this.integer = integer;
		this.minimum = minimum;
		this.maximum = maximum;
		this.categories = List.copyOf(categories);
		this.protectedAttribute = protectedAttribute;
	}

	/** A real-valued column; use {@code Double.NEGATIVE_INFINITY}/{@code POSITIVE_INFINITY} for an open end. */
	public static Column real(String name, double minimum, double maximum) {
		return new Column(name, Role.FEATURE, true, false, minimum, maximum, List.of(), false);
	}

	/** An integer column. */
	public static Column integer(String name, double minimum, double maximum) {
		return new Column(name, Role.FEATURE, true, true, minimum, maximum, List.of(), false);
	}

	/** A categorical column. */
	public static Column categorical(String name, List<String> categories) {
		if (categories.isEmpty()) {
			throw new IllegalArgumentException("categorical column " + name + " needs at least one category");
		}
		return new Column(name, Role.FEATURE, false, false, Double.NaN, Double.NaN, categories, false);
	}

	/** The same column as the label. */
	public Column asLabel() {
		return new Column(name, Role.LABEL, numeric, integer, minimum, maximum, categories, protectedAttribute);
	}

	/** The same column marked as a protected attribute. */
	public Column asProtected() {
		return new Column(name, role, numeric, integer, minimum, maximum, categories, true);
	}

	public String name() {
		return name;
	}

	public Role role() {
		return role;
	}

	public boolean isNumeric() {
		return numeric;
	}

	public boolean isInteger() {
		return integer;
	}

	public double minimum() {
		return minimum;
	}

	public double maximum() {
		return maximum;
	}

	public List<String> categories() {
		return categories;
	}

	public boolean isProtected() {
		return protectedAttribute;
	}

	/** The index of a category, or -1. */
	/**
	 * Whether a column holds a feature: the feature itself, or one value of a tensor feature, read from the columns
	 * {@code <feature>_0, <feature>_1, …}.
	 */
	public static boolean isPartOf(String column, String feature) {
		return column.equals(feature) || column.length() > feature.length() + 1 && column.startsWith(feature + "_")
				&& column.substring(feature.length() + 1).chars().allMatch(Character::isDigit);
	}

	public int categoryIndex(String value) {
		return categories.indexOf(value);
	}

	@Override
	public String toString() {
		return name + (numeric ? (integer ? " : int" : " : double") : " : category " + categories);
	}
}
