package org.assay.dsl.init;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.assay.dsl.conversion.AssayValueConverters;
import org.assay.dsl.conversion.CategoryNameConverter;
import org.eclipse.xtext.conversion.IValueConverterService;

/**
 * How data names and values are written in an .assay file, by the language's own value converters (so that what is
 * written parses back to the same names): a column is a feature when its name is an identifier (escaped with '^' when
 * it is a keyword, e.g. {@code ^feature}); a category is bare when it is an identifier and quoted otherwise
 * ({@code "Non-Travel"}); numbers are plain decimals.
 */
public final class Names {

	private final IValueConverterService converters;

	public Names(IValueConverterService converters) {
		this.converters = converters;
	}

	/** A column's name as a feature name, or empty when the language cannot name it (not an identifier). */
	public Optional<String> feature(String column) {
		return CategoryNameConverter.isIdentifier(column) ? Optional.of(converters.toString(column, "CategoryName"))
				: Optional.empty();
	}

	/** An element name made of identifier characters (checks, datasets): escaped when it is a keyword. */
	public String name(String identifier) {
		if (!CategoryNameConverter.isIdentifier(identifier)) {
			throw new IllegalArgumentException("not an identifier: " + identifier);
		}
		return converters.toString(identifier, "CategoryName");
	}

	public String category(String value) {
		return converters.toString(value, "CategoryName");
	}

	public String string(String value) {
		return converters.toString(value, "STRING");
	}

	public static String number(double value) {
		return AssayValueConverters.toDecimal(value);
	}

	/** A fraction in percent: {@code 0.955 → "95.5 %"}. */
	public static String percent(double fraction) {
		return AssayValueConverters.toDecimal(BigDecimal.valueOf(fraction).movePointRight(2).doubleValue()) + " %";
	}

	/** {@code mean_radius → MeanRadius}, {@code 2019 data → Data2019}: a capitalised identifier from any text. */
	public static String camel(String text, String fallback) {
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (char c : text.toCharArray()) {
			if (c < 128 && Character.isLetterOrDigit(c)) {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (name.isEmpty()) {
			return fallback;
		}
		return Character.isDigit(name.charAt(0)) ? fallback + name : name.toString();
	}

	/** {@code german-credit → germancredit}: a lower-case namespace from any text. */
	public static String namespace(String text) {
		String name = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "data" + name : name;
	}

	/** Text for a line comment: control characters (a line break in a value) written as escapes. */
	public static String printable(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (Character.isISOControl(c)) {
				out.append(String.format("\\u%04x", c));
			} else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}
}
