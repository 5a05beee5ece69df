package org.assay.runtime.quality;

import java.util.Arrays;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Table;

/**
 * Data-quality metrics of a loaded table, as defined in Assay's ISO/IEC 25012 catalogue.
 */
public final class DataQuality {

	private DataQuality() {
	}

	/** Share of cells that are not missing (empty). */
	public static double completeness(Table table) {
		long cells = (long) table.rows() * table.schema().columns().size();
		long missing = 0;
		for (int c = 0; c < table.schema().columns().size(); c++) {
			missing += table.missingCount(c);
		}
		return cells == 0 ? Double.NaN : 1 - (double) missing / cells;
	}

	/** Share of rows whose label is present. */
	public static double labelCompleteness(Table table) {
		Column label = table.schema().label().orElseThrow(() -> new IllegalArgumentException(table.source() + " has no label"));
		int index = table.schema().indexOf(label.name());
		return table.rows() == 0 ? Double.NaN : 1 - (double) table.missingCount(index) / table.rows();
	}

	/** Share of present cells that are valid against the schema (type, range, category). */
	public static double validity(Table table) {
		long present = 0;
		long invalid = 0;
		for (int c = 0; c < table.schema().columns().size(); c++) {
			present += table.rows() - table.missingCount(c);
			invalid += table.invalidCount(c);
		}
		return present == 0 ? Double.NaN : 1 - (double) invalid / present;
	}

	/** Share of distinct rows (exact: rows are compared value by value; hashing only groups candidates). */
	public static double uniqueness(Table table) {
		int rows = table.rows();
		if (rows == 0) {
			return Double.NaN;
		}
		// equal rows hash alike, so rows split by one hash bit form two sets with nothing in common: they are counted
		// on two cores, and the sum is the exact count whatever the scheduling
		double[][] values = RowSet.values(table);
		int[] hashes = new int[rows];
		java.util.stream.IntStream.range(0, 2).parallel().forEach(half -> {
			for (int r = half * (rows / 2), end = half == 0 ? rows / 2 : rows; r < end; r++) {
				hashes[r] = RowSet.hash(values, r);
			}
		});
		long distinct = java.util.stream.IntStream.range(0, 2).parallel().mapToLong(part -> {
			RowSet set = new RowSet(values, rows / 2);
			for (int r = 0; r < rows; r++) {
				if (hashes[r] >>> 31 == part) {
					set.add(r, hashes[r]);
				}
			}
			return set.size();
		}).sum();
		return (double) distinct / rows;
	}

	/** Smallest class count divided by the largest, over the label's categories. */
	public static double classBalance(Table table) {
		Column label = table.schema().label().orElseThrow(() -> new IllegalArgumentException(table.source() + " has no label"));
		long[] counts = new long[label.categories().size()];
		for (int code : table.codes(label.name())) {
			if (code >= 0) {
				counts[code]++;
			}
		}
		long min = Arrays.stream(counts).min().orElse(0);
		long max = Arrays.stream(counts).max().orElse(0);
		return max == 0 ? Double.NaN : (double) min / max;
	}

	/** Share of numeric values outside the 1.5 × IQR fences of their column (quartiles by linear interpolation). */
	public static double outlierRate(Table table) {
		// columns are independent: their quartiles are selected in parallel; the counts are exact, so the result is
		// the same whatever the scheduling
		long[][] counts = table.schema().columns().parallelStream().filter(Column::isNumeric)
				.map(column -> outliers(table.numeric(column.name()))).toArray(long[][]::new);
		long values = 0;
		long outliers = 0;
		for (long[] count : counts) {
			outliers += count[0];
			values += count[1];
		}
		return values == 0 ? Double.NaN : (double) outliers / values;
	}

	/** {outliers, finite values} of one column by Tukey's fences (1.5 IQR beyond the quartiles). */
	private static long[] outliers(double[] column) {
		double[] work = new double[column.length];
		int n = 0;
		for (double v : column) {
			if (Double.isFinite(v)) {
				work[n++] = v;
			}
		}
		if (n == 0) {
			return new long[] { 0, 0 };
		}
		if (n < work.length) {
			work = Arrays.copyOf(work, n);
		}
		double q1 = Selection.quantile(work, 0.25);
		// the first quartile's selection left everything above its position no smaller: the third is searched there
		double q3 = Selection.quantile(work, 0.75, (int) Math.floor(0.25 * (n - 1)) + 1);
		double low = q1 - 1.5 * (q3 - q1);
		double high = q3 + 1.5 * (q3 - q1);
		long outliers = 0;
		for (double v : column) {
			outliers += Double.isFinite(v) && (v < low || v > high) ? 1 : 0;
		}
		return new long[] { outliers, n };
	}

}
