package org.assay.runtime.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * What the driver reads of a dataset's file itself, through the file system Spark is configured with (public for the
 * batch evaluation in {@code org.assay.runtime.spark.eval}).
 */
public final class HadoopFiles {

	/** A header longer than this is refused (a quote that never closes?). */
	private static final int MAX_HEADER = 16 << 20;

	private HadoopFiles() {
	}

	/**
	 * The bytes of the file's first line (without its line break); empty for an empty file.
	 *
	 * @throws IOException when the location is not one file or cannot be read
	 */
	public static byte[] firstLine(SparkSession spark, String location) throws IOException {
		Path path = new Path(location);
		FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
		FileStatus status;
		try {
			status = fs.getFileStatus(path);
		} catch (java.io.FileNotFoundException e) {
			throw new IOException(location + " does not exist", e);
		}
		if (!status.isFile()) {
			throw new IOException(location + " is not a file: the Spark engine reads one file per dataset");
		}
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		try (InputStream in = fs.open(path)) {
			byte[] buffer = new byte[8192];
			int n;
			while ((n = in.read(buffer)) > 0) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n' || buffer[i] == '\r') {
						line.write(buffer, 0, i);
						return line.toByteArray();
					}
				}
				line.write(buffer, 0, n);
				if (line.size() > MAX_HEADER) {
					throw new IOException(location + ": no line break in its first " + MAX_HEADER + " bytes");
				}
			}
		}
		return line.toByteArray();
	}
}
