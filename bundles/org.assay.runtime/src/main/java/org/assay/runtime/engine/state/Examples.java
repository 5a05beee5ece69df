package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.scan.Batch;

/**
 * The first {@value #LIMIT} rows of one kind (failing rows, nulls met) in chunk order. Rows start chunk-relative and
 * are made absolute with {@link #relocate} before a chunk's state is merged into the states of the chunks before it.
 */
public final class Examples {

	/** How many rows are kept. */
	public static final int LIMIT = 5;

	/**
	 * One located row.
	 *
	 * @param row the data row, from 0 (the first row after the header is 0)
	 * @param line the file line (the header is line 1)
	 * @param values the offending cells, {@code column=value, …}
	 */
	public record Example(long row, long line, String values) {
	}

	private final List<Example> list = new ArrayList<>(LIMIT);

	public boolean isFull() {
		return list.size() >= LIMIT;
	}

	/** Keeps the row if fewer than {@link #LIMIT} are kept. */
	public void add(Batch batch, int row, String values) {
		if (list.size() < LIMIT) {
			list.add(new Example(batch.firstRow() + row, batch.lineInChunk(row), values));
		}
	}

	public void add(Example example) {
		if (list.size() < LIMIT) {
			list.add(example);
		}
	}

	public void relocate(long rowsBefore, long linesBefore) {
		list.replaceAll(e -> new Example(e.row() + rowsBefore, e.line() + linesBefore, e.values()));
	}

	/** Appends the rows of a later chunk. */
	public void merge(Examples later) {
		for (Example example : later.list) {
			add(example);
		}
	}

	public List<Example> list() {
		return List.copyOf(list);
	}

	void write(DataOutput out) throws IOException {
		out.writeByte(list.size());
		for (Example e : list) {
			out.writeLong(e.row());
			out.writeLong(e.line());
			out.writeUTF(e.values());
		}
	}

	static Examples read(DataInput in) throws IOException {
		Examples examples = new Examples();
		int size = in.readUnsignedByte();
		for (int i = 0; i < size; i++) {
			examples.add(new Example(in.readLong(), in.readLong(), in.readUTF()));
		}
		return examples;
	}
}
