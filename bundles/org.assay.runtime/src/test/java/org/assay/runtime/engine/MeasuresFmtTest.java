package org.assay.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link Measures#fmt} writes values without a formatter: its text must stay that of the formatter-based code it
 * replaced ({@code %.6g}, trailing zeros dropped), which messages, reports and their tests show.
 */
class MeasuresFmtTest {

	private static final Pattern TRAILING_ZEROS = Pattern.compile("(\\.\\d*?)0+($|e)");
	private static final Pattern FINAL_POINT = Pattern.compile("\\.$");

	/** The replaced code, as it was. */
	private static String formatted(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: FINAL_POINT.matcher(TRAILING_ZEROS.matcher(String.format(Locale.ROOT, "%.6g", value)).replaceAll("$1$2")
						.replace(".e", "e")).replaceAll("");
	}

	private static void same(double value) {
		assertEquals(formatted(value), Measures.fmt(value), () -> "fmt(" + value + ")");
	}

	@Test
	void knownValues() {
		assertEquals("0.499712", Measures.fmt(0.4997118047));
		assertEquals("39998.4", Measures.fmt(39998.35)); // six significant digits, half up on the decimal form
		same(39998.35);
		assertEquals("1.5e+06", Measures.fmt(1_500_000.5));
		assertEquals("2.5e-05", Measures.fmt(0.000025));
		assertEquals("1e+06", Measures.fmt(999_999.5)); // rounds up into the next decade
		assertEquals("0.0001", Measures.fmt(0.0000999999999));
		assertEquals("-0.25", Measures.fmt(-0.25));
		assertEquals("1e+15", Measures.fmt(1e15));
		assertEquals("1.23457e-300", Measures.fmt(1.234567e-300));
		for (double special : new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
				Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 0.1, 0.5,
				0.95, 1e-4, 9.99995e-5, 9.999949e-5, 999999.4999, 999999.5, 123456.5, 0.1234565, 1.0000005, 12.5 }) {
			same(special);
		}
	}

	@Test
	void fixedIsTheFormattersText() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 100_000; i++) {
			double value = random.nextBoolean() ? random.nextDouble() * 200 - 100
					: random.nextLong(-1_000_000, 1_000_000) / 1000.0 + random.nextInt(0, 2) * 0.0005;
			for (int decimals = 0; decimals <= 2; decimals++) {
				assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", value), Measures.fixed(value, decimals),
						"fixed(" + value + ", " + decimals + ")");
			}
		}
		assertEquals("95", Measures.fixed(95.0, 0));
		assertEquals(String.format(Locale.ROOT, "%.1f", -0.0), Measures.fixed(-0.0, 1));
		assertEquals("0.8", Measures.fixed(0.8125, 1));
		assertEquals("1.00", Measures.fixed(0.995, 2));
	}

	@Test
	void sameTextAsTheFormatterOnRandomValues() {
		SplittableRandom random = new SplittableRandom(20261201);
		for (int i = 0; i < 200_000; i++) {
			// any bit pattern; decimals of few digits as data holds them; values at six-digit rounding ties
			double bits = Double.longBitsToDouble(random.nextLong());
			same(bits);
			double decimal = random.nextLong(-10_000_000_000L, 10_000_000_000L) / Math.pow(10, random.nextInt(0, 12));
			same(decimal);
			double tie = (random.nextLong(100_000, 1_000_000) + 0.5) * Math.pow(10, random.nextInt(-12, 12));
			same(tie);
			same(random.nextDouble() * Math.pow(10, random.nextInt(-8, 9)));
		}
	}
}
