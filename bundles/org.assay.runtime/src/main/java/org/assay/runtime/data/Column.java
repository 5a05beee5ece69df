package org.assay.runtime.data;

import java.util.List;
import java.util.Objects;

/**
 * One declared column of a tabular dataset: numeric (with an optional closed range), categorical (with its
 * categories) or free text (ids, names, e-mails: any string), a feature or the label, possibly a protected attribute.
 */
public final class Column implements java.io.Serializable {

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
	private final boolean text;

	private Column(String name, Role role, boolean numeric, boolean integer, double minimum, double maximum,
			List<String> categories, boolean protectedAttribute) {
		this(name, role, numeric, integer, minimum, maximum, categories, protectedAttribute, false);
	}

	private Column(String name, Role role, boolean numeric, boolean integer, double minimum, double maximum,
			List<String> categories, boolean protectedAttribute, boolean text) {
		this.text = text;
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

	/**
	 * A free-text column: every present cell is a value (nothing is invalid), an empty or blank cell is missing. Read
	 * whole, its cells keep their text as in the file (unquoted), spaces included.
	 */
	public static Column text(String name) {
		return new Column(name, Role.FEATURE, false, false, Double.NaN, Double.NaN, List.of(), false, true);
	}

	/** The same column as the label. */
	public Column asLabel() {
		return new Column(name, Role.LABEL, numeric, integer, minimum, maximum, categories, protectedAttribute, text);
	}

	/** The same column marked as a protected attribute. */
	public Column asProtected() {
		return new Column(name, role, numeric, integer, minimum, maximum, categories, true, text);
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

	/** A free-text column ({@link #text}): neither numeric nor categorical. */
	public boolean isText() {
		return text;
	}

	/** Declared categories: neither numeric nor free text. */
	public boolean isCategorical() {
		return !numeric && !text;
	}

	public boolean isInteger() {
		return integer;
	}

	/**
	 * Whether a number is of this numeric column's type, its range aside: finite, and whole in an integer column. Every
	 * reader (CSV, Parquet, Spark) asks this one question, so a cell is WRONG_TYPE for the same reason in each.
	 */
	public boolean admits(double value) {
		return Double.isFinite(value) && (!integer || Decimals.isWhole(value));
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

	/**
	 * Whether a column holds a feature: the feature itself, or one value of a tensor feature, read from the columns
	 * {@code <feature>_0, <feature>_1, …}.
	 */
	public static boolean isPartOf(String column, String feature) {
		return column.equals(feature) || column.length() > feature.length() + 1 && column.startsWith(feature + "_")
				&& column.substring(feature.length() + 1).chars().allMatch(Character::isDigit);
	}

	/** The index of a category, or -1. */
	public int categoryIndex(String value) {
		return categories.indexOf(value);
	}

	@Override
	public String toString() {
		return name + (numeric ? (integer ? " : int" : " : double") : text ? " : text" : " : category " + categories);
	}
}
