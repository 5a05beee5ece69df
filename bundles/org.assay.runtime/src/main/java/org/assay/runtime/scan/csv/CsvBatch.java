package org.assay.runtime.scan.csv;

import java.util.Arrays;
import java.util.List;

import org.assay.runtime.data.Column;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/**
 * Rows of a CSV chunk, column by column. One batch object serves a whole chunk, refilled after each hand-over: a
 * batch is valid while the consumer that received it runs.
 */
final class CsvBatch implements Batch {

	private final CsvColumnVector[] columns;
	private final long[] lines;
	private final byte[] bytes;
	private byte[] copies = new byte[1024];
	private int copied;
	private int size;
	private long firstRow;

	CsvBatch(List<Column> schema, int capacity, byte[] bytes) {
		this.bytes = bytes;
		this.lines = new long[capacity];
		this.columns = new CsvColumnVector[schema.size()];
		for (int c = 0; c < columns.length; c++) {
			columns[c] = new CsvColumnVector(schema.get(c), capacity, this);
		}
	}

	byte[] bytes() {
		return bytes;
	}

	byte[] copies() {
		return copies;
	}

	CsvColumnVector vector(int column) {
		return columns[column];
	}

	/** Copies a quoted field with {@code ""} into the batch, unescaped; returns where it starts there. */
	int copyUnescaped(int start, int end) {
		if (copied + end - start > copies.length) {
			copies = Arrays.copyOf(copies, Math.max(copies.length * 2, copied + end - start));
		}
		int at = copied;
		copied += CsvTokenizer.unescape(bytes, start, end, copies, at);
		return at;
	}

	int copiedEnd() {
		return copied;
	}

	/** Records the line of the row being filled; the row counts once {@link #commit} is called. */
	void line(long line) {
		lines[size] = line;
	}

	void commit() {
		size++;
	}

	boolean isFull() {
		return size == lines.length;
	}

	/** Empties the batch for the rows after it. */
	void reset() {
		firstRow += size;
		size = 0;
		copied = 0;
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
		return lines[row];
	}

	@Override
	public ColumnVector column(int index) {
		return columns[index];
	}
}
