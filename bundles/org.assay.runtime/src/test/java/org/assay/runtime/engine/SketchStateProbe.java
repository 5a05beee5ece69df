package org.assay.runtime.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.sketch.DistinctSketch;
import org.assay.runtime.engine.sketch.QuantileSketch;
import org.assay.runtime.engine.sketch.SketchLibrary;
import org.assay.runtime.engine.state.KllBudget;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.SketchStates;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.scan.Chunk;

/**
 * Sketch states of fixed data, written and read through {@link StateCodec}, and what they hold as text: run in this JVM
 * and, by {@link SketchCrossVersionTest}, in a Java 17 child ({@code encode FILE} / {@code decode FILE}, printing the
 * summary as {@code key=value} lines), so that states cross between DataSketches 6.1.1 and 9.0.0.
 */
public final class SketchStateProbe {

	static final Schema SCHEMA = Schema.of(Column.text("id"), Column.real("amount", Double.NEGATIVE_INFINITY,
			Double.POSITIVE_INFINITY));

	private static final double[] RANKS = { 0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1 };

	private SketchStateProbe() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[1]);
		List<MetricState> states;
		if (args[0].equals("encode")) {
			states = states();
			write(states, file);
		} else {
			states = read(file);
		}
		summary(states).forEach((key, value) -> System.out.println(key + "=" + value));
	}

	/**
	 * Real-world-like rows, the same on every JVM (StrictMath only): ids with '-', spaces, quotes, accents, empty
	 * strings and repeats; amounts with NaN, nulls, -0.0, huge and tiny values.
	 */
	static List<Object[]> rows(int count) {
		Random random = new Random(20261130L);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String id = switch (i % 6) {
			case 0 -> "C-" + i;
			case 1 -> "C " + i + " \"q\"";
			case 2 -> "Zoë-" + (i / 3);
			case 3 -> i % 12 == 3 ? "" : "x'" + i;
			case 4 -> null;
			default -> "C-" + (i - 5);
			};
			double gaussian = random.nextGaussian();
			Object amount = switch (i % 50) {
			case 7 -> Double.NaN;
			case 8 -> null;
			case 9 -> -0.0;
			case 10 -> 1e300 * gaussian;
			case 11 -> 1e-300 * gaussian;
			default -> StrictMath.exp(8 + gaussian) - 500;
			};
			rows.add(new Object[] { id, amount });
		}
		return rows;
	}

	/**
	 * An HLL in its list/set mode and one in HLL mode, a KLL sketch holding every value and a compacted one (both with an
	 * exact budget of 0), and a KLL state holding its values exactly.
	 */
	static List<MetricState> states() throws IOException {
		List<String> id = List.of("id");
		List<String> amount = List.of("amount");
		List<MetricState> states = List.of(new SketchStates.Hll(id, new int[] { 0 }, NullPolicy.MISSING),
				new SketchStates.Hll(id, new int[] { 0 }, NullPolicy.MISSING),
				new SketchStates.Hll(amount, new int[] { 1 }, NullPolicy.MISSING),
				KllBudget.withBudget(new SketchStates.Kll(amount, new int[] { 1 }, NullPolicy.MISSING, 200), 0),
				KllBudget.withBudget(new SketchStates.Kll(amount, new int[] { 1 }, NullPolicy.MISSING, SketchStates.kFor(0.01)), 0),
				new SketchStates.Kll(amount, new int[] { 1 }, NullPolicy.MISSING, SketchStates.kFor(0.01)));
		int[] sizes = { 300, 60_000, 60_000, 150, 60_000, 20_000 };
		for (int i = 0; i < states.size(); i++) {
			MetricState state = states.get(i);
			for (Chunk chunk : MemorySource.of(SCHEMA, rows(sizes[i])).batchSize(500).chunks()) {
				chunk.read(state::update);
			}
		}
		return states;
	}

	static void write(List<MetricState> states, Path file) throws IOException {
		try (OutputStream stream = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(stream)) {
			out.writeInt(states.size());
			for (MetricState state : states) {
				byte[] bytes = StateCodec.encode(state);
				out.writeInt(bytes.length);
				out.write(bytes);
			}
		}
	}

	static List<MetricState> read(Path file) throws IOException {
		try (InputStream stream = Files.newInputStream(file); DataInputStream in = new DataInputStream(stream)) {
			List<MetricState> states = new ArrayList<>();
			for (int i = in.readInt(); i > 0; i--) {
				byte[] bytes = new byte[in.readInt()];
				in.readFully(bytes);
				states.add(StateCodec.decode(bytes));
			}
			return states;
		}
	}

	/** The library, and per state its values (doubles as exact bits) and its encoding again, in hex. */
	static Map<String, String> summary(List<MetricState> states) {
		Map<String, String> summary = new TreeMap<>();
		summary.put("library", SketchLibrary.get().name());
		for (int i = 0; i < states.size(); i++) {
			MetricState state = states.get(i);
			String prefix = i + ".";
			summary.put(prefix + "values", Long.toString(state.tally().values()));
			if (state instanceof SketchStates.Hll hll) {
				DistinctSketch sketch = hll.result();
				summary.put(prefix + "estimate", bits(sketch.estimate()));
				summary.put(prefix + "registers", registers(sketch.toBytes()));
				for (int sd = 1; sd <= 3; sd++) {
					summary.put(prefix + "lower" + sd, bits(sketch.lowerBound(sd)));
					summary.put(prefix + "upper" + sd, bits(sketch.upperBound(sd)));
				}
			} else if (((SketchStates.Kll) state).isExact()) {
				for (double rank : RANKS) {
					summary.put(prefix + "q" + rank, bits(((SketchStates.Kll) state).exactQuantile(rank)));
				}
			} else {
				QuantileSketch sketch = ((SketchStates.Kll) state).sketch();
				summary.put(prefix + "estimation", Boolean.toString(sketch.isEstimationMode()));
				for (double rank : RANKS) {
					summary.put(prefix + "q" + rank, bits(sketch.quantile(rank)));
				}
			}
			summary.put(prefix + "encoded", HexFormat.of().formatHex(StateCodec.encode(state)));
		}
		return summary;
	}

	/**
	 * What an HLL image holds, whatever the order of its coupons: the mode, lgK and target type, then the sorted
	 * coupons (list and set modes, whose order depends on how the hash set was filled) or the registers (HLL mode; its
	 * KxQ sums and HIP accumulator are left out, as reading an image recomputes them).
	 */
	static String registers(byte[] image) {
		int preInts = image[0];
		String header = "preInts " + preInts + ", lgK " + image[3] + ", mode " + (image[7] & 0xff);
		if (preInts == 10) {
			return header + ", curMin " + image[6] + ", registers " + HexFormat.of().formatHex(image, 40, image.length);
		}
		ByteBuffer coupons = ByteBuffer.wrap(image, preInts * 4, image.length - preInts * 4).order(ByteOrder.LITTLE_ENDIAN);
		int[] sorted = new int[coupons.remaining() / 4];
		for (int i = 0; i < sorted.length; i++) {
			sorted[i] = coupons.getInt();
		}
		Arrays.sort(sorted);
		return header + ", coupons " + Arrays.toString(sorted);
	}

	private static String bits(double value) {
		return String.format(Locale.ROOT, "%s (%016x)", value, Double.doubleToRawLongBits(value));
	}
}
