package org.assay.runtime.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.DataProblem.Kind;
import org.assay.runtime.data.FindingsCollector;
import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.FatalProblems;
import org.assay.runtime.scan.SourceFormat;

/**
 * A Parquet file read row group by row group (a chunk each), column by column straight from Parquet's column readers
 * (no record assembly). Declared columns are found by name among the file's top-level columns; a cell is read by the
 * declaration's rules whatever its physical type (INT32, INT64, FLOAT, DOUBLE, BINARY/UTF-8 strings, BOOLEAN), nulls
 * come from definition levels. Rows count from 1 (there is no header): a problem's row is the row in the file, and its
 * message names the row group.
 */
public final class ParquetRowSource implements RowSource {

	private final Path file;
	private final String name;
	private final Schema schema;
	private final FatalProblems fatal = new FatalProblems();
	private final List<String> undeclared = new ArrayList<>();
	private MessageType fileSchema;
	private String createdBy;
	private ColumnDescriptor[] descriptors;
	private int[] positions;
	private List<Long> groupRows = List.of();

	private ParquetRowSource(Path file, String name, Schema schema) {
		this.file = file;
		this.name = name;
		this.schema = schema;
	}

	/** Opens a file (already resolved inside the project) and checks its columns against the schema. */
	public static ParquetRowSource open(Path file, String name, Schema schema) throws IOException {
		ParquetRowSource source = new ParquetRowSource(file, name, schema);
		source.readFooter();
		return source;
	}

	private void readFooter() {
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
			fileSchema = reader.getFooter().getFileMetaData().getSchema();
			createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
			List<Long> rows = new ArrayList<>();
			for (BlockMetaData block : reader.getRowGroups()) {
				rows.add(block.getRowCount());
			}
			groupRows = rows;
		} catch (IOException | RuntimeException e) {
			fatal.opening(new DataProblem(name, 0, 0, Kind.UNREADABLE, "cannot read the file as Parquet: " + e.getMessage()
					+ ". Check that it is a Parquet file (or declare the dataset's format)."));
			return;
		}
		List<Column> columns = schema.columns();
		descriptors = new ColumnDescriptor[columns.size()];
		positions = new int[columns.size()];
		List<String> found = fileSchema.getFields().stream().map(Type::getName).toList();
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			int position = found.indexOf(column.name());
			if (position < 0) {
				fatal.opening(new DataProblem(name, 0, 0, Kind.MISSING_COLUMN, "the file lacks the declared column '"
						+ column.name() + "' (found: " + String.join(", ", found) + ")."));
				continue;
			}
			Type type = fileSchema.getType(position);
			if (!type.isPrimitive() || type.isRepetition(Type.Repetition.REPEATED) || !readable(type)) {
				fatal.opening(new DataProblem(name, 0, position + 1, Kind.UNREADABLE, "column '" + column.name()
						+ "' is of Parquet type " + type.toString().strip() + ", which Assay cannot read as " + kind(column)
						+ "; write it as INT32, INT64, FLOAT, DOUBLE, BOOLEAN or a UTF-8 string."));
				continue;
			}
			descriptors[c] = fileSchema.getColumnDescription(new String[] { column.name() });
			positions[c] = position + 1;
		}
		for (String field : found) {
			if (schema.indexOf(field) < 0) {
				undeclared.add(field);
			}
		}
		if (!fatal.unusable() && groupRows.stream().mapToLong(Long::longValue).sum() == 0) {
			fatal.opening(new DataProblem(name, 0, 0, Kind.NO_ROWS, "the file has no rows."));
		}
	}

	private static boolean readable(Type type) {
		PrimitiveTypeName physical = type.asPrimitiveType().getPrimitiveTypeName();
		return physical == PrimitiveTypeName.INT32 || physical == PrimitiveTypeName.INT64
				|| physical == PrimitiveTypeName.FLOAT || physical == PrimitiveTypeName.DOUBLE
				|| physical == PrimitiveTypeName.BOOLEAN || physical == PrimitiveTypeName.BINARY;
	}

	private static String kind(Column column) {
		return column.isNumeric() ? (column.isInteger() ? "an int" : "a double") : column.isText() ? "text" : "a category";
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Schema schema() {
		return schema;
	}

	@Override
	public SourceFormat format() {
		return SourceFormat.PARQUET;
	}

	/** One chunk per row group; none when the file cannot be used. */
	@Override
	public List<Chunk> chunks() {
		if (fatal.unusable()) {
			return List.of();
		}
		List<Chunk> chunks = new ArrayList<>();
		for (int g = 0; g < groupRows.size(); g++) {
			chunks.add(new ParquetChunk(this, g, groupRows.get(g)));
		}
		return chunks;
	}

	@Override
	public List<DataProblem> fatalProblems() {
		return fatal.list();
	}

	@Override
	public DataFindings findings(List<Chunk.Summary> summaries) {
		FindingsCollector all = new FindingsCollector();
		undeclared.forEach(all::undeclared);
		long rows = 0;
		for (Chunk.Summary summary : summaries) {
			if (summary.findings() instanceof ParquetChunkFindings found) {
				all.append(found.collector(), rows);
			}
			rows += summary.rows();
		}
		return all.finish(name, rows, schema.columns());
	}

	@Override
	public void close() {
		// each chunk opens and closes its own reader
	}

	Path file() {
		return file;
	}

	MessageType fileSchema() {
		return fileSchema;
	}

	String createdBy() {
		return createdBy;
	}

	ColumnDescriptor descriptor(int column) {
		return descriptors[column];
	}

	int position(int column) {
		return positions[column];
	}

	void fatal(int chunk, DataProblem problem) {
		this.fatal.reading(chunk, problem);
	}
}
