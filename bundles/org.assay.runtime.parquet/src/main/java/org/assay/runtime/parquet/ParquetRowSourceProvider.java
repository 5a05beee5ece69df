package org.assay.runtime.parquet;

import java.io.IOException;
import java.nio.file.Path;

import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.RowSourceProvider;
import org.assay.runtime.scan.SourceFormat;

/** Reads Parquet files for {@link org.assay.runtime.scan.RowSources} (registered in META-INF/services). */
public final class ParquetRowSourceProvider implements RowSourceProvider {

	@Override
	public SourceFormat format() {
		return SourceFormat.PARQUET;
	}

	@Override
	public RowSource open(Path file, String name, Schema schema) throws IOException {
		return ParquetRowSource.open(file, name, schema);
	}
}
