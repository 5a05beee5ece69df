package org.assay.runtime.scan;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The cross-engine value hash is XXH64 (seed 0): checked against the reference implementation's published values. */
class ValueHashTest {

	@Test
	void matchesXxh64ReferenceValues() {
		// published XXH64 values ("", "a", "abc"; the python-xxhash README's example, longer than 32 bytes)
		assertEquals(0xEF46DB3751D8E999L, ValueHash.ofText(""));
		assertEquals(0xD24EC4F1A98C6E5BL, ValueHash.ofText("a"));
		assertEquals(0x44BC2CF5AD770999L, ValueHash.ofText("abc"));
		assertEquals(0xFBCEA83C8A378BF1L, ValueHash.ofText("Nobody inspects the spammish repetition"));
		// bytes 0..99 (every tail length path), from an independent implementation of the specification in Python
		byte[] hundred = new byte[100];
		for (int i = 0; i < hundred.length; i++) {
			hundred[i] = (byte) i;
		}
		assertEquals(0x6AC1E58032166597L, ValueHash.ofBytes(hundred, 0, 100));
	}

	@Test
	void textAndBytesAgreeAndNumbersAreCanonical() {
		byte[] bytes = "xSão Pauloy".getBytes(StandardCharsets.UTF_8);
		assertEquals(ValueHash.ofText("São Paulo"), ValueHash.ofBytes(bytes, 1, bytes.length - 2));
		assertEquals(ValueHash.ofNumber(0.0), ValueHash.ofNumber(-0.0));
		assertEquals(ValueHash.ofNumber(Double.NaN), ValueHash.ofNumber(Double.longBitsToDouble(0x7ff8000000000001L)));
		assertNotEquals(ValueHash.ofNumber(1.0), ValueHash.ofNumber(2.0));
		// a number hashes as XXH64 of its 8 little-endian bytes
		long bits = Double.doubleToLongBits(42.5);
		byte[] le = new byte[8];
		for (int i = 0; i < 8; i++) {
			le[i] = (byte) (bits >>> 8 * i);
		}
		assertEquals(ValueHash.ofBytes(le, 0, 8), ValueHash.ofNumber(42.5));
	}
}
