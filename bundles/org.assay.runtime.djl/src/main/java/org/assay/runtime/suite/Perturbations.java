package org.assay.runtime.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Table;

/** Input perturbations on tables (copies; the original is never changed). */
public final class Perturbations {

	private Perturbations() {
	}

	/** Adds N(0, (sigma · SD)²) to each named numeric column, SD being that column's standard deviation. */
	public static Table gaussian(Table table, List<Column> columns, double sigma, Random random) {
		return noise(table, columns, sigma, false, random);
	}

	/**
	 * Adds noise scaled by each column's standard deviation SD: N(0, (s · SD)²), or U(−s · SD, s · SD) when
	 * {@code uniform}.
	 */
	public static Table noise(Table table, List<Column> columns, double s, boolean uniform, Random random) {
		List<Object> values = new ArrayList<>();
		for (Column column : table.schema().columns()) {
			if (!column.isNumeric()) {
				values.add(table.codes(column.name()));
				continue;
			}
			double[] original = table.numeric(column.name());
			if (!columns.contains(column)) {
				values.add(original);
				continue;
			}
			double sd = standardDeviation(original);
			double[] noisy = new double[original.length];
			for (int r = 0; r < original.length; r++) {
				double draw = uniform ? 2 * random.nextDouble() - 1 : random.nextGaussian();
				noisy[r] = original[r] + draw * s * sd;
			}
			values.add(noisy);
		}
		return Table.of(table.source() + " (perturbed)", table.schema(), values);
	}

	/** Replaces category {@code from} by {@code to} in a categorical column (and {@code to} by {@code from} if symmetric). */
	public static Table swap(Table table, String feature, int from, int to, boolean symmetric) {
		List<Object> values = new ArrayList<>();
		for (Column column : table.schema().columns()) {
			if (column.isNumeric()) {
				values.add(table.numeric(column.name()));
				continue;
			}
			int[] codes = table.codes(column.name());
			if (!column.name().equals(feature)) {
				values.add(codes);
				continue;
			}
			int[] swapped = codes.clone();
			for (int r = 0; r < swapped.length; r++) {
				if (codes[r] == from) {
					swapped[r] = to;
				} else if (symmetric && codes[r] == to) {
					swapped[r] = from;
				}
			}
			values.add(swapped);
		}
		return Table.of(table.source() + " (swapped)", table.schema(), values);
	}

	private static double standardDeviation(double[] values) {
		double sum = 0;
		double squares = 0;
		long n = 0;
		for (double v : values) {
			if (!Double.isNaN(v)) {
				sum += v;
				squares += v * v;
				n++;
			}
		}
		if (n == 0) {
			return 0;
		}
		double mean = sum / n;
		return Math.sqrt(Math.max(0, squares / n - mean * mean));
	}
}
