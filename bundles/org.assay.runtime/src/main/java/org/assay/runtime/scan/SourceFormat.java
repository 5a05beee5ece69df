package org.assay.runtime.scan;

/** The file formats a dataset's {@code source} may name. */
public enum SourceFormat {
	CSV, TSV, PARQUET
}
