package org.assay.runtime.check;

import org.assay.runtime.data.Table;

/**
 * The data of a run that checks of the data (not of a model) measure: the loaded table and its named partitions.
 * A pipeline run implements it; so can anything else that loads a dataset, without a model or an ML engine.
 */
public interface DataRun {

	Table table();

	/** The rows of a named partition of the split. */
	int[] partition(String name);

	/** The rows of a partition, or all rows for {@code null}. */
	default int[] rows(String partition) {
		if (partition != null) {
			return partition(partition);
		}
		int[] all = new int[table().rows()];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		return all;
	}
}
