package org.assay.runtime.quality;

import java.util.Arrays;

import org.assay.runtime.data.Table;

/** An open-addressing set of row indexes of a table, equal when all their values are equal. No boxing. */
final class RowSet {

	private final double[][] columns;
	private int[] slots;
	private int size;

	/** A set over rows of the given column values (see {@link #values}), sized for {@code expected} rows. */
	RowSet(double[][] columns, int expected) {
		this.columns = columns;
		slots = new int[Integer.highestOneBit(Math.max(16, expected * 2)) << 1];
		Arrays.fill(slots, -1);
	}

	/** Every column of a table as doubles (category codes as numbers), the form rows are hashed and compared in. */
	static double[][] values(Table table) {
		int count = table.schema().columns().size();
		double[][] columns = new double[count][];
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
		return columns;
	}

	/** Adds a row; false when an equal row is already in the set. */
	boolean add(int row) {
		return add(row, hash(columns, row));
	}

	/** Adds a row whose {@link #hash} is known. */
	boolean add(int row, int hash) {
		int mask = slots.length - 1;
		int slot = hash & mask;
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

	/** The hash of a row of the given column values; equal rows hash alike. */
	static int hash(double[][] columns, int row) {
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
