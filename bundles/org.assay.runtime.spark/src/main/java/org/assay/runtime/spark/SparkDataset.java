package org.assay.runtime.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.runtime.data.ProjectPaths;
import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spec.DatasetSpec;

/**
 * A dataset's file as the Spark engine reads it.
 *
 * @param name the file as the model names it (relative to the project), for located messages
 * @param location what Spark reads: a URI ({@code file:/…}, {@code hdfs://…}, {@code s3a://…}) or a path of the
 *        cluster's default file system
 * @param localFile the same file on this machine when it is one (then a failing uniqueness locates its repeated
 *        rows by reading it again here); null otherwise
 */
public record SparkDataset(String name, String location, Path localFile, Schema schema, SourceFormat format) {

	/**
	 * A project's dataset, its path confined to the project exactly as for the local engine ({@link ProjectPaths}).
	 *
	 * @throws IOException when the path leaves the project or the file does not exist (the message starts with the
	 *                     dataset's {@code file:line} in the model)
	 */
	public static SparkDataset of(Path project, DatasetSpec dataset, SourceFormat format) throws IOException {
		Path file;
		try {
			file = ProjectPaths.resolve(project, dataset.path(), dataset.external(), "data file");
		} catch (ProjectPaths.OutsideProjectException e) {
			throw new IOException(dataset.source() + ": " + e.getMessage(), e);
		}
		if (!Files.isRegularFile(file)) {
			throw new IOException(dataset.source() + ": data file " + dataset.path() + " does not exist (looked at " + file + ")");
		}
		return new SparkDataset(dataset.path(), file.toUri().toString(), file, dataset.schema(), format);
	}

	/** A file on this machine read under another name (benchmarks, tests). */
	public static SparkDataset local(Path file, String name, Schema schema, SourceFormat format) {
		return new SparkDataset(name, file.toAbsolutePath().toUri().toString(), file.toAbsolutePath(), schema, format);
	}

	/** The CSV delimiter of the format. */
	char delimiter() {
		return format == SourceFormat.TSV ? '\t' : ',';
	}
}
