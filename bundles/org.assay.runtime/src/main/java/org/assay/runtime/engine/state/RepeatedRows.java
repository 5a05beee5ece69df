package org.assay.runtime.engine.state;

import java.io.DataOutput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/**
 * Where a few repeated values (or keys) of a {@link DistinctState} occur: for each, the first row holding it, how often
 * it occurs and the lines of up to {@value #MORE_LINES} further rows. Read in a second pass over the source, only when a
 * uniqueness-type constraint does not pass, for the values {@link DistinctState#mostFrequent} named; memory is
 * constant (a few values, a few lines each). Values are matched as {@code DistinctState} keys and shows them (see
 * docs/engine-states.md, "Keys of DISTINCT_VALUES"): a number by its exact bits, a text or category by its text, a key
 * of several columns by its parts. Never encoded: it lives only within one verification.
 */
public final class RepeatedRows extends ColumnState {

	/** Lines kept per value besides the first row. */
	public static final int MORE_LINES = 5;

	/**
	 * One repeated value as found: the value as {@code DistinctState} shows it, its first row (0-based) and line, the
	 * cells shown there, how often it occurs and the lines of the next rows holding it (at most {@value #MORE_LINES}).
	 */
	public record Found(String shown, long row, long line, String cells, long count, List<Long> moreLines) {
	}

	private static final class Entry {
		final String shown;
		long row;
		long line;
		final String cells;
		long count;
		final List<Long> more = new ArrayList<>(MORE_LINES);

		Entry(String shown, long row, long line, String cells) {
			this.shown = shown;
			this.row = row;
			this.line = line;
			this.cells = cells;
		}

		void addLine(long at) {
			if (more.size() < MORE_LINES) {
				more.add(at);
			}
		}
	}

	private final boolean numeric;
	private final List<String> targets;
	private final Set<Long> numbers = new HashSet<>();
	private final Set<String> texts = new HashSet<>();
	/** By exact key (a Long for one numeric column, else the key text), in order of first occurrence. */
	private final Map<Object, Entry> found = new LinkedHashMap<>();

	/**
	 * @param numeric one numeric column (as {@code DistinctState} keeps it)
	 * @param targets the values to locate as {@link DistinctState#mostFrequent} shows them
	 */
	public RepeatedRows(List<String> names, int[] columns, boolean numeric, List<String> targets) {
		super(names, columns, NullPolicy.MISSING);
		this.numeric = numeric && columns.length == 1;
		this.targets = List.copyOf(targets);
		for (String target : targets) {
			if (this.numeric) {
				try {
					numbers.add(Cells.key(Double.parseDouble(target)));
				} catch (NumberFormatException e) {
					// not a number this column can hold: never found
				}
			} else {
				texts.add(target);
			}
		}
	}

	@Override
	public StateKind kind() {
		return StateKind.DISTINCT_VALUES;
	}

	@Override
	protected void accept(Batch batch, ColumnVector vector, int row) {
		Object key;
		String shown;
		if (numeric) {
			long bits = Cells.key(vector.number(row));
			if (!numbers.contains(bits)) {
				return;
			}
			key = bits;
			shown = null;
		} else if (columns.length == 1) {
			shown = vector.text(row).toString();
			if (!texts.contains(shown)) {
				return;
			}
			key = shown;
		} else {
			StringBuilder exact = new StringBuilder();
			StringBuilder display = new StringBuilder();
			for (int column : columns) {
				ColumnVector part = batch.column(column);
				String text = part.kind() == ColumnVector.Kind.NUMBER ? Long.toHexString(Cells.key(part.number(row)))
						: part.text(row).toString();
				exact.append(text.length()).append(':').append(text);
				display.append(display.length() == 0 ? "" : ", ").append(text);
			}
			shown = display.toString();
			if (!texts.contains(shown)) {
				return;
			}
			key = exact.toString();
		}
		Entry entry = found.get(key);
		if (entry == null) {
			String target = shown != null ? shown : targetOf((Long) key);
			entry = new Entry(target, batch.firstRow() + row, batch.lineInChunk(row), Cells.show(batch, columns, names, row));
			found.put(key, entry);
		} else {
			entry.addLine(batch.lineInChunk(row));
		}
		entry.count++;
	}

	private String targetOf(long bits) {
		for (String target : targets) {
			try {
				if (Cells.key(Double.parseDouble(target)) == bits) {
					return target;
				}
			} catch (NumberFormatException e) {
				// not this one
			}
		}
		return Long.toHexString(bits);
	}

	/** The values found, in the order of the targets given (a value's rows in file order once merged). */
	public List<Found> found() {
		List<Found> list = new ArrayList<>();
		for (String target : targets) {
			for (Entry entry : found.values()) {
				if (entry.shown.equals(target)) {
					list.add(new Found(entry.shown, entry.row, entry.line, entry.cells, entry.count, List.copyOf(entry.more)));
				}
			}
		}
		return list;
	}

	@Override
	protected void mergeFields(ColumnState later) {
		RepeatedRows other = (RepeatedRows) later;
		other.found.forEach((key, entry) -> {
			Entry mine = found.get(key);
			if (mine == null) {
				found.put(key, entry);
			} else {
				mine.addLine(entry.line);
				entry.more.forEach(mine::addLine);
				mine.count += entry.count;
			}
		});
	}

	@Override
	public void relocate(long rowsBefore, long linesBefore) {
		super.relocate(rowsBefore, linesBefore);
		for (Entry entry : found.values()) {
			entry.row += rowsBefore;
			entry.line += linesBefore;
			entry.more.replaceAll(line -> line + linesBefore);
		}
	}

	@Override
	public void writeFields(DataOutput out) {
		throw new UnsupportedOperationException("the rows of repeated values are located within one verification and never stored");
	}
}
