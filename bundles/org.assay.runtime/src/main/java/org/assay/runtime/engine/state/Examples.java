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

	/**
	 * Keeps the row, shown as {@link Cells#show} shows {@code columns}, if fewer than {@link #LIMIT} are kept. The check
	 * is made here, not in the states' row loops. A chunk's states start empty and fill their examples within the first
	 * rows, which a fresh JVM runs before it profiles the loop; the JIT then compiled each loop as if its examples were
	 * always full, and compiled it again at the next chunk's first null or failing row ({@link SatisfactionState#update}
	 * four or five times in a first verification). This method's profile is shared by every state and chunk, so it has
	 * seen rows kept by the time the loops are compiled.
	 */
	public void offer(Batch batch, int row, int[] columns, List<String> names) {
		if (list.size() < LIMIT) {
			list.add(new Example(batch.firstRow() + row, batch.lineInChunk(row), Cells.show(batch, columns, names, row)));
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
