package org.assay.dsl.conversion;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts Assay's numeric data types. {@code Number} is a plain decimal, {@code Percent} keeps the value in percent
 * ({@code 70 %} is 70) and {@code Ratio} accepts a fraction or a percentage ({@code 5 %} is 0.05).
 * {@code CategoryName} is an identifier or a quoted string ({@link CategoryNameConverter}).
 */
public class AssayValueConverters extends DefaultTerminalConverters {

	private final IValueConverter<Double> number = new DecimalConverter(Scale.PLAIN);
	private final IValueConverter<Double> percent = new DecimalConverter(Scale.PERCENT_KEPT);
	private final IValueConverter<Double> ratio = new DecimalConverter(Scale.PERCENT_AS_FRACTION);

	@ValueConverter(rule = "Number")
	public IValueConverter<Double> Number() {
		return number;
	}

	@ValueConverter(rule = "Percent")
	public IValueConverter<Double> Percent() {
		return percent;
	}

	@ValueConverter(rule = "Ratio")
	public IValueConverter<Double> Ratio() {
		return ratio;
	}

	@ValueConverter(rule = "CategoryName")
	public IValueConverter<String> CategoryName() {
		return new CategoryNameConverter(ID(), STRING(), bareKeywords());
	}

	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> ValidID() {
		return new ValidIdConverter(ID(), bareKeywords());
	}

	/** The keywords that ValidID accepts as names, written without '^'. */
	private Set<String> bareKeywords() {
		Set<String> bare = new HashSet<>();
		AbstractRule validId = GrammarUtil.findRuleForName(getGrammar(), "ValidID");
		if (validId != null) {
			EcoreUtil2.getAllContentsOfType(validId, Keyword.class).forEach(keyword -> bare.add(keyword.getValue()));
		}
		return bare;
	}

	/** Renders a finite double as the shortest plain decimal ({@code 0.05}, {@code 70}, never {@code 7.0E1}). */
	public static String toDecimal(double value) {
		if (!Double.isFinite(value)) {
			throw new ValueConverterException("Cannot write the non-finite number " + value + " in an .assay file.", null, null);
		}
		if (value == 0) {
			return "0";
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private enum Scale {
		PLAIN, PERCENT_KEPT, PERCENT_AS_FRACTION
	}

	private static final class DecimalConverter extends AbstractNullSafeConverter<Double> {
		private final Scale scale;

		DecimalConverter(Scale scale) {
			this.scale = scale;
		}

		/**
		 * A number the parser could not read (the rule matched nothing while recovering from a syntax error) is
		 * reported in Assay's words: Xtext would otherwise say "ValueConverter returned null for primitive feature …".
		 */
		@Override
		public Double toValue(String string, INode node) {
			if (string == null || string.isBlank()) {
				throw new ValueConverterException("A number is missing here; write it in digits, for example 0.85"
						+ (scale == Scale.PLAIN ? "" : " or 70 %") + ".", node, null);
			}
			return super.toValue(string, node);
		}

		@Override
		protected Double internalToValue(String string, INode node) {
			String text = string.strip();
			boolean isPercent = text.endsWith("%");
			if (isPercent) {
				text = text.substring(0, text.length() - 1).strip();
			}
			double value;
			try {
				value = new BigDecimal(text).doubleValue();
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a decimal number; write digits with an optional '.' "
						+ "fraction, for example 0.85 or 70 %.", node, e);
			}
			if (!Double.isFinite(value)) {
				throw new ValueConverterException("'" + string + "' is too large; use a number below 1e308.", node, null);
			}
			if (isPercent && scale == Scale.PERCENT_AS_FRACTION) {
				return new BigDecimal(text).movePointLeft(2).doubleValue();
			}
			return value;
		}

		@Override
		protected String internalToString(Double value) {
			return switch (scale) {
			case PLAIN, PERCENT_AS_FRACTION -> toDecimal(value);
			case PERCENT_KEPT -> toDecimal(value) + " %";
			};
		}
	}
}
