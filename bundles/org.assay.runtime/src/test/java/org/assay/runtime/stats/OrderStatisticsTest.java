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
	void radixSelectionRefusesARankOutsideTheRange() {
		double[] values = new double[10];
		assertThrows(IndexOutOfBoundsException.class, () -> OrderStatistics.selectByRadix(values, 2, 5, 5));
		assertThrows(IndexOutOfBoundsException.class, () -> OrderStatistics.selectByRadix(values, 2, 5, 1));
	}
}
