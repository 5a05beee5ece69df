package org.assay.runtime.engine;

/**
 * Values as text for people, made from {@link Double#toString}'s shortest digits with plain arithmetic: the same text as
 * the formatter's {@code %.6g} and {@code %.Nf} (which also round those digits half up), without a formatter, a pattern
 * or {@code BigDecimal}, whose first use in a fresh JVM cost its first verification about 10 ms each.
 */
final class DecimalText {

	/** A finite, non-zero magnitude's significant digits (no leading or trailing zeros) and decimal exponent. */
	private static final class Digits {
		final char[] digits;
		int count;
		/** value = d0.d1d2… × 10^exponent */
		int exponent;

		Digits(double magnitude) {
			String text = Double.toString(magnitude);
			int e = text.indexOf('E');
			String mantissa = e < 0 ? text : text.substring(0, e);
			int point = mantissa.indexOf('.');
			digits = new char[mantissa.length() + 1];
			int exponentOfFirst = (point < 0 ? mantissa.length() : point) - 1
					+ (e < 0 ? 0 : Integer.parseInt(text.substring(e + 1)));
			boolean leading = true;
			for (int i = 0; i < mantissa.length(); i++) {
				char c = mantissa.charAt(i);
				if (c == '.') {
					continue;
				}
				if (leading && c == '0') {
					exponentOfFirst--; // a leading zero: the first significant digit is one place further right
					continue;
				}
				leading = false;
				digits[count++] = c;
			}
			exponent = exponentOfFirst;
			trim();
		}

		/** Keeps {@code keep} significant digits, rounding half up (keep 0: the value rounds to 0 or to 10^(exponent+1)). */
		void round(int keep) {
			if (keep >= count) {
				return;
			}
			if (keep < 0) {
				count = 0;
				return;
			}
			boolean up = digits[keep] >= '5';
			count = keep;
			if (up) {
				int i = keep - 1;
				while (i >= 0 && digits[i] == '9') {
					i--;
				}
				if (i < 0) { // all nines (or nothing kept): the next power of ten
					digits[0] = '1';
					count = 1;
					exponent++;
					return;
				}
				digits[i]++;
				count = i + 1;
			}
			trim();
		}

		private void trim() {
			while (count > 0 && digits[count - 1] == '0') {
				count--;
			}
		}

		/** The digits with the point after the digit of 10^0, and at least {@code decimals} decimals. */
		void plain(StringBuilder text, int decimals) {
			if (count == 0 || exponent < 0) {
				text.append('0');
			} else {
				for (int i = 0; i <= exponent; i++) {
					text.append(i < count ? digits[i] : '0');
				}
			}
			int fraction = Math.max(decimals, count == 0 ? 0 : count - 1 - exponent);
			if (fraction > 0) {
				text.append('.');
				for (int place = 1; place <= fraction; place++) {
					int i = exponent + place; // the digit of 10^-place
					text.append(count > 0 && i >= 0 && i < count ? digits[i] : '0');
				}
			}
		}
	}

	private DecimalText() {
	}

	/** {@code %.6g} without trailing zeros: {@code 0.499712}, {@code 39998.4}, {@code 1.5e+06}, {@code 2.5e-05}. */
	static String general(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		StringBuilder text = new StringBuilder(16);
		if (value == 0) {
			return text.append(Double.doubleToRawLongBits(value) < 0 ? "-0" : "0").toString();
		}
		if (value < 0) {
			text.append('-');
		}
		Digits d = new Digits(Math.abs(value));
		d.round(6);
		if (d.exponent >= -4 && d.exponent < 6) {
			d.plain(text, 0);
			return text.toString();
		}
		text.append(d.digits[0]);
		if (d.count > 1) {
			text.append('.').append(d.digits, 1, d.count - 1);
		}
		int magnitude = Math.abs(d.exponent);
		return text.append(d.exponent < 0 ? "e-" : "e+").append(magnitude < 10 ? "0" : "").append(magnitude).toString();
	}

	/** {@code %.Nf}: {@code decimals} digits after the point, rounded half up; a finite value. */
	static String fixed(double value, int decimals) {
		StringBuilder text = new StringBuilder(24);
		if (Double.doubleToRawLongBits(value) < 0) {
			text.append('-'); // as the formatter: a negative value that rounds to zero keeps its sign
		}
		if (value == 0) {
			text.append('0');
			if (decimals > 0) {
				text.append('.');
				for (int i = 0; i < decimals; i++) {
					text.append('0');
				}
			}
			return text.toString();
		}
		Digits d = new Digits(Math.abs(value));
		d.round(d.exponent + 1 + decimals);
		d.plain(text, decimals);
		return text.toString();
	}
}
