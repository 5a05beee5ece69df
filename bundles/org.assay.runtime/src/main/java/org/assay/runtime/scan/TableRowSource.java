package org.assay.runtime.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.Schema;
import org.assay.runtime.data.Table;

/**
 * A {@link RowSource} over rows of a table already loaded (a pipeline's partition), so that data tests on a view run
 * through the same engine as dataset checks. Chunks hold up to {@link #CHUNK_ROWS} of the given rows, in their order.
 *
 * <p>
 * Lines: each row's {@link Batch#lineInChunk} is its file line ({@link Table#line}), and every chunk's
 * {@link Chunk.Summary#lines} is 0, so the engine's rule (previous chunks' lines + line in chunk) gives the file line.
 * The table's data findings were reported when it was loaded: {@link #findings} holds only the row count. A NaN that
 * the loader read as invalid stays invalid here.
 */
public final class TableRowSource implements RowSource {

	/** Rows per chunk. */
	public static final int CHUNK_ROWS = 1 << 16;

	private static final int BATCH_ROWS = 4096;

	private final Table table;
	private final int[] rows;

	private TableRowSource(Table table, int[] rows) {
		this.table = table;
		this.rows = rows.clone();
		for (int row : this.rows) {
			if (row < 0 || row >= table.rows()) {
				throw new IllegalArgumentException("row " + row + " is not a row of " + table.source() + " (" + table.rows()
						+ " rows)");
			}
		}
	}

	/** The given rows of the table (indexes into it, in the order given). */
	public static TableRowSource of(Table table, int[] rows) {
		return new TableRowSource(table, rows);
	}

	/** Every row of the table. */
	public static TableRowSource of(Table table) {
		return new TableRowSource(table, java.util.stream.IntStream.range(0, table.rows()).toArray());
	}

	@Override
	public String name() {
		return table.source();
	}

	@Override
	public Schema schema() {
		return table.schema();
	}

	@Override
	public SourceFormat format() {
		return SourceFormat.CSV;
	}

	@Override
	public List<Chunk> chunks() {
		List<Chunk> chunks = new ArrayList<>();
		for (int start = 0, index = 0; start < rows.length; start += CHUNK_ROWS, index++) {
			chunks.add(new TableChunk(index, start, Math.min(rows.length, start + CHUNK_ROWS)));
		}
		return chunks;
	}

	@Override
	public List<DataProblem> fatalProblems() {
		return List.of();
	}

	@Override
	public DataFindings findings(List<Chunk.Summary> summaries) {
		return new DataFindings(table.source(), summaries.stream().mapToLong(Chunk.Summary::rows).sum(), List.of(), List.of());
	}

	@Override
	public void close() {
		// nothing is open
	}

	private static final ChunkFindings NONE = new ChunkFindings() {
		@Override
		public List<DataProblem> listedProblems() {
			return List.of();
		}

		@Override
		public long problemCount() {
			return 0;
		}
	};

	private final class TableChunk implements Chunk {
		private final int index;
		private final int from;
		private final int to;

		TableChunk(int index, int from, int to) {
			this.index = index;
			this.from = from;
			this.to = to;
		}

		@Override
		public int index() {
			return index;
		}

		@Override
		public Summary read(Consumer<Batch> batches) {
			for (int start = from; start < to; start += BATCH_ROWS) {
				batches.accept(new TableBatch(start, Math.min(to, start + BATCH_ROWS), start - from));
			}
			return new Summary(to - from, 0, NONE);
		}
	}

	private final class TableBatch implements Batch {
		private final int from;
		private final int size;
		private final long firstRow;
		private final ColumnVector[] columns;

		TableBatch(int from, int to, long firstRow) {
			this.from = from;
			this.size = to - from;
			this.firstRow = firstRow;
			List<Column> schema = table.schema().columns();
			this.columns = new ColumnVector[schema.size()];
			for (int c = 0; c < columns.length; c++) {
				columns[c] = new TableColumn(c, schema.get(c), from);
			}
		}

		@Override
		public int size() {
			return size;
		}

		@Override
		public long firstRow() {
			return firstRow;
		}

		@Override
		public long lineInChunk(int row) {
			return table.line(rows[from + row]);
		}

		@Override
		public ColumnVector column(int index) {
			return columns[index];
		}
	}

	private final class TableColumn implements ColumnVector {
		private final int index;
		private final Column column;
		private final int from;
		private final Kind kind;
		private final double[] numbers;
		private final int[] codes;
		private final long[] categoryHashes;

		TableColumn(int index, Column column, int from) {
			this.index = index;
			this.column = column;
			this.from = from;
			this.kind = column.isNumeric() ? Kind.NUMBER : column.isText() ? Kind.TEXT : Kind.CATEGORY;
			this.numbers = column.isNumeric() ? table.numeric(column.name()) : null;
			this.codes = column.isNumeric() ? null : table.codes(column.name());
			this.categoryHashes = column.categories().stream().mapToLong(ValueHash::ofText).toArray();
		}

		private int row(int row) {
			return rows[from + row];
		}

		@Override
		public Kind kind() {
			return kind;
		}

		@Override
		public boolean isNull(int row) {
			return table.isMissing(index, row(row));
		}

		@Override
		public boolean isInvalid(int row) {
			return table.isInvalid(index, row(row));
		}

		@Override
		public double number(int row) {
			return numbers != null && !isInvalid(row) ? numbers[row(row)] : Double.NaN;
		}

		@Override
		public int code(int row) {
			return kind == Kind.CATEGORY ? codes[row(row)] : -1;
		}

		@Override
		public CharSequence text(int row) {
			int r = row(row);
			if (table.isMissing(index, r)) {
				return null;
			}
			if (table.isInvalid(index, r)) {
				return ""; // the loader kept no text of an invalid cell; its findings name it
			}
			return switch (kind) {
			case NUMBER -> column.isInteger() && Math.abs(numbers[r]) < 1e15 ? Long.toString((long) numbers[r])
					: Double.toString(numbers[r]);
			case CATEGORY -> column.categories().get(codes[r]);
			default -> table.text(index, r);
			};
		}

		@Override
		public long hash(int row) {
			int r = row(row);
			if (!table.isInvalid(index, r) && !table.isMissing(index, r)) {
				if (kind == Kind.NUMBER) {
					return ValueHash.ofNumber(numbers[r]);
				}
				if (kind == Kind.CATEGORY) {
					return categoryHashes[codes[r]];
				}
			}
			CharSequence text = text(row);
			return ValueHash.ofText(text == null ? "" : text);
		}
	}
}
