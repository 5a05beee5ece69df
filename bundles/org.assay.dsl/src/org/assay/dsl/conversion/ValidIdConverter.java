package org.assay.dsl.conversion;

import java.util.Set;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts the {@code ValidID} rule: a name written {@code ^feature} (a keyword escaped with '^') is the name
 * {@code feature}, as with Xtext's ID rule; the keywords ValidID accepts bare ({@code train}, {@code data}) are written
 * bare. Without it, the '^' stayed in the name, so {@code feature ^in : int} declared a column '^in' that no data file
 * has, and a reference {@code ^in} only found it by the same accident.
 */
public class ValidIdConverter implements IValueConverter<String> {

	private final IValueConverter<String> id;
	private final Set<String> bareKeywords;

	public ValidIdConverter(IValueConverter<String> id, Set<String> bareKeywords) {
		this.id = id;
		this.bareKeywords = Set.copyOf(bareKeywords);
	}

	@Override
	public String toValue(String text, INode node) throws ValueConverterException {
		if (text == null) {
			return null;
		}
		return text.startsWith("^") ? id.toValue(text, node) : text;
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null) {
			throw new ValueConverterException("A name is missing.", null, null);
		}
		return bareKeywords.contains(value) ? value : id.toString(value);
	}
}
