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

	/**
	 * The selection among values of one top-16-bit digit gives the sorted value at every rank probed, leaves its input
	 * as it was, and the digit found from counts summed by top 8 bits is the one whose values hold the rank.
	 */
	@Test
	void selectionAmongOneTopDigitAndTheDigitOfARankAgreeWithSorting() {
		SplittableRandom random = new SplittableRandom(77);
		for (int round = 0; round < 30; round++) {
			int n = round < 10 ? 1 + random.nextInt(0, 80) : random.nextInt(80, 40_000);
			double[] all = new double[n];
			for (int i = 0; i < n; i++) {
				all[i] = switch (round % 3) {
				case 0 -> 32768 + random.nextInt(0, 2048) + random.nextDouble(); // one digit: [32768, 34816)
				case 1 -> random.nextInt(0, 5) == 0 ? 65536.0 : 65536 + random.nextInt(0, 3); // repeats of a few values
				default -> -1 - random.nextDouble() / 16; // negatives: (-1.0625, -1]
				};
			}
			int digit = OrderStatistics.topDigit(all[0]);
			for (double x : all) {
				assertEquals(digit, OrderStatistics.topDigit(x), "the values share their top 16 bits");
			}
			double[] sorted = all.clone();
			Arrays.sort(sorted);
			double[] before = all.clone();
			for (int probe = 0; probe < 8; probe++) {
				int rank = probe == 0 ? 0 : probe == 1 ? n - 1 : random.nextInt(0, n);
				assertEquals(sorted[rank], OrderStatistics.selectAmongTop(all, n, rank), "round " + round + ", rank " + rank);
				assertArrayEquals(before, all, "the values stay as they were");
			}
		}
		double[] mixed = new double[50_000];
		for (int i = 0; i < mixed.length; i++) {
			mixed[i] = random.nextInt(0, 10) == 0 ? -Math.exp(random.nextGaussian()) : Math.exp(10 + 2 * random.nextGaussian());
		}
		int[] counts = new int[1 << 16];
		OrderStatistics.countTop(mixed, mixed.length, counts);
		int[] groups = new int[256];
		for (int d = 0; d < counts.length; d++) {
			groups[d >>> 8] += counts[d];
		}
		double[] sorted = mixed.clone();
		Arrays.sort(sorted);
		for (int rank : new int[] { 0, 1, 4_999, 5_000, 25_000, 49_999 }) {
			long found = OrderStatistics.topDigitOf(counts, groups, rank);
			int digit = (int) (found >>> 32);
			assertEquals(OrderStatistics.topDigit(sorted[rank]), digit, "rank " + rank);
			int first = 0;
			while (OrderStatistics.topDigit(sorted[first]) != digit) {
				first++;
			}
			assertEquals(rank - first, (int) found, "rank within the digit, rank " + rank);
		}
	}
}
