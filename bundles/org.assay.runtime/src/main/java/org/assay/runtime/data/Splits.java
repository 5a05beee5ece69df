package org.assay.runtime.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Reproducible dataset splits: rows shuffled with a seed and cut by shares (in percent), optionally stratified so
 * that every partition keeps the class proportions. The same seed, shares and data always give the same partitions.
 */
public final class Splits {

	private Splits() {
	}

	/** Partitions of rows 0..rows-1 by shares (percent, adding up to 100). */
	public static int[][] random(int rows, double[] shares, long seed) {
		int[] all = new int[rows];
		for (int i = 0; i < rows; i++) {
			all[i] = i;
		}
		return cut(shuffle(all, new Random(seed)), shares);
	}

	/** Partitions that keep the proportions of {@code strata} (e.g. label codes; {@code -1} rows are a stratum too). */
	public static int[][] stratified(int[] strata, double[] shares, long seed) {
		Random random = new Random(seed);
		int max = Arrays.stream(strata).max().orElse(-1);
		List<List<Integer>> parts = new ArrayList<>();
		for (int p = 0; p < shares.length; p++) {
			parts.add(new ArrayList<>());
		}
		for (int stratum = -1; stratum <= max; stratum++) {
			final int s = stratum;
			int[] rows = java.util.stream.IntStream.range(0, strata.length).filter(i -> strata[i] == s).toArray();
			int[][] cut = cut(shuffle(rows, random), shares);
			for (int p = 0; p < shares.length; p++) {
				for (int row : cut[p]) {
					parts.get(p).add(row);
				}
			}
		}
		int[][] result = new int[shares.length][];
		for (int p = 0; p < shares.length; p++) {
			result[p] = parts.get(p).stream().mapToInt(Integer::intValue).sorted().toArray();
		}
		return result;
	}

	private static int[] shuffle(int[] rows, Random random) {
		int[] shuffled = rows.clone();
		for (int i = shuffled.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = shuffled[i];
			shuffled[i] = shuffled[j];
			shuffled[j] = swap;
		}
		return shuffled;
	}

	/** Cuts by cumulative share, rounding boundaries, so every row lands in exactly one partition. */
	private static int[][] cut(int[] rows, double[] shares) {
		double total = Arrays.stream(shares).sum();
		int[][] parts = new int[shares.length][];
		double cumulative = 0;
		int start = 0;
		for (int p = 0; p < shares.length; p++) {
			cumulative += shares[p];
			int end = p == shares.length - 1 ? rows.length : (int) Math.round(rows.length * cumulative / total);
			parts[p] = Arrays.copyOfRange(rows, start, end);
			start = end;
		}
		return parts;
	}
}
