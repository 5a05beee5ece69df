package org.assay.runtime.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fast decimal parser returns exactly what Double.parseDouble returns. */
class DecimalsTest {

	@Test
	void equalsParseDoubleOnRandomDecimals() {
		Random random = new Random(1);
		for (int i = 0; i < 200_000; i++) {
			String text = random.nextBoolean() ? Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(12) - 4))
					: (random.nextBoolean() ? "-" : "") + random.nextInt(1_000_000) + "." + random.nextInt(1_000_000);
			assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(Decimals.parse(text)), text);
			assertSameFromBytes(text);
		}
	}

	/** The byte parser (the chunked CSV reader's) gives the same bits, also for up to 18 digits anywhere. */
	@Test
	void bytesEqualParseDouble() {
		Random random = new Random(2);
		for (int i = 0; i < 200_000; i++) {
			StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
			int digits = 1 + random.nextInt(19);
			int dot = random.nextInt(digits + 1);
			for (int d = 0; d < digits; d++) {
				text.append(d == dot ? "." : "").append((char) ('0' + random.nextInt(10)));
			}
			assertSameFromBytes(text.toString());
		}
		for (String text : new String[] { "9007199254740991", "9007199254740993", "0.9007199254740993", "-0", "-.5", "1e-3",
				"000000000000000000001.5", "5.", ".5", "1234567", "12345678", "1234567.1234567", "1234567.12345678", "0.0000001",
				"-0.0", "41234.57", "0.123456" }) {
			assertSameFromBytes(text);
		}
		for (String text : new String[] { "", "-", ".", "-.", "1.2.3", "abc", "1-2", "12f", "0x1p4", "1_000", "1 2", "1.5x",
				"1.x", "x1", "1,5" }) {
			for (String after : new String[] { "", "12345678901" }) {
				byte[] bytes = (text + after).getBytes(java.nio.charset.StandardCharsets.UTF_8);
				assertThrows(NumberFormatException.class, () -> Decimals.parse(bytes, 0, text.length()), text);
				assertTrue(Double.isNaN(Decimals.parseOrNaN(bytes, 0, text.length())), text);
			}
		}
	}

	/** Parsed from inside a buffer: followed by a letter, by more digits (not part of the cell), or at the very end. */
	private static void assertSameFromBytes(String text) {
		long expected = Double.doubleToLongBits(Double.parseDouble(text));
		for (String after : new String[] { "y", "123456789012", "" }) {
			byte[] bytes = ("x" + text + after).getBytes(java.nio.charset.StandardCharsets.UTF_8);
			assertEquals(expected, Double.doubleToLongBits(Decimals.parse(bytes, 1, text.length())), text + " before '" + after
					+ "'");
			assertEquals(expected, Double.doubleToLongBits(Decimals.parseOrNaN(bytes, 1, text.length())), text);
		}
	}

	/**
	 * Random short texts of digits, signs, dots, exponents, spaces and letters (NaN and Infinity spellings included):
	 * parseOrNaN is NaN exactly where parse throws, else the same bits, which are Double.parseDouble's.
	 */
	@Test
	void parseOrNaNIsParseWithoutTheException() {
		Random random = new Random(3);
		String[] pieces = { "0", "1", "5", "9", "00", "-", "+", ".", "e", "E", "e-", "E+", " ", "NaN", "nan", "Infinity",
				"-Infinity", "inf", "x", "9007199254740993", "123456789", "\u00e9" };
		for (int i = 0; i < 200_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int p = random.nextInt(7); p > 0; p--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			byte[] bytes = ("[" + text + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
			int length = bytes.length - 2;
			double lenient = Decimals.parseOrNaN(bytes, 1, length);
			try {
				double strict = Decimals.parse(bytes, 1, length);
				assertEquals(Double.doubleToLongBits(Double.parseDouble(text.toString())), Double.doubleToLongBits(strict),
						text.toString());
				assertEquals(Double.doubleToLongBits(strict), Double.doubleToLongBits(lenient), text.toString());
			} catch (NumberFormatException e) {
				assertTrue(Double.isNaN(lenient), text.toString());
			}
		}
	}

	@Test
	void edgeCases() {
		for (String text : new String[] { "0", "-0", "0.0", "123456789012345", "1234567890123456789", "0.1", ".5", "5.",
				"1e3", "+1", "1.0000000000000000000000001", "Infinity", "9007199254740993" }) {
			assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(Decimals.parse(text)), text);
			assertSameFromBytes(text);
		}
		for (String text : new String[] { "", "-", ".", "1.2.3", "abc", "1-2", "12f", "3d", "0x1p4", "1_000" }) {
			assertThrows(NumberFormatException.class, () -> Decimals.parse(text), text);
		}
	}

	@Test
	void isWholeIsRintForEveryKindOfDouble() {
		List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.5, 1e-300,
				Double.MIN_VALUE, -Double.MIN_VALUE, 0x1p52 - 0.5, 0x1p52, 0x1p52 + 1, 0x1p53, 0x1p53 + 2, 9.2233720368547758E18,
				-9.2233720368547758E18, 1e19, -1e19, 1e300, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
				Double.NEGATIVE_INFINITY, Double.NaN, Math.nextUp(1.0), Math.nextDown(1.0), Math.nextDown(0x1p52)));
		Random random = new Random(52);
		for (int i = 0; i < 200_000; i++) {
			values.add(Double.longBitsToDouble(random.nextLong())); // every magnitude, NaNs among them
			values.add(Math.scalb(random.nextDouble() - 0.5, random.nextInt(70))); // around whole numbers of any size
			values.add((double) (random.nextInt(2_000_001) - 1_000_000) / (1 + random.nextInt(4)));
		}
		int whole = 0;
		for (double value : values) {
			assertEquals(value == Math.rint(value), Decimals.isWhole(value), Double.toString(value));
			whole += Decimals.isWhole(value) ? 1 : 0;
		}
		assertTrue(whole > 100_000 && whole < values.size() - 100_000, "both answers well represented: " + whole);
	}
}
