package org.assay.runtime.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.FindingsCollector;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.Plan;
import org.assay.runtime.engine.StateKey;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.StateCodec;

/**
 * The task of the Spark engine over a Parquet file: Spark's Parquet source reads the declared columns, a partition's
 * rows are put into {@link RowBatch}es and fill the plan's states, one {@link Segment} per input split.
 */
final class ParquetPartitions implements MapPartitionsFunction<Row, byte[]> {

	private static final long serialVersionUID = 1L;

	private final String name;
	private final Schema schema;
	private final List<ConstraintSpec> constraints;
	private final org.apache.spark.broadcast.Broadcast<ReferenceValues> references;

	private ParquetPartitions(String name, Schema schema, List<ConstraintSpec> constraints,
			org.apache.spark.broadcast.Broadcast<ReferenceValues> references) {
		this.name = name;
		this.schema = schema;
		this.constraints = List.copyOf(constraints);
		this.references = references;
	}

	/** Runs the job; a missing, nested or unsupported declared column is a segment with the located problem. */
	static List<byte[]> segments(SparkSession spark, SparkDataset data, List<ConstraintSpec> constraints,
			org.apache.spark.broadcast.Broadcast<ReferenceValues> references) throws IOException {
		Dataset<Row> file;
		try {
			file = spark.read().parquet(data.location());
		} catch (RuntimeException e) {
			throw new IOException(data.name() + " cannot be read as Parquet: " + e.getMessage(), e);
		}
		StructType fields = file.schema();
		List<Column> selected = new ArrayList<>(List.of(functions.input_file_name(), functions.input_file_block_start()));
		for (org.assay.runtime.data.Column declared : data.schema().columns()) {
			int at = java.util.Arrays.asList(fields.fieldNames()).indexOf(declared.name());
			String problem = at < 0 ? "the file has no column '" + declared.name() + "' (its columns: "
					+ String.join(", ", fields.fieldNames()) + ")" : unsupported(fields.fields()[at]);
			if (problem != null) {
				DataProblem fatal = new DataProblem(data.name(), 1, at + 1, at < 0 ? DataProblem.Kind.MISSING_COLUMN
						: DataProblem.Kind.UNREADABLE, problem);
				return List.of(new Segment(data.location(), 0, 0, 0, false, fatal, null, Map.of()).encode());
			}
			selected.add(functions.col("`" + declared.name() + "`"));
		}
		return file.select(selected.toArray(Column[]::new))
				.mapPartitions(new ParquetPartitions(data.name(), data.schema(), constraints, references), Encoders.BINARY()).collectAsList();
	}

	private static String unsupported(StructField field) {
		DataType type = field.dataType();
		if (type instanceof org.apache.spark.sql.types.NumericType || type.equals(DataTypes.StringType)
				|| type.equals(DataTypes.BooleanType) || type.equals(DataTypes.BinaryType)) {
			return null;
		}
		return "column '" + field.name() + "' is of type " + type.simpleString()
				+ ", which the engine does not read (numbers, strings and booleans only)";
	}

	@Override
	public Iterator<byte[]> call(Iterator<Row> rows) {
		Plan plan = SparkPlans.plan(name, schema, constraints, SparkPlans.of(references));
		List<byte[]> segments = new ArrayList<>();
		RowBatch batch = new RowBatch(schema.columns());
		String file = null;
		long start = -1;
		Map<StateKey, MetricState> states = null;
		FindingsCollector findings = null;
		long count = 0;
		batch.reset(0);
		while (rows.hasNext()) {
			Row row = rows.next();
			String rowFile = row.getString(0);
			long rowStart = row.getLong(1);
			if (states == null || rowStart != start || !rowFile.equals(file)) {
				if (states != null) {
					flush(batch, states);
					segments.add(segment(file, start, count, states, findings));
				}
				file = rowFile;
				start = rowStart;
				states = plan.freshStates();
				findings = new FindingsCollector();
				count = 0;
				batch.reset(0);
			}
			batch.add(row, 2, findings);
			count++;
			if (batch.isFull()) {
				flush(batch, states);
				batch.reset(count);
			}
		}
		if (states != null) {
			flush(batch, states);
			segments.add(segment(file, start, count, states, findings));
		}
		return segments.iterator();
	}

	private static void flush(RowBatch batch, Map<StateKey, MetricState> states) {
		if (batch.size() > 0) {
			for (MetricState state : states.values()) {
				state.update(batch);
			}
		}
	}

	private byte[] segment(String file, long start, long rows, Map<StateKey, MetricState> states, FindingsCollector findings) {
		Map<String, byte[]> encoded = new LinkedHashMap<>();
		states.forEach((key, state) -> encoded.put(key.id(), StateCodec.encode(state)));
		return new Segment(file, start, rows, rows, false, null, findings.finish(name, rows, schema.columns()), encoded).encode();
	}
}
