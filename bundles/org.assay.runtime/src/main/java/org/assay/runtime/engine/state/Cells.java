package org.assay.runtime.engine.state;

import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/** What one cell is to a metric, and how cells are shown and keyed. */
public final class Cells {

	public static final int VALUE = 0;
	public static final int NULL = 1;
	public static final int NAN = 2;
	public static final int INVALID = 3;

	private Cells() {
	}

	public static int classify(ColumnVector vector, int row) {
		if (vector.isNull(row)) {
			return NULL;
		}
		if (vector.isInvalid(row)) {
			return INVALID;
		}
		if (vector.kind() == ColumnVector.Kind.NUMBER && Double.isNaN(vector.number(row))) {
			return NAN;
		}
		return VALUE;
	}

	/** The exact key of a number: its bits, with -0.0 as 0.0. */
	public static long key(double value) {
		return Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
	}

	/** {@code column=value} for a row's cells, as shown in counterexamples. */
	public static String show(Batch batch, int[] columns, java.util.List<String> names, int row) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < columns.length; i++) {
			if (i > 0) {
				text.append(", ");
			}
			ColumnVector vector = batch.column(columns[i]);
			text.append(names.get(i)).append('=');
			if (vector.isNull(row)) {
				text.append("(empty)");
			} else {
				CharSequence cell = vector.text(row);
				String shown = cell == null ? "" : cell.toString();
				text.append('\'').append(shown.length() > 80 ? shown.substring(0, 77) + "..." : shown).append('\'');
				if (vector.isInvalid(row)) {
					text.append(" (invalid)");
				}
			}
		}
		return text.toString();
	}
}
