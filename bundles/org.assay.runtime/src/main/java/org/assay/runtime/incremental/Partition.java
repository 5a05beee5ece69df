package org.assay.runtime.incremental;

import java.nio.file.Path;

/**
 * One file of a partitioned dataset (e.g. one day's CSV file), in the dataset's partition order (by file name).
 *
 * @param index position in the partition order, from 0
 * @param name the file name without its extension ({@code 2024-03-01}); names the partition in the store of states
 * @param file the file as the model's folder names it, relative to the project ({@code data/orders/2024-03-01.csv}),
 *        for located messages
 * @param path the file, resolved
 */
public record Partition(int index, String name, String file, Path path) {
}
