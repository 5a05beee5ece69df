package org.assay.runtime.engine;

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
import org.assay.runtime.scan.ColumnVector;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.SourceFormat;

/**
 * Test fixture: a {@link RowSource} over cells held in memory, with chosen chunk boundaries, batch size and rows that
 * span several lines. A cell is null (null cell), a Double (number), a String (text or category name) or an
 * {@link Invalid} (present but invalid). Lines follow the CSV reader's convention: chunk 0's lines are file lines
 * (header on line 1), later chunks count from 1, and a chunk's summary lines make the next chunk's absolute.
 */
final class MemorySource implements RowSource {

	/** An invalid cell with its text. */
	record Invalid(String text) {
	}

	private final String name;
	private final Schema schema;
	private final List<Object[]> rows;
	private int[] chunkSizes;
	private int batchSize = 3;
	private int[] spans;
	private int failingChunk = -1;
	private final List<DataProblem> fatal = new ArrayList<>();
	private boolean closed;

	MemorySource(String name, Schema schema, List<Object[]> rows) {
		this.name = name;
		this.schema = schema;
		this.rows = rows;
		this.chunkSizes = new int[] { rows.size() };
	}

	static MemorySource of(Schema schema, List<Object[]> rows) {
		return new MemorySource("data/test.csv", schema, rows);
	}

	/** Splits the rows into chunks of these sizes (their sum must be the row count). */
	MemorySource split(int... sizes) {
		int sum = 0;
		for (int size : sizes) {
			sum += size;
		}
		if (sum != rows.size()) {
			throw new IllegalArgumentException("chunk sizes sum to " + sum + ", not " + rows.size());
		}
		this.chunkSizes = sizes.clone();
		return this;
	}

	MemorySource batchSize(int size) {
		this.batchSize = size;
		return this;
	}

	/** How many file lines each row spans (a quoted field with line breaks spans several). */
	MemorySource spans(int... lines) {
		this.spans = lines.clone();
		return this;
	}

	MemorySource failingChunk(int index) {
		this.failingChunk = index;
		return this;
	}

	MemorySource fatal(DataProblem problem) {
		fatal.add(problem);
		return this;
	}

	boolean closed() {
		return closed;
	}

	private int span(int row) {
		return spans == null ? 1 : spans[row];
	}

	/** The file line of a data row (from 0). */
	long fileLine(int row) {
		long line = 2;
		for (int i = 0; i < row; i++) {
			line += span(i);
		}
		return line;
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
		return SourceFormat.CSV;
	}

	@Override
	public List<Chunk> chunks() {
		List<Chunk> chunks = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < chunkSizes.length; i++) {
			int index = i;
			int first = start;
			int size = chunkSizes[i];
			chunks.add(new Chunk() {
				@Override
				public int index() {
					return index;
				}

				@Override
				public Summary read(Consumer<Batch> batches) throws IOException {
					if (index == failingChunk) {
						throw new IOException(name + ":" + fileLine(first) + ": ragged row: 3 fields, the header has 4");
					}
					long linesBefore = index == 0 ? 0 : fileLine(first) - 1;
					for (int at = 0; at < size; at += batchSize) {
						batches.accept(new MemoryBatch(first, at, Math.min(batchSize, size - at), linesBefore));
					}
					long lines = 0;
					for (int r = first; r < first + size; r++) {
						lines += span(r);
					}
					return new Summary(size, lines + (index == 0 ? 1 : 0), new ChunkFindingsStub());
				}
			});
			start += size;
		}
		return chunks;
	}

	private static final class ChunkFindingsStub implements org.assay.runtime.scan.ChunkFindings {
		@Override
		public List<DataProblem> listedProblems() {
			return List.of();
		}

		@Override
		public long problemCount() {
			return 0;
		}
	}

	private final class MemoryBatch implements Batch {
		private final int chunkStart;
		private final int offset;
		private final int size;
		private final long linesBefore;

		MemoryBatch(int chunkStart, int offset, int size, long linesBefore) {
			this.chunkStart = chunkStart;
			this.offset = offset;
			this.size = size;
			this.linesBefore = linesBefore;
		}

		@Override
		public int size() {
			return size;
		}

		@Override
		public long firstRow() {
			return offset;
		}

		@Override
		public long lineInChunk(int row) {
			return fileLine(chunkStart + offset + row) - linesBefore;
		}

		@Override
		public ColumnVector column(int index) {
			Column column = schema.columns().get(index);
			return new ColumnVector() {
				private Object cell(int row) {
					return rows.get(chunkStart + offset + row)[index];
				}

				@Override
				public Kind kind() {
					return column.isNumeric() ? Kind.NUMBER : column.isText() ? Kind.TEXT : Kind.CATEGORY;
				}

				@Override
				public boolean isNull(int row) {
					return cell(row) == null;
				}

				@Override
				public boolean isInvalid(int row) {
					return cell(row) instanceof Invalid;
				}

				@Override
				public double number(int row) {
					return cell(row) instanceof Double d ? d : Double.NaN;
				}

				@Override
				public int code(int row) {
					return cell(row) instanceof String s ? column.categoryIndex(s) : -1;
				}

				@Override
				public CharSequence text(int row) {
					Object cell = cell(row);
					if (cell == null) {
						return null;
					}
					if (cell instanceof Invalid invalid) {
						return invalid.text();
					}
					if (cell instanceof Double d) {
						return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) (double) d) : d.toString();
					}
					return new StringBuilder((String) cell);
				}

				@Override
				public long hash(int row) {
					return text(row).toString().hashCode();
				}
			};
		}
	}

	@Override
	public List<DataProblem> fatalProblems() {
		return List.copyOf(fatal);
	}

	@Override
	public DataFindings findings(List<Chunk.Summary> summaries) {
		return new DataFindings(name, summaries.stream().mapToLong(Chunk.Summary::rows).sum(), List.of(), List.of());
	}

	@Override
	public void close() {
		closed = true;
	}
}
