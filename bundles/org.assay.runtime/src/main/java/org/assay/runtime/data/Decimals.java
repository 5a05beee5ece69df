package org.assay.runtime.data;

/**
 * Fast, exact parsing of plain decimal numbers ({@code -12.345}): when the digits fit a long below 2^53 and there
 * are at most 22 fraction digits, {@code digits / 10^fraction} is one correctly rounded IEEE division of two exactly
 * representable numbers, hence equal to {@link Double#parseDouble}. Anything else (exponents, more digits, signs
 * like '+', "Infinity") falls back to {@link Double#parseDouble}.
 */
public final class Decimals {

	/** What a CSV number may look like: Java would also accept "12f", "3d" or "0x1p4", which no data file means. */
	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
			.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?(Infinity)");

	private static final double[] POWERS_OF_TEN = new double[23];

	static {
		double power = 1;
		for (int i = 0; i < POWERS_OF_TEN.length; i++) {
			POWERS_OF_TEN[i] = power;
			power *= 10;
		}
	}

	private Decimals() {
	}

	/** Parses like {@link Double#parseDouble}; throws {@link NumberFormatException} on text that is no number. */
	public static double parse(String text) {
		return parse(text.toCharArray(), 0, text.length());
	}

	/** Parses {@code length} characters from {@code offset}, without making a String unless the text is unusual. */
	static double parse(char[] chars, int offset, int length) {
		return fast(chars, offset, length);
	}

	/**
	 * Parses {@code length} bytes of ASCII/UTF-8 text from {@code offset} like {@link Double#parseDouble} (same result,
	 * bit for bit), without allocating unless the text is unusual; throws {@link NumberFormatException} on text that is
	 * no decimal number.
	 */
	public static double parse(byte[] bytes, int offset, int length) {
		double value = parseOrNaN(bytes, offset, length);
		if (value != value) {
			throw new NumberFormatException("not a decimal number: " + new String(bytes, offset, length,
					java.nio.charset.StandardCharsets.UTF_8));
		}
		return value;
	}

	/**
	 * As {@link #parse(byte[], int, int)}, but text that is no decimal number gives NaN instead of an exception (NaN is
	 * never a parsed value: "NaN" is no number here): for readers that may meet many such cells ('-', "n/a"), where an
	 * exception per cell would cost microseconds each.
	 */
	public static double parseOrNaN(byte[] bytes, int offset, int length) {
		int end = offset + length;
		int i = offset;
		boolean negative = length > 0 && bytes[offset] == '-';
		if (negative) {
			i++;
		}
		int first = i;
		long digits = 0;
		int c;
		while (i < end && (c = bytes[i] - '0') >= 0 && c <= 9) {
			digits = digits * 10 + c;
			i++;
		}
		int integerDigits = i - first;
		int fraction = 0;
		if (i < end && bytes[i] == '.') {
			int dot = ++i;
			while (i < end && (c = bytes[i] - '0') >= 0 && c <= 9) {
				digits = digits * 10 + c;
				i++;
			}
			fraction = i - dot;
		}
		// at most 18 digits cannot overflow a long; below 2^53 the digits are an exact double, as is 10^fraction
		if (i != end || integerDigits + fraction == 0 || integerDigits + fraction > 18 || digits > 1L << 53
				|| fraction >= POWERS_OF_TEN.length) {
			return slowOrNaN(new String(bytes, offset, length, java.nio.charset.StandardCharsets.UTF_8));
		}
		double value = fraction == 0 ? digits : digits / POWERS_OF_TEN[fraction];
		return negative ? -value : value;
	}

	/**
	 * Whether {@code value} is a whole number: exactly {@code value == Math.rint(value)} for every double (NaN no,
	 * infinities yes), by a cast instead of {@code rint}, which code compiled by C1 (a fresh JVM's first seconds) calls
	 * out to {@link StrictMath} for. From 2^52 on every double is whole.
	 */
	public static boolean isWhole(double value) {
		return Math.abs(value) >= 0x1p52 || (double) (long) value == value;
	}

	private static double slowOrNaN(String text) {
		return NUMBER.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
	}

	/** The slow path: only plain decimal or scientific notation reaches {@link Double#parseDouble}. */
	private static double slow(String text) {
		if (!NUMBER.matcher(text).matches()) {
			throw new NumberFormatException("not a decimal number: " + text);
		}
		return Double.parseDouble(text);
	}

	private static double fast(char[] chars, int offset, int count) {
		int length = offset + count;
		int i = offset;
		boolean negative = false;
		if (count > 0 && chars[offset] == '-') {
			negative = true;
			i = offset + 1;
		}
		long digits = 0;
		int significant = 0;
		int fraction = -1;
		boolean any = false;
		for (; i < length; i++) {
			char c = chars[i];
			if (c >= '0' && c <= '9') {
				any = true;
				if (digits != 0 || c != '0') {
					significant++;
				}
				if (significant > 15) {
					return slow(new String(chars, offset, count));
				}
				digits = digits * 10 + (c - '0');
				if (fraction >= 0) {
					fraction++;
				}
			} else if (c == '.' && fraction < 0) {
				fraction = 0;
			} else {
				return slow(new String(chars, offset, count));
			}
		}
		if (!any) {
			return slow(new String(chars, offset, count));
		}
		int scale = Math.max(fraction, 0);
		if (scale >= POWERS_OF_TEN.length) {
			return slow(new String(chars, offset, count));
		}
		double value = scale == 0 ? digits : digits / POWERS_OF_TEN[scale];
		return negative ? -value : value;
	}
}
