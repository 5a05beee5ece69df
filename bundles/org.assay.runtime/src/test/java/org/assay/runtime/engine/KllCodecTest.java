package org.assay.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.engine.state.KllBudget;
import org.assay.runtime.engine.state.SketchStates;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.junit.jupiter.api.Test;

/**
 * The KLL state's encoding, kind version 2 (docs/engine-states.md): the exact form round trips to the same bytes,
 * values and merges on any Java; the sketch form to the same quantiles; an exact state of more than
 * {@link SketchStates.Kll#ENCODED_EXACT_LIMIT} values is written as its sketch; version 1 (a sketch, written by the
 * runtime before exact states) is still read.
 */
class KllCodecTest {

	private static final int JAVA = Runtime.version().feature();
	private static final boolean SKETCHES_ENCODE = JAVA == 17 || JAVA == 21 || JAVA >= 25;

	private static final double[] QS = { 0, 0.1, 0.5, 0.9, 1 };

	/**
	 * Written by this runtime before kind version 2 (commit 30bec81), k 200: x = 3.5, -2, null, 3.5, NaN, -0.0, 1e6,
	 * 7.25, 3.5, -2, 0, 42 (a sketch holding its 10 values).
	 */
	private static final String VERSION_1 = "41535354000107000100000100017800000000000000000000000c000000000000000a0000000000"
			+ "0000010000000000000001000000000000000002000000000000000200000000000000040009783d28656d70747929000000000000000400"
			+ "000000000000060007783d274e614e27000000c80000007805010f00c80008000a00000000000000c8000100be000000000000000000"
			+ "00c00000000080842e410000000000004540000000000000000000000000000000c00000000000000c400000000000001d400000000080"
			+ "842e4100000000000000800000000000000c4000000000000000c00000000000000c40";

	/** The same runtime, k 8: x = i·7 mod 37 for i < 100, compacted (median 19, quantile 0.9 34). */
	private static final String VERSION_1_COMPACTED = "41535354000107000100000100017800000000000000000000006400000000000000"
			+ "6400000000000000000000000000000000000000000000000000000000080000010c05010f0008000800640000000000000008000400"
			+ "050000000f000000100000001a000000000000000000000000000000000042400000000000003b4000000000000034400000000000002a"
			+ "40000000000000184000000000000042400000000000003d4000000000000036400000000000002e400000000000002040000000000000"
			+ "f03f00000000000000400000000000001440000000000000204000000000000028400000000000002e4000000000000033400000000000"
			+ "0036400000000000003a400000000000003d4000000000008040400000000000004240000000000000104000000000000022400000000000"
			+ "002c4000000000000036400000000000003c400000000000004140";

	private static SketchStates.Kll filled(String csv, int budget) throws IOException {
		SketchStates.Kll kll = new SketchStates.Kll(List.of("x"), new int[] { 1 }, NullPolicy.MISSING, SketchStates.kFor(0.01));
		if (budget > 0) {
			kll = KllBudget.withBudget(kll, budget);
		}
		try (RowSource source = CsvRowSource.of(csv.getBytes(StandardCharsets.UTF_8), "data/x.csv",
				ApproxQuantileExactTest.SCHEMA, ',', 1 << 30)) {
			for (Chunk chunk : source.chunks()) {
				chunk.read(kll::update);
			}
		}
		return kll;
	}

	@Test
	void anExactStateRoundTripsToTheSameBytesValuesAndMerges() throws IOException {
		String csv = ApproxQuantileExactTest.csv(12_000, 21);
		SketchStates.Kll kll = filled(csv, 0);
		assertTrue(kll.isExact());
		byte[] encoded = StateCodec.encode(kll);
		SketchStates.Kll decoded = (SketchStates.Kll) StateCodec.decode(encoded);
		assertTrue(decoded.isExact());
		assertEquals(kll.exactCount(), decoded.exactCount());
		assertEquals(2, encoded[8], "kind version 2");
		assertArrayEquals(encoded, StateCodec.encode(decoded));
		for (double q : QS) {
			assertEquals(kll.exactQuantile(q), decoded.exactQuantile(q), "q " + q);
		}
		SketchStates.Kll rest = filled(ApproxQuantileExactTest.csv(3000, 22), 0);
		kll.merge(rest);
		decoded.merge(rest);
		assertArrayEquals(StateCodec.encode(kll), StateCodec.encode(decoded), "after merging");
		assertArrayEquals(kll.exactValues(), decoded.exactValues());
	}

	@Test
	void aSketchRoundTripsToTheSameQuantiles() throws IOException {
		assumeTrue(SKETCHES_ENCODE, "DataSketches serialises on Java 17, 21 and 25+");
		SketchStates.Kll kll = filled(ApproxQuantileExactTest.csv(12_000, 23), 2000);
		assertFalse(kll.isExact());
		byte[] encoded = StateCodec.encode(kll);
		SketchStates.Kll decoded = (SketchStates.Kll) StateCodec.decode(encoded);
		assertFalse(decoded.isExact());
		assertArrayEquals(encoded, StateCodec.encode(decoded));
		for (double q : QS) {
			assertEquals(kll.sketch().quantile(q), decoded.sketch().quantile(q), "q " + q);
		}
	}

	@Test
	void anExactStateAboveTheEncodedLimitIsStoredAsItsSketch() throws IOException {
		assumeTrue(SKETCHES_ENCODE, "DataSketches serialises on Java 17, 21 and 25+");
		String csv = ApproxQuantileExactTest.csv(SketchStates.Kll.ENCODED_EXACT_LIMIT + 500, 24);
		SketchStates.Kll kll = filled(csv, 0);
		assertTrue(kll.isExact());
		assertTrue(kll.exactCount() > SketchStates.Kll.ENCODED_EXACT_LIMIT, "" + kll.exactCount());
		byte[] encoded = StateCodec.encode(kll);
		assertTrue(encoded.length < 16 * 1024, encoded.length + " bytes");
		SketchStates.Kll decoded = (SketchStates.Kll) StateCodec.decode(encoded);
		assertFalse(decoded.isExact());
		assertTrue(kll.isExact(), "encoding leaves the state as it was");
		assertEquals(kll.tally().values(), decoded.tally().values());
		double[] sorted = ApproxQuantileExactTest.values(csv);
		for (double q : QS) {
			double estimate = decoded.sketch().quantile(q);
			long below = Arrays.stream(sorted).filter(x -> x < estimate).count();
			long atMost = Arrays.stream(sorted).filter(x -> x <= estimate).count();
			assertTrue(below <= (q + 0.02) * sorted.length && atMost >= (q - 0.02) * sorted.length, "q " + q + ": " + estimate);
		}
	}

	@Test
	void version1IsStillRead() throws IOException {
		assumeTrue(SKETCHES_ENCODE, "DataSketches serialises on Java 17, 21 and 25+");
		SketchStates.Kll small = (SketchStates.Kll) StateCodec.decode(HexFormat.of().parseHex(VERSION_1));
		assertFalse(small.isExact());
		assertEquals(200, small.k());
		assertEquals(10, small.tally().values());
		assertFalse(small.sketch().isEstimationMode());
		assertEquals(3.5, small.sketch().quantile(0.5));
		assertEquals(1e6, small.sketch().quantile(1));
		SketchStates.Kll compacted = (SketchStates.Kll) StateCodec.decode(HexFormat.of().parseHex(VERSION_1_COMPACTED));
		assertTrue(compacted.sketch().isEstimationMode());
		assertEquals(19.0, compacted.sketch().quantile(0.5));
		assertEquals(34.0, compacted.sketch().quantile(0.9));
		// written again as version 2, the same sketch
		byte[] again = StateCodec.encode(compacted);
		assertEquals(2, again[8]);
		SketchStates.Kll reread = (SketchStates.Kll) StateCodec.decode(again);
		assertEquals(19.0, reread.sketch().quantile(0.5));
		assertEquals(34.0, reread.sketch().quantile(0.9));
	}

	@Test
	void unknownVersionsAndFormsAreRefused() throws IOException {
		byte[] encoded = StateCodec.encode(filled(ApproxQuantileExactTest.csv(100, 25), 0));
		byte[] newer = encoded.clone();
		newer[8] = 3;
		assertTrue(assertThrows(IOException.class, () -> StateCodec.decode(newer)).getMessage()
				.contains("KLL state version 3 is not supported (this runtime reads 1 to 2)"));
		// the form byte follows the common fields and k: the first byte of the kind's fields after them
		byte[] common = StateCodec.encode(new SketchStates.Kll(List.of("x"), new int[] { 1 }, NullPolicy.MISSING,
				SketchStates.kFor(0.01)));
		int form = common.length - 4 - 1; // an empty exact state ends with its form byte and i32 n = 0
		byte[] foreign = common.clone();
		foreign[form] = 5;
		assertTrue(assertThrows(IOException.class, () -> StateCodec.decode(foreign)).getMessage()
				.contains("KLL state form 5 is unknown"));
	}
}
