package org.assay.runtime.quality;

import java.util.Arrays;

import org.assay.runtime.data.Table;

/** An open-addressing set of row indexes of a table, equal when all their values are equal. No boxing. */
final class RowSet {

	private final double[][] columns;
	private int[] slots;
	private int size;

	RowSet(Table table) {
		int count = table.schema().columns().size();
		columns = new double[count][];
		for (int c = 0; c < count; c++) {
			var column = table.schema().columns().get(c);
			if (column.isNumeric()) {
				columns[c] = table.numeric(column.name());
			} else {
				int[] codes = table.codes(column.name());
				columns[c] = new double[codes.length];
				for (int r = 0; r < codes.length; r++) {
					columns[c][r] = codes[r];
				}
			}
		}
		slots = new int[Integer.highestOneBit(Math.max(16, table.rows() * 2)) << 1];
		Arrays.fill(slots, -1);
	}

	/** Adds a row; false when an equal row is already in the set. */
	boolean add(int row) {
		int mask = slots.length - 1;
		int slot = hash(row) & mask;
		while (slots[slot] >= 0) {
			if (sameValues(slots[slot], row)) {
				return false;
			}
			slot = (slot + 1) & mask;
		}
		slots[slot] = row;
		size++;
		return true;
	}

	int size() {
		return size;
	}

	private int hash(int row) {
		long h = 0x9E3779B97F4A7C15L;
		for (double[] column : columns) {
			h = (h ^ Double.doubleToLongBits(column[row])) * 0xBF58476D1CE4E5B9L;
			h ^= h >>> 31;
		}
		return (int) (h ^ (h >>> 32));
	}

	private boolean sameValues(int a, int b) {
		for (double[] column : columns) {
			if (Double.doubleToLongBits(column[a]) != Double.doubleToLongBits(column[b])) {
				return false;
			}
		}
		return true;
	}
}
