package org.assay.runtime.scan;

import java.nio.charset.StandardCharsets;

/**
 * The value hash of {@link ColumnVector#hash}, defined once for every engine (the local one, Spark, stored states):
 * XXH64 (xxHash, 64 bits, seed 0) of
 * <ul>
 * <li>text and category cells: the value's UTF-8 bytes;</li>
 * <li>numbers: the 8 bytes, little-endian, of {@code Double.doubleToLongBits(v)} with {@code -0.0} first made
 * {@code 0.0} (so every NaN is the canonical NaN and both zeros hash alike).</li>
 * </ul>
 * {@code ValueHash.ofText("")} is XXH64 of no bytes, {@code 0xEF46DB3751D8E999}.
 */
public final class ValueHash {

	private static final long P1 = 0x9E3779B185EBCA87L;
	private static final long P2 = 0xC2B2AE3D27D4EB4FL;
	private static final long P3 = 0x165667B19E3779F9L;
	private static final long P4 = 0x85EBCA77C2B2AE63L;
	private static final long P5 = 0x27D4EB2F165667C5L;

	private ValueHash() {
	}

	/** The hash of a number cell. */
	public static long ofNumber(double value) {
		long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
		long h = P5 + 8;
		long k = round(0, bits);
		h ^= k;
		h = Long.rotateLeft(h, 27) * P1 + P4;
		return avalanche(h);
	}

	/** The hash of a text or category cell. */
	public static long ofText(CharSequence text) {
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		return ofBytes(bytes, 0, bytes.length);
	}

	/** XXH64 (seed 0) of {@code length} bytes from {@code offset}: the hash of a text cell given as UTF-8. */
	public static long ofBytes(byte[] bytes, int offset, int length) {
		int end = offset + length;
		int i = offset;
		long h;
		if (length >= 32) {
			long v1 = P1 + P2;
			long v2 = P2;
			long v3 = 0;
			long v4 = -P1;
			do {
				v1 = round(v1, longAt(bytes, i));
				v2 = round(v2, longAt(bytes, i + 8));
				v3 = round(v3, longAt(bytes, i + 16));
				v4 = round(v4, longAt(bytes, i + 24));
				i += 32;
			} while (i <= end - 32);
			h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
			h = mergeRound(h, v1);
			h = mergeRound(h, v2);
			h = mergeRound(h, v3);
			h = mergeRound(h, v4);
		} else {
			h = P5;
		}
		h += length;
		while (i <= end - 8) {
			h ^= round(0, longAt(bytes, i));
			h = Long.rotateLeft(h, 27) * P1 + P4;
			i += 8;
		}
		if (i <= end - 4) {
			h ^= (intAt(bytes, i) & 0xFFFFFFFFL) * P1;
			h = Long.rotateLeft(h, 23) * P2 + P3;
			i += 4;
		}
		while (i < end) {
			h ^= (bytes[i] & 0xFFL) * P5;
			h = Long.rotateLeft(h, 11) * P1;
			i++;
		}
		return avalanche(h);
	}

	private static long round(long acc, long input) {
		acc += input * P2;
		acc = Long.rotateLeft(acc, 31);
		return acc * P1;
	}

	private static long mergeRound(long acc, long value) {
		acc ^= round(0, value);
		return acc * P1 + P4;
	}

	private static long avalanche(long h) {
		h ^= h >>> 33;
		h *= P2;
		h ^= h >>> 29;
		h *= P3;
		return h ^ (h >>> 32);
	}

	private static long longAt(byte[] b, int i) {
		return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24
				| (b[i + 4] & 0xFFL) << 32 | (b[i + 5] & 0xFFL) << 40 | (b[i + 6] & 0xFFL) << 48 | (b[i + 7] & 0xFFL) << 56;
	}

	private static int intAt(byte[] b, int i) {
		return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
	}
}
