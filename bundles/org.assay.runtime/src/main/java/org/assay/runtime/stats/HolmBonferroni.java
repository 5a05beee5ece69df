package org.assay.runtime.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Holm–Bonferroni step-down adjustment of p-values across the tests of a suite (family-wise error control). */
public final class HolmBonferroni {

	private HolmBonferroni() {
	}

	/** Adjusted p-values, in the order given: p_(i) · (m − i + 1), made monotone and capped at 1. */
	public static double[] adjust(double[] pValues) {
		int m = pValues.length;
		Integer[] order = new Integer[m];
		for (int i = 0; i < m; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
		double[] adjusted = new double[m];
		double running = 0;
		for (int rank = 0; rank < m; rank++) {
			int i = order[rank];
			running = Math.max(running, Math.min(1, pValues[i] * (m - rank)));
			adjusted[i] = running;
		}
		return adjusted;
	}

	/**
	 * The same adjustment over a family whose p-values come in groups (the features of each test of a suite): every
	 * p-value of every group counts once in the family; the result keeps the groups and their keys in order.
	 */
	public static <G, K> java.util.Map<G, java.util.Map<K, Double>> adjust(java.util.Map<G, java.util.Map<K, Double>> groups) {
		double[] values = groups.values().stream().flatMap(g -> g.values().stream()).mapToDouble(Double::doubleValue).toArray();
		double[] adjusted = adjust(values);
		java.util.Map<G, java.util.Map<K, Double>> result = new java.util.LinkedHashMap<>();
		int i = 0;
		for (var group : groups.entrySet()) {
			java.util.Map<K, Double> out = new java.util.LinkedHashMap<>();
			for (K key : group.getValue().keySet()) {
				out.put(key, adjusted[i++]);
			}
			result.put(group.getKey(), out);
		}
		return result;
	}
}
