package org.assay.runtime.data;

import static org.junit.jupiter.api.Assertions.*;

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
		}
	}

	@Test
	void edgeCases() {
		for (String text : new String[] { "0", "-0", "0.0", "123456789012345", "1234567890123456789", "0.1", ".5", "5.",
				"1e3", "+1", "1.0000000000000000000000001", "Infinity", "9007199254740993" }) {
			assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(Decimals.parse(text)), text);
		}
		for (String text : new String[] { "", "-", ".", "1.2.3", "abc", "1-2", "12f", "3d", "0x1p4", "1_000" }) {
			assertThrows(NumberFormatException.class, () -> Decimals.parse(text), text);
		}
	}
}
