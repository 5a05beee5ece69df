package org.assay.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.state.Cells;
import org.assay.runtime.engine.state.DistinctState;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.assay.runtime.stats.Criterion.Operator;
import org.junit.jupiter.api.Test;

/**
 * The exact distinct values of a numeric column read from CSV text (nulls, NaN, -0.0 next to 0.0, 17 next to 17.0,
 * extremes, repeats and singletons): one chunk, many chunks and 1, 2 or 4 threads give the same state, byte for byte,
 * the same results as counted by hand, and the bytes the previous implementation (the hash map LongCountMap, at commit
 * 30bec81) wrote for the same data: {@code distinct-numbers.hex}.
 */
class DistinctNumbersTest {

	private static final Schema SCHEMA = Schema.of(Column.text("id"),
			Column.real("x", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));

	/** {@code rows} rows of seeded awkward values. */
	static byte[] csv(int rows) {
		Random random = new Random(9);
		String[] extremes = { "1e308", "-1e308", "-1e-300", "4.9E-324", "9007199254740993", "-2.5e-7" };
		StringBuilder text = new StringBuilder("id,x\n");
		for (int i = 0; i < rows; i++) {
			text.append(i % 11 == 0 ? "\"C-" + i + ", \"\"q\"\"\"" : "C-" + i).append(',');
			int kind = random.nextInt(100);
			String x;
			if (kind < 3) {
				x = "";
			} else if (kind < 4) {
				x = "NaN";
			} else if (kind < 6) {
				x = "-0.0";
			} else if (kind < 8) {
				x = random.nextBoolean() ? "0" : "-0";
			} else if (kind < 9) {
				x = "0.0";
			} else if (kind < 29) {
				int small = 1 + random.nextInt(50);
				x = random.nextBoolean() ? Integer.toString(small) : small + ".0";
			} else if (kind < 39) {
				x = "-" + random.nextInt(100) + ".25";
			} else if (kind < 40) {
				x = extremes[random.nextInt(extremes.length)];
			} else if (kind < 70) {
				x = Integer.toString(random.nextInt(rows));
			} else {
				x = Double.toString(random.nextGaussian() * 1e6);
			}
			text.append(x).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<ConstraintSpec> specs() {
		var any = Specs.at(Operator.GREATER_OR_EQUAL, Double.NEGATIVE_INFINITY);
		return List.of(Specs.stat("unique", Statistic.UNIQUENESS, "x", any), Specs.stat("distinct", Statistic.DISTINCT_COUNT, "x", any),
				Specs.stat("entropy", Statistic.ENTROPY, "x", any), Specs.argument("top", Statistic.TOP_FREQUENCY, "x", 3, any),
				Specs.frequency("zero", "x", "-0", any), Specs.frequency("seventeen", "x", "17", any));
	}

	private record Scanned(DistinctState state, EngineResult result) {
	}

	private static Scanned scan(byte[] csv, int chunkBytes, int threads) throws IOException {
		Plan plan = DataEngine.plan("data/x.csv", SCHEMA, specs(), EngineOptions.defaults());
		try (CsvRowSource source = CsvRowSource.of(csv, "data/x.csv", SCHEMA, ',', chunkBytes)) {
			ScanResult scan = DataEngine.scan(source, plan, threads);
			assertEquals(null, scan.failure());
			DistinctState state = (DistinctState) scan.states().get(plan.keyOf(0));
			EngineResult result = DataEngine.decide(plan, scan.states(), scan.rows(), source.findings(scan.summaries()), null,
					EngineOptions.defaults());
			return new Scanned(state, result);
		}
	}

	/** The encodings of {@code distinct-numbers.hex}: the whole data, and two decoded states with huge counts merged. */
	static Map<String, byte[]> encodings(DistinctState whole) throws IOException {
		Map<String, byte[]> encodings = new LinkedHashMap<>();
		byte[] encoded = StateCodec.encode(whole);
		encodings.put("whole", encoded);
		// the last entry (largest key) counted 3,000,000,000 times: twice that, and past Integer.MAX_VALUE
		byte[] huge = encoded.clone();
		java.nio.ByteBuffer.wrap(huge).putLong(huge.length - 8, 3_000_000_000L);
		DistinctState merged = (DistinctState) StateCodec.decode(huge);
		merged.merge(StateCodec.decode(huge));
		merged.merge(StateCodec.decode(encoded));
		encodings.put("huge", StateCodec.encode(merged));
		return encodings;
	}

	private static Map<String, String> fixture() throws IOException {
		Map<String, String> fixture = new LinkedHashMap<>();
		try (InputStream in = DistinctNumbersTest.class.getResourceAsStream("distinct-numbers.hex")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] parts = line.split(" ");
					fixture.put(parts[0], parts[1]);
				}
			}
		}
		return fixture;
	}

	@Test
	void encodesTheBytesThePreviousImplementationWrote() throws IOException {
		Map<String, byte[]> encodings = encodings(scan(csv(2_000), Integer.MAX_VALUE, 1).state());
		Map<String, String> fixture = fixture();
		assertEquals(fixture.keySet(), encodings.keySet());
		encodings.forEach((name, bytes) -> assertEquals(fixture.get(name), HexFormat.of().formatHex(bytes), name));
		// the old bytes decode to the same state, which encodes to them again
		for (String hex : fixture.values()) {
			byte[] old = HexFormat.of().parseHex(hex);
			assertArrayEquals(old, StateCodec.encode(StateCodec.decode(old)));
		}
		DistinctState huge = (DistinctState) StateCodec.decode(HexFormat.of().parseHex(fixture.get("huge")));
		byte[] whole = HexFormat.of().parseHex(fixture.get("whole"));
		long once = java.nio.ByteBuffer.wrap(whole).getLong(whole.length - 8);
		assertEquals(6_000_000_000L + once, huge.counts()[huge.counts().length - 1]);
		assertEquals(6_000_000_000L + once, huge.mostFrequent(1).get(0).getValue());
	}

	@Test
	void numbersOutOfOrderAreRefusedWhenDecoded() throws IOException {
		byte[] whole = HexFormat.of().parseHex(fixture().get("whole"));
		byte[] swapped = whole.clone(); // the last two entries (key, count) change places
		System.arraycopy(whole, whole.length - 16, swapped, whole.length - 32, 16);
		System.arraycopy(whole, whole.length - 32, swapped, whole.length - 16, 16);
		IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> StateCodec.decode(swapped));
		assertEquals("DISTINCT_VALUES state of [x]: its numbers are not in ascending order with positive counts, as Assay "
				+ "writes them", refused.getMessage());
	}

	@Test
	void anyChunkingAndThreadCountGivesTheSameStateAndResults() throws IOException {
		byte[] csv = csv(30_000);
		Scanned whole = scan(csv, Integer.MAX_VALUE, 1);
		byte[] expected = StateCodec.encode(whole.state());
		int[][] runs = { { 4096, 1 }, { 4096, 4 }, { 65_536, 2 }, { 7_777, 4 }, { 100_000, 1 }, { 1_000, 2 } };
		for (int[] run : runs) {
			Scanned chunked = scan(csv, run[0], run[1]);
			String context = run[0] + " bytes a chunk, " + run[1] + " thread(s)";
			assertArrayEquals(expected, StateCodec.encode(chunked.state()), context);
			for (int i = 0; i < specs().size(); i++) {
				ConstraintResult a = whole.result().constraints().get(i);
				ConstraintResult b = chunked.result().constraints().get(i);
				assertEquals(a.measurement(), b.measurement(), context);
				assertEquals(a.message(), b.message(), context);
			}
		}
	}

	@Test
	void countsAsByHand() throws IOException {
		byte[] csv = csv(30_000);
		DistinctState state = scan(csv, 5_000, 2).state();
		Map<Long, Long> byHand = new HashMap<>();
		long values = 0;
		for (String line : new String(csv, StandardCharsets.UTF_8).split("\n")) {
			String x = line.substring(line.lastIndexOf(',') + 1);
			if (!x.isEmpty() && !x.equals("x") && !x.equals("NaN")) {
				byHand.merge(Cells.key(Double.parseDouble(x)), 1L, Long::sum);
				values++;
			}
		}
		assertEquals(values, state.tally().values());
		assertEquals(byHand.size(), state.distinct());
		assertEquals(byHand.values().stream().filter(c -> c == 1).count(), state.singletons());
		assertArrayEquals(byHand.values().stream().mapToLong(Long::longValue).sorted().toArray(), state.counts());
		assertEquals(byHand.get(Cells.key(0.0)), state.frequency("-0.0"));
		assertEquals(byHand.get(Cells.key(17)), state.frequency("17.0"));
		assertEquals(0, state.frequency("123456789.5"));
		assertEquals(0, state.frequency("not a number"));
		List<Map.Entry<Long, Long>> ranked = new ArrayList<>(byHand.entrySet());
		ranked.sort(Comparator.<Map.Entry<Long, Long>>comparingLong(e -> -e.getValue())
				.thenComparingDouble(e -> Double.longBitsToDouble(e.getKey())));
		List<Map.Entry<String, Long>> top = state.mostFrequent(8);
		assertEquals(8, top.size());
		for (int i = 0; i < top.size(); i++) {
			assertEquals(ranked.get(i).getValue(), top.get(i).getValue());
			assertEquals(Double.longBitsToDouble(ranked.get(i).getKey()), Double.parseDouble(top.get(i).getKey()));
		}
		assertTrue(top.stream().anyMatch(e -> e.getKey().equals("0")), "-0.0 and 0.0 are one value, shown as 0: " + top);
	}
}
