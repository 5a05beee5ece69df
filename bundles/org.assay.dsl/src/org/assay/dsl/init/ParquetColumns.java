package org.assay.dsl.init;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.RowSources;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spec.DatasetSpec;

/**
 * The column names of a Parquet file, from the reader on the class path (found by {@link RowSources}): opened with no
 * declared column, it lists every column of the file as undeclared.
 */
final class ParquetColumns {

	private ParquetColumns() {
	}

	static List<String> names(Path file) throws DataFile.Unusable, IOException {
		Path folder = file.toAbsolutePath().getParent();
		String name = file.getFileName().toString();
		DatasetSpec spec = new DatasetSpec("init", name, name, null, new Schema(List.of()), List.of(), new double[0], 0, null,
				Map.of());
		try (RowSource source = RowSources.open(folder, spec, SourceFormat.PARQUET)) {
			if (!source.fatalProblems().isEmpty()) {
				throw new DataFile.Unusable(source.fatalProblems().get(0).toString());
			}
			return source.findings(List.of()).undeclaredColumns();
		}
	}
}
