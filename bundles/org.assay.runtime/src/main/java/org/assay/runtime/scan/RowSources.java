package org.assay.runtime.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

import org.assay.runtime.data.ProjectPaths;
import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.assay.runtime.spec.DatasetSpec;

/**
 * Opens a dataset's file as a {@link RowSource}: CSV and TSV with the runtime's own reader, other formats through a
 * {@link RowSourceProvider} on the class path. The path is confined to the project as everywhere else
 * ({@link ProjectPaths}).
 */
public final class RowSources {

	private RowSources() {
	}

	/**
	 * Opens the dataset's file; the file's fatal problems (header, encoding) are then in {@link RowSource#fatalProblems}.
	 *
	 * @throws IOException when the path leaves the project, the file does not exist or cannot be read, or no reader for
	 *                     the format is on the class path (the message says which and how to fix it)
	 */
	public static RowSource open(Path project, DatasetSpec dataset, SourceFormat format) throws IOException {
		Path file;
		try {
			file = ProjectPaths.resolve(project, dataset.path(), dataset.external(), "data file");
		} catch (ProjectPaths.OutsideProjectException e) {
			throw new IOException(dataset.source() + ": " + e.getMessage(), e);
		}
		if (!Files.isRegularFile(file)) {
			throw new IOException(dataset.source() + ": data file " + dataset.path() + " does not exist (looked at " + file
					+ ")");
		}
		return open(file, dataset.path(), dataset.schema(), format, dataset.source());
	}

	/**
	 * Opens one file already resolved inside the project (a partition of a partitioned dataset).
	 *
	 * @param name the file as the model names it, for located messages
	 * @param declaredAt where the dataset is declared ({@code file:line}), for the message when no reader is available
	 */
	public static RowSource open(Path file, String name, Schema schema, SourceFormat format, String declaredAt)
			throws IOException {
		switch (format) {
		case CSV:
			return CsvRowSource.open(file, name, schema, ',');
		case TSV:
			return CsvRowSource.open(file, name, schema, '\t');
		default:
			for (RowSourceProvider provider : ServiceLoader.load(RowSourceProvider.class, RowSources.class.getClassLoader())) {
				if (provider.format() == format) {
					return provider.open(file, name, schema);
				}
			}
			throw new IOException(declaredAt + ": no reader for " + format + " files is on the class path. Add the "
					+ "dependency org.assay:org.assay.runtime." + format.name().toLowerCase() + " to the project's pom.xml.");
		}
	}
}
