package org.assay.runtime.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The declared columns of a tabular dataset, in declaration order. */
public final class Schema implements java.io.Serializable {

	private final List<Column> columns;

	public Schema(List<Column> columns) {
		Set<String> names = new HashSet<>();
		int labels = 0;
		for (Column column : columns) {
			if (!names.add(column.name())) {
				throw new IllegalArgumentException("column " + column.name() + " is declared twice");
			}
			labels += column.role() == Column.Role.LABEL ? 1 : 0;
		}
		if (labels > 1) {
			throw new IllegalArgumentException("a schema has at most one label column");
		}
		this.columns = List.copyOf(columns);
	}

	public static Schema of(Column... columns) {
		return new Schema(List.of(columns));
	}

	public List<Column> columns() {
		return columns;
	}

	public int indexOf(String name) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	public Column column(String name) {
		int index = indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("no column " + name + " in " + columns);
		}
		return columns.get(index);
	}

	public Optional<Column> label() {
		return columns.stream().filter(c -> c.role() == Column.Role.LABEL).findFirst();
	}

	/** The feature columns (everything but the label). */
	public List<Column> features() {
		List<Column> features = new ArrayList<>();
		for (Column column : columns) {
			if (column.role() == Column.Role.FEATURE) {
				features.add(column);
			}
		}
		return features;
	}
}
