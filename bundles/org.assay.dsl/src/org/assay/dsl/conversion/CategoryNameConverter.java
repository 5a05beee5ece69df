package org.assay.dsl.conversion;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts the {@code CategoryName} rule: an identifier ({@code Travel_Rarely}, {@code ^in} for a keyword) or a quoted
 * string for any other value the data holds ({@code "Non-Travel"}, {@code "18-25"}, {@code ">50K"}). Reading unquotes
 * and unescapes; writing keeps a name that is an identifier bare and quotes (and escapes) every other name, so a
 * serialized or formatted model reads back to the same categories.
 */
public class CategoryNameConverter implements IValueConverter<String> {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9]*");

	private final IValueConverter<String> id;
	private final IValueConverter<String> string;
	private final Set<String> bareKeywords;

	/**
	 * Delegates to the language's own ID and STRING converters (keywords escaped with '^', strings escaped).
	 *
	 * @param bareKeywords the keywords that ValidID accepts as names, written without '^' ({@code train}, {@code data})
	 */
	public CategoryNameConverter(IValueConverter<String> id, IValueConverter<String> string, Set<String> bareKeywords) {
		this.id = id;
		this.string = string;
		this.bareKeywords = Set.copyOf(bareKeywords);
	}

	/** Whether a category name can be written bare, as an identifier (escaped with '^' where it is a keyword). */
	public static boolean isIdentifier(String name) {
		return name != null && IDENTIFIER.matcher(name).matches();
	}

	@Override
	public String toValue(String text, INode node) throws ValueConverterException {
		if (text == null) {
			return null;
		}
		if (text.startsWith("\"") || text.startsWith("'")) {
			return string.toValue(text, node);
		}
		return id.toValue(text, node);
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null) {
			throw new ValueConverterException("A category needs a name.", null, null);
		}
		if (bareKeywords.contains(value)) {
			return value;
		}
		return isIdentifier(value) ? id.toString(value) : string.toString(value);
	}
}
