package org.assay.runtime.options;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one way the runtime reads a named option (an activation, an optimizer, a preparation method, a drift statistic,
 * a monitor action) that generated code passes as a string: into an enum whose constants are the keywords in upper
 * case, failing loudly with the allowed values instead of falling back to a default.
 */
public final class Options {

	private Options() {
	}

	/**
	 * The constant of {@code type} whose keyword is {@code value}.
	 *
	 * @param what what the option is, for the message (e.g. {@code "activation"})
	 * @throws IllegalArgumentException naming the allowed values when {@code value} is none of them (or null)
	 */
	public static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
		for (E constant : type.getEnumConstants()) {
			if (keyword(constant).equals(value)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("unknown " + what + " '" + value + "'; use " + allowed(type));
	}

	/** The keyword of a constant: its name in lower case ({@code KS_STATISTIC} → {@code ks_statistic}). */
	public static String keyword(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	/** The keywords of {@code type}, for a message: {@code "relu, tanh, sigmoid or gelu"}. */
	public static String allowed(Class<? extends Enum<?>> type) {
		List<String> keywords = Arrays.stream(type.getEnumConstants()).map(Options::keyword).collect(Collectors.toList());
		if (keywords.size() == 1) {
			return keywords.get(0);
		}
		return String.join(", ", keywords.subList(0, keywords.size() - 1)) + " or " + keywords.get(keywords.size() - 1);
	}
}
