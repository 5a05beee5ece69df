package org.assay.runtime.engine.condition;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.assay.runtime.engine.state.Cells;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.ColumnVector;
import org.assay.runtime.scan.RowSource;

/**
 * The exact set of values of another dataset's column, for referential containment: numbers by their exact bits,
 * and every value's text (so a text or category column can be checked against a numeric one by text). Nulls, NaN and
 * invalid cells are not values. Memory grows with the column's distinct values.
 */
public final class ReferenceSet {

	private final Set<Long> numbers = new HashSet<>();
	private final Set<String> texts = new HashSet<>();
	private boolean numeric;

	/** Reads the column of the source once (sequentially). */
	public static ReferenceSet read(RowSource source, String column) throws IOException {
		int index = source.schema().indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException("the referenced dataset " + source.name() + " has no column '" + column + "'");
		}
		ReferenceSet set = new ReferenceSet();
		for (Chunk chunk : source.chunks()) {
			chunk.read(batch -> set.add(batch, index));
		}
		if (!source.fatalProblems().isEmpty()) {
			throw new IOException("the referenced dataset cannot be read: " + source.fatalProblems().get(0));
		}
		return set;
	}

	private void add(Batch batch, int index) {
		ColumnVector vector = batch.column(index);
		numeric = vector.kind() == ColumnVector.Kind.NUMBER;
		for (int row = 0; row < batch.size(); row++) {
			if (Cells.classify(vector, row) != Cells.VALUE) {
				continue;
			}
			if (numeric) {
				numbers.add(Cells.key(vector.number(row)));
			}
			texts.add(vector.text(row).toString());
		}
	}

	/** Whether the cell (a value) occurs in the referenced column. */
	public boolean contains(ColumnVector vector, int row) {
		if (numeric && vector.kind() == ColumnVector.Kind.NUMBER) {
			return numbers.contains(Cells.key(vector.number(row)));
		}
		return texts.contains(vector.text(row).toString());
	}

	public int size() {
		return texts.size();
	}
}
