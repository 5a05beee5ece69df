package org.assay.runtime.profile;

import java.util.List;

/**
 * The profile of a data file: its name (as the model will name it), its data rows, and one profile per column in the
 * file's order.
 */
public record DataProfile(String file, long rows, List<ColumnProfile> columns) {

	public DataProfile {
		columns = List.copyOf(columns);
	}

	public ColumnProfile column(String name) {
		return columns.stream().filter(c -> c.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no column " + name + " in " + file));
	}
}
