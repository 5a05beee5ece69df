package org.assay.runtime.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The exact quantile's selection gives, for every rank, the value the sorted array holds there: on random values with
 * many repeats, sorted and reversed runs, one repeated value, two values, infinities and a single value.
 */
class ExactValuesTest {

	private static List<double[]> inputs() {
		Random random = new Random(7);
		double[] repeats = new double[3001];
		double[] wide = new double[2000];
		double[] sorted = new double[1500];
		double[] reversed = new double[1500];
		double[] twoValues = new double[999];
		for (int i = 0; i < repeats.length; i++) {
			repeats[i] = random.nextInt(7) - 3;
		}
		for (int i = 0; i < wide.length; i++) {
			wide[i] = i % 100 == 0 ? Double.POSITIVE_INFINITY : i % 101 == 0 ? Double.NEGATIVE_INFINITY
					: Math.exp(10 + 3 * random.nextGaussian()) * (random.nextBoolean() ? 1 : -1);
		}
		for (int i = 0; i < sorted.length; i++) {
			sorted[i] = i / 3;
			reversed[i] = -i;
		}
		for (int i = 0; i < twoValues.length; i++) {
			twoValues[i] = random.nextInt(10) == 0 ? 1 : 0;
		}
		double[] constant = new double[777];
		Arrays.fill(constant, 4.5);
		return List.of(repeats, wide, sorted, reversed, twoValues, constant, new double[] { 42 }, new double[] { 2, 1 });
	}

	@Test
	void selectionGivesTheSortedValueAtEveryRank() {
		for (double[] input : inputs()) {
			double[] expected = input.clone();
			Arrays.sort(expected);
			for (int index = 0; index < input.length; index++) {
				double[] work = input.clone();
				assertEquals(expected[index], ExactValues.select(work, work.length, index), "rank " + index + " of "
						+ input.length);
				double[] after = work.clone();
				Arrays.sort(after);
				assertEquals(Arrays.toString(expected), Arrays.toString(after), "selection only reorders");
			}
		}
	}

	@Test
	void theQuantileIsTheLowerNearestRankAndNegativeZeroCountsAsZero() {
		ExactValues values = new ExactValues();
		for (double x : new double[] { 3, -0.0, 1, 2, -0.0, 5 }) {
			values.add(x);
		}
		// sorted: 0, 0, 1, 2, 3, 5; rank ceil(q·6)
		assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(values.quantile(0)));
		assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(values.quantile(1 / 3.0)));
		assertEquals(1.0, values.quantile(0.5));
		assertEquals(2.0, values.quantile(0.51));
		assertEquals(5.0, values.quantile(1));
		assertEquals(Double.NaN, new ExactValues().quantile(0.5));
	}

	/**
	 * Values kept in parts and merged as parts answer as one array would: every quantile, the encoding (values in the
	 * order added, state by state), the sorted copy, and values added after it.
	 */
	@Test
	void partsAndMergesAnswerAsOneArray() throws Exception {
		Random random = new Random(11);
		int[] sizes = { 0, 1000, 3 * ExactValues.PART + 17, 70_000, 1 };
		ExactValues merged = new ExactValues();
		java.util.List<Double> all = new java.util.ArrayList<>();
		for (int s = 0; s < sizes.length; s++) {
			ExactValues one = new ExactValues();
			for (int i = 0; i < sizes[s]; i++) {
				double x = random.nextInt(20) == 0 ? -0.0 : Math.exp(10 + random.nextGaussian());
				one.add(x);
				all.add(x == 0.0 ? 0.0 : x);
			}
			if (s == 0) {
				merged = one;
			} else {
				merged.addAll(one);
			}
		}
		double[] expected = all.stream().mapToDouble(Double::doubleValue).toArray();
		assertEquals(expected.length, merged.size());
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		merged.write(new java.io.DataOutputStream(bytes));
		java.io.ByteArrayOutputStream wanted = new java.io.ByteArrayOutputStream();
		java.io.DataOutputStream out = new java.io.DataOutputStream(wanted);
		out.writeInt(expected.length);
		for (double x : expected) {
			out.writeDouble(x);
		}
		assertEquals(Arrays.toString(wanted.toByteArray()), Arrays.toString(bytes.toByteArray()), "encoded in order");
		double[] sorted = expected.clone();
		Arrays.sort(sorted);
		for (double q : new double[] { 0, 1e-6, 0.01, 0.25, 0.5, 0.5 + 1e-9, 0.75, 0.99, 1 }) {
			int index = (int) Math.max(0, Math.min(sorted.length - 1, (long) Math.ceil(q * sorted.length) - 1));
			assertEquals(sorted[index], merged.quantile(q), "q " + q);
		}
		assertEquals(Arrays.toString(sorted), Arrays.toString(merged.sortedCopy()));
		for (double q : new double[] { 0, 0.5, 1 }) { // now from the one sorted part
			int index = (int) Math.max(0, Math.min(sorted.length - 1, (long) Math.ceil(q * sorted.length) - 1));
			assertEquals(sorted[index], merged.quantile(q), "sorted, q " + q);
		}
		merged.add(-1);
		assertEquals(-1.0, merged.quantile(0), "a value added after the sorted copy");
		assertEquals(sorted.length + 1, merged.size());
	}

	/**
	 * Chunks below and above the size from which values are counted by their top bits, and across a part's size, merged
	 * in order (counted into uncounted, uncounted into counted), with values added to the merged state: every quantile is
	 * the sorted values' at its rank, and the encoding holds the values in the order added. The values cluster in a few
	 * top-bit digits, spread over signs and magnitudes, or repeat.
	 */
	@Test
	void chunksCountedByTopBitsOrNotAnswerAsOneArray() throws Exception {
		Random random = new Random(23);
		for (int round = 0; round < 12; round++) {
			ExactValues merged = new ExactValues();
			ExactValues plain = new ExactValues();
			List<Double> all = new java.util.ArrayList<>();
			int chunks = 1 + random.nextInt(6);
			for (int c = 0; c < chunks; c++) {
				ExactValues chunk = new ExactValues();
				int n = switch (random.nextInt(4)) {
				case 0 -> random.nextInt(100);
				case 1 -> ExactValues.TOP_MIN - 1 + random.nextInt(3);
				case 2 -> ExactValues.PART * (1 + random.nextInt(3)) + random.nextInt(3) - 1;
				default -> 20_000 + random.nextInt(60_000);
				};
				for (int i = 0; i < n; i++) {
					double x = value(random, round);
					chunk.add(x);
					plain.add(x);
					all.add(x == 0.0 ? 0.0 : x);
				}
				merged.addAll(chunk);
			}
			if (random.nextBoolean()) {
				double x = value(random, round);
				merged.add(x);
				plain.add(x);
				all.add(x == 0.0 ? 0.0 : x);
			}
			double[] sorted = all.stream().mapToDouble(Double::doubleValue).toArray();
			Arrays.sort(sorted);
			assertEquals(sorted.length, merged.size());
			for (double q : new double[] { 0, 1e-6, 0.01, 0.1, 0.25, 0.5, 0.5 + 1e-9, 0.75, 0.9, 0.99, 1 }) {
				int index = (int) Math.max(0, Math.min(sorted.length - 1, (long) Math.ceil(q * sorted.length) - 1));
				double expected = sorted.length == 0 ? Double.NaN : sorted[index];
				assertEquals(expected, merged.quantile(q), "round " + round + ", q " + q);
			}
			assertEquals(Arrays.toString(bytes(plain)), Arrays.toString(bytes(merged)), "round " + round + ": encoding");
			assertEquals(Arrays.toString(sorted), Arrays.toString(merged.sortedCopy()), "round " + round + ": sorted");
			if (sorted.length > 0) {
				merged.add(sorted[0] - 1); // after the sorted copy: still counted
				assertEquals(sorted[0] - 1, merged.quantile(0), "round " + round + ": added after the sorted copy");
				assertEquals(sorted[sorted.length - 1], merged.quantile(1), "round " + round);
			}
		}
	}

	/** The values of a round: clustered in one top-bit digit, log-normal of both signs, or small repeated integers. */
	private static double value(Random random, int round) {
		return switch (round % 3) {
		case 0 -> 32768 + random.nextInt(2048) + (random.nextInt(50) == 0 ? -0.0 : random.nextDouble());
		case 1 -> (random.nextBoolean() ? 1 : -1) * Math.exp(10 + 3 * random.nextGaussian());
		default -> random.nextInt(20) == 0 ? -0.0 : random.nextInt(9) - 4;
		};
	}

	private static byte[] bytes(ExactValues values) throws java.io.IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		values.write(new java.io.DataOutputStream(bytes));
		return bytes.toByteArray();
	}
}
