package org.assay.runtime.spark.eval;

import java.io.IOException;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.assay.runtime.evaluation.BatchEvaluation;
import org.assay.runtime.evaluation.EvaluationState;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.assay.runtime.spark.HadoopFiles;
import org.assay.runtime.spark.SparkDataset;

/**
 * Batch evaluation of a trained pipeline on Spark: one job over the dataset's CSV file ({@code text} source,
 * {@code mapPartitions}); each task scores its partition in whole pieces through DJL with the model its executor loaded
 * once, and returns an {@link EvaluationState}; the driver merges them. Counts only, so the result equals the local
 * {@link BatchEvaluation} of the same rows exactly: accuracy and the other confusion-matrix metrics, every slice's,
 * the group fairness of every protected feature, and the predicted classes. Spark's public API only.
 */
public final class SparkEvaluation {

	/** Bytes of CSV a task reads and scores at a time. */
	static final int PIECE_BYTES = CsvRowSource.CHUNK_BYTES;

	private SparkEvaluation() {
	}

	/** The merged state of the dataset's rows scored by the model of {@code source}. */
	public static EvaluationState evaluate(SparkSession spark, SparkDataset data, ModelSource source) throws IOException {
		return evaluate(spark, data, source, PIECE_BYTES);
	}

	/** As {@link #evaluate(SparkSession, SparkDataset, ModelSource)}, reading pieces of about {@code pieceBytes} (tests). */
	static EvaluationState evaluate(SparkSession spark, SparkDataset data, ModelSource source, int pieceBytes)
			throws IOException {
		if (data.format() != SourceFormat.CSV) {
			throw new IOException(data.name() + ": batch evaluation on Spark reads CSV, not " + data.format());
		}
		byte[] header = HadoopFiles.firstLine(spark, data.location());
		Dataset<Row> lines = spark.read().format("text").load(data.location()).select(functions.input_file_name(),
				functions.input_file_block_start(), functions.col("value").cast("binary"));
		List<byte[]> states = lines.mapPartitions(new EvalPartitions(source, data.name(), header, pieceBytes), Encoders.BINARY())
				.collectAsList();
		EvaluationState merged = null;
		for (byte[] state : states) {
			EvaluationState part = EvaluationState.decode(state);
			merged = merged == null ? part : merged.merge(part);
		}
		if (merged == null) {
			throw new IOException(data.name() + ": Spark found no partitions to score in " + data.location());
		}
		return merged;
	}
}
