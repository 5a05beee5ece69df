package org.assay.runtime.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Test;

/** Both selections give the sorted order's value at every rank asked; the radix one leaves its input as it was. */
class OrderStatisticsTest {

	private static void check(double[] values, SplittableRandom random) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		for (int probe = 0; probe < 6; probe++) {
			int from = random.nextInt(0, Math.max(1, values.length / 4));
			int to = values.length - random.nextInt(0, Math.max(1, values.length / 4));
			if (to <= from) {
				continue;
			}
			double[] range = Arrays.copyOfRange(values, from, to);
			Arrays.sort(range);
			int index = probe == 0 ? from : probe == 1 ? to - 1 : random.nextInt(from, to);
			double expected = range[index - from] + 0.0; // −0.0 and 0.0 count as equal
			double[] before = values.clone();
			assertEquals(expected, OrderStatistics.selectByRadix(values, from, to, index) + 0.0,
					() -> "radix, " + values.length + " values, rank " + index + " in " + from + ".." + to);
			assertArrayEquals(before, values, "selectByRadix must leave the values as they were");
			double[] work = values.clone();
			assertEquals(expected, OrderStatistics.select(work, from, to, index) + 0.0, "quickselect");
		}
	}

	@Test
	void radixSelectionAgreesWithSortingOnAnyDistribution() {
		SplittableRandom random = new SplittableRandom(1201);
		DoubleSupplier[] kinds = {
				random::nextDouble, // one binade: the top digit splits little
				() -> Math.exp(random.nextGaussian() * 2 + 10), // log-normal, like incomes
				() -> random.nextInt(-3, 4), // few values, many repeats, both zeros
				() -> random.nextBoolean() ? -0.0 : 0.0,
				() -> Double.longBitsToDouble(random.nextLong()), // any bits (NaN left out below)
				() -> random.nextInt(10) == 0 ? Double.POSITIVE_INFINITY : random.nextInt(10) == 0 ? Double.NEGATIVE_INFINITY
						: -random.nextDouble() * 1e-300,
				() -> 42.5 };
		for (DoubleSupplier kind : kinds) {
			for (int size : new int[] { 1, 2, 100, 4095, 4096, 4097, 70_000, 300_000 }) {
				double[] values = new double[size];
				for (int i = 0; i < size; i++) {
					double value;
					do {
						value = kind.getAsDouble();
					} while (Double.isNaN(value));
					values[i] = value;
				}
				check(values, random);
			}
		}
	}

	@Test
	void radixSelectionOverPartsAgreesWithSorting() {
		SplittableRandom random = new SplittableRandom(1202);
		DoubleSupplier[] kinds = { random::nextDouble, () -> Math.exp(random.nextGaussian() * 2 + 10),
				() -> random.nextInt(-3, 4), () -> random.nextBoolean() ? -0.0 : 0.0, () -> 42.5 };
		for (DoubleSupplier kind : kinds) {
			for (int size : new int[] { 1, 3, 4095, 5000, 70_000, 300_000 }) {
				double[] values = new double[size];
				for (int i = 0; i < size; i++) {
					values[i] = kind.getAsDouble();
				}
				double[] sorted = values.clone();
				Arrays.sort(sorted);
				int n = random.nextInt(1, 9);
				double[][] parts = new double[n][];
				int[] lengths = new int[n];
				int at = 0;
				for (int p = 0; p < n; p++) { // parts of any length, empty ones too, with room after their values
					lengths[p] = p == n - 1 ? size - at : random.nextInt(0, size - at + 1);
					parts[p] = Arrays.copyOf(Arrays.copyOfRange(values, at, at + lengths[p]), lengths[p] + random.nextInt(0, 5));
					at += lengths[p];
				}
				double[][] before = Arrays.stream(parts).map(double[]::clone).toArray(double[][]::new);
				for (int index : new int[] { 0, size - 1, random.nextInt(0, size), random.nextInt(0, size) }) {
					assertEquals(sorted[index] + 0.0, OrderStatistics.selectByRadix(parts, lengths, index) + 0.0,
							() -> size + " values in " + n + " parts, rank " + index);
				}
				for (int p = 0; p < n; p++) {
					assertArrayEquals(before[p], parts[p], "the parts stay as they were");
				}
				assertThrows(IndexOutOfBoundsException.class, () -> OrderStatistics.selectByRadix(parts, lengths, size));
			}
		}
	}

	@Test
	void radixSelectionRefusesARankOutsideTheRange() {
		double[] values = new double[10];
		assertThrows(IndexOutOfBoundsException.class, () -> OrderStatistics.selectByRadix(values, 2, 5, 5));
		assertThrows(IndexOutOfBoundsException.class, () -> OrderStatistics.selectByRadix(values, 2, 5, 1));
	}
}
