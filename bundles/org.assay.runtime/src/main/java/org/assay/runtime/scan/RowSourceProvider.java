package org.assay.runtime.scan;

import java.io.IOException;
import java.nio.file.Path;

import org.assay.runtime.data.Schema;

/**
 * Reads a file format the runtime itself does not (Parquet), found through {@link java.util.ServiceLoader}: a module
 * that reads a format lists its provider in {@code META-INF/services/org.assay.runtime.scan.RowSourceProvider}.
 */
public interface RowSourceProvider {

	/** The format this provider reads. */
	SourceFormat format();

	/**
	 * Opens a file already resolved inside the project.
	 *
	 * @param file the file to read
	 * @param name the file as the model names it, for located messages
	 */
	RowSource open(Path file, String name, Schema schema) throws IOException;
}
