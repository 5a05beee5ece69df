package org.assay.runtime.profile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.ChunkFindings;
import org.assay.runtime.scan.ColumnVector;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.SourceFormat;

/**
 * Rows of text cells (null for a missing cell) as a {@link RowSource} cut into chunks of a given number of rows, handed
 * over in batches of at most 3 rows: a fixture for the profiler's merging, independent of any file format.
 */
final class TextRows implements RowSource {

	private final Schema schema;
	private final List<String[]> rows;
	private final int rowsPerChunk;

	TextRows(List<String> names, List<String[]> rows, int rowsPerChunk) {
		List<Column> columns = new ArrayList<>();
		names.forEach(name -> columns.add(Column.text(name)));
		this.schema = new Schema(columns);
		this.rows = rows;
		this.rowsPerChunk = rowsPerChunk;
	}

	@Override
	public String name() {
		return "data/rows.csv";
	}

	@Override
	public Schema schema() {
		return schema;
	}

	@Override
	public SourceFormat format() {
		return SourceFormat.CSV;
	}

	@Override
	public List<Chunk> chunks() {
		List<Chunk> chunks = new ArrayList<>();
		for (int start = 0, index = 0; start < rows.size(); start += rowsPerChunk, index++) {
			chunks.add(chunk(index, rows.subList(start, Math.min(rows.size(), start + rowsPerChunk))));
		}
		return chunks;
	}

	private Chunk chunk(int index, List<String[]> part) {
		return new Chunk() {
			@Override
			public int index() {
				return index;
			}

			@Override
			public Summary read(Consumer<Batch> batches) {
				for (int start = 0; start < part.size(); start += 3) {
					batches.accept(batch(start, part.subList(start, Math.min(part.size(), start + 3))));
				}
				return new Summary(part.size(), part.size(), new ChunkFindings() {
					public List<DataProblem> listedProblems() {
						return List.of();
					}

					public long problemCount() {
						return 0;
					}
				});
			}
		};
	}

	private static Batch batch(int first, List<String[]> part) {
		return new Batch() {
			public int size() {
				return part.size();
			}

			public long firstRow() {
				return first;
			}

			public long lineInChunk(int row) {
				return first + row + 1;
			}

			public ColumnVector column(int index) {
				return new ColumnVector() {
					public Kind kind() {
						return Kind.TEXT;
					}

					public boolean isNull(int row) {
						return part.get(row)[index] == null;
					}

					public boolean isInvalid(int row) {
						return false;
					}

					public double number(int row) {
						return Double.NaN;
					}

					public int code(int row) {
						return -1;
					}

					public CharSequence text(int row) {
						return part.get(row)[index];
					}

					public long hash(int row) {
						return part.get(row)[index].hashCode();
					}
				};
			}
		};
	}

	@Override
	public List<DataProblem> fatalProblems() {
		return List.of();
	}

	@Override
	public DataFindings findings(List<Chunk.Summary> summaries) {
		return new DataFindings(name(), 0, List.of(), List.of());
	}

	@Override
	public void close() throws IOException {
	}
}
