package org.assay.runtime.profile;

import org.assay.runtime.data.Decimals;

/**
 * How a profile reads one cell's text: the same rules as the CSV loader ({@code org.assay.runtime.data}), so that what
 * {@code assay init} infers is what a run then accepts. Surrounding white space is not part of a value, an empty cell is
 * missing, {@code NaN} (any case) is a number that is not a value, and a number is a plain or scientific decimal
 * ({@code -12.5}, {@code .5}, {@code 1e3}); infinities and anything else are not numbers.
 */
final class Cells {

	/** Returned by {@link #number} for a cell that is not a number. */
	static final double NOT_A_NUMBER = Double.NEGATIVE_INFINITY;

	private Cells() {
	}

	/** The cell without surrounding white space; null when nothing is left (a missing value). */
	static String value(CharSequence cell) {
		if (cell == null) {
			return null;
		}
		int start = 0;
		int end = cell.length();
		while (start < end && Character.isWhitespace(cell.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(cell.charAt(end - 1))) {
			end--;
		}
		if (start == end) {
			return null;
		}
		String text = cell.subSequence(start, end).toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/**
	 * The number a value holds, parsed as the loader parses it ({@link Decimals}): NaN for {@code NaN},
	 * {@link #NOT_A_NUMBER} when it is no finite number.
	 */
	static double number(String value) {
		if (value.length() == 3 && value.equalsIgnoreCase("nan")) {
			return Double.NaN;
		}
		char first = value.charAt(0);
		if (!(first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.')) {
			return NOT_A_NUMBER; // most text, decided without an exception
		}
		try {
			double number = Decimals.parse(value);
			return Double.isFinite(number) ? number : NOT_A_NUMBER;
		} catch (NumberFormatException e) {
			return NOT_A_NUMBER;
		}
	}

	/** A 64-bit hash of a value's text (FNV-1a over its UTF-16 units, then a finalizing mix). */
	static long hash(String value) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < value.length(); i++) {
			h = (h ^ value.charAt(i)) * 0x100000001b3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		return h ^ (h >>> 33);
	}
}
