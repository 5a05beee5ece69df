package org.assay.runtime.engine.state;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.ColumnVector;

/**
 * Exact value → count of a column, or of a key made of several columns: numbers by their exact bits in sorted runs
 * ({@link LongCounts}: a chunk's numbers are sorted on the thread that read it, chunks merge linearly), texts and
 * categories by their text, a composite key as the length-prefixed parts (numbers by their exact bits, so {@code 1} and
 * {@code 1.0} are one value). Memory grows with the number of distinct values, not with the rows: 8 bytes per distinct
 * number when each occurs once, 12 otherwise (twice that while merging), about 60 bytes plus the text per distinct
 * text. Serves uniqueness, distinctness, distinct count, entropy, top-k share and a value's frequency.
 */
public final class DistinctState extends ColumnState {

	private final boolean numeric;
	private final LongCounts numbers;
	private final Map<String, long[]> texts;
	/** The counts of a category column's values by code, and the code's text, until {@link #texts()} adds them. */
	private long[] codeCounts = new long[0];
	private String[] categoryNames = new String[0];

	/** {@code numeric}: one numeric column, kept in a primitive map. */
	public DistinctState(List<String> names, int[] columns, NullPolicy policy, boolean numeric) {
		super(names, columns, policy);
		this.numeric = numeric && columns.length == 1;
		this.numbers = this.numeric ? new LongCounts() : null;
		this.texts = this.numeric ? null : new HashMap<>();
	}

	@Override
	public StateKind kind() {
		return StateKind.DISTINCT_VALUES;
	}

	@Override
	protected void accept(Batch batch, ColumnVector vector, int row) {
		if (numeric) {
			numbers.add(Cells.key(vector.number(row)));
			return;
		}
		String key;
		if (columns.length == 1) {
			if (vector.kind() == ColumnVector.Kind.CATEGORY) {
				countCategory(vector, row);
				return;
			}
			key = vector.text(row).toString();
		} else {
			StringBuilder composite = new StringBuilder();
			for (int column : columns) {
				ColumnVector part = batch.column(column);
				String text = part.kind() == ColumnVector.Kind.NUMBER ? Long.toHexString(Cells.key(part.number(row)))
						: part.text(row).toString();
				composite.append(text.length()).append(':').append(text);
			}
			key = composite.toString();
		}
		long[] count = texts.get(key);
		if (count == null) {
			texts.put(key, new long[] { 1 });
		} else {
			count[0]++;
		}
	}

	/** A category counted by its code (an array index, no hashing per row); {@link #texts()} adds them by name. */
	private void countCategory(ColumnVector vector, int row) {
		int code = vector.code(row);
		if (code >= codeCounts.length) {
			codeCounts = Arrays.copyOf(codeCounts, code + 8);
			categoryNames = Arrays.copyOf(categoryNames, code + 8);
		}
		if (codeCounts[code]++ == 0 && categoryNames[code] == null) {
			categoryNames[code] = vector.text(row).toString();
		}
	}

	/**
	 * Sorts the chunk's numbers into one run, or adds its category counts to the texts, on the thread that read them,
	 * so that merging is a linear merge or a small map's.
	 */
	@Override
	public void seal() {
		if (numeric) {
			numbers.seal();
		} else {
			texts();
		}
	}

	/** Value → count of the texts, with the categories counted by code since the last call added by name. */
	private Map<String, long[]> texts() {
		for (int code = 0; code < codeCounts.length; code++) {
			long count = codeCounts[code];
			if (count > 0) {
				long[] mine = texts.get(categoryNames[code]);
				if (mine == null) {
					texts.put(categoryNames[code], new long[] { count });
				} else {
					mine[0] += count;
				}
				codeCounts[code] = 0;
			}
		}
		return texts;
	}

	/** Distinct values (or keys). */
	public long distinct() {
		return numeric ? numbers.size() : texts().size();
	}

	/** How many values occur exactly once (one scan: no array of every count, no sort). */
	public long singletons() {
		if (numeric) {
			return numbers.singletons();
		}
		long once = 0;
		for (long[] count : texts().values()) {
			once += count[0] == 1 ? 1 : 0;
		}
		return once;
	}

	/** The count of every distinct value, ascending. */
	public long[] counts() {
		long[] counts = new long[(int) distinct()];
		int[] n = { 0 };
		if (numeric) {
			SortedCounts run = numbers.compacted();
			for (int i = 0; i < run.size; i++) {
				counts[i] = run.count(i);
			}
		} else {
			texts().values().forEach(count -> counts[n[0]++] = count[0]);
		}
		Arrays.sort(counts);
		return counts;
	}

	/** How often a value of one column occurs: for a numeric column the value is read as a number (so "30" is 30.0). */
	public long frequency(String value) {
		if (numeric) {
			try {
				return numbers.get(Cells.key(Double.parseDouble(value.trim())));
			} catch (NumberFormatException e) {
				return 0;
			}
		}
		long[] count = texts().get(value);
		return count == null ? 0 : count[0];
	}

	/**
	 * The {@code limit} most frequent values with their counts, most frequent first (ties: the smaller value first),
	 * selected in one scan without sorting or showing every value.
	 */
	public List<Map.Entry<String, Long>> mostFrequent(int limit) {
		if (limit <= 0) {
			return List.of();
		}
		// plain loops, no comparator or lambda: their first use costs a fresh JVM milliseconds at every decision
		Object[] keys = new Object[limit];
		long[] counts = new long[limit];
		int n = 0;
		if (numeric) {
			SortedCounts run = numbers.compacted();
			for (int i = 0; i < run.size; i++) {
				long count = run.count(i);
				if (n < limit || count >= counts[limit - 1]) {
					n = offer(keys, counts, n, run.keys[i], count);
				}
			}
		} else {
			for (Map.Entry<String, long[]> entry : texts().entrySet()) {
				n = offer(keys, counts, n, entry.getKey(), entry.getValue()[0]);
			}
		}
		List<Map.Entry<String, Long>> top = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			Object key = keys[i];
			String shown = numeric ? show((Long) key) : columns.length == 1 ? (String) key : showComposite((String) key);
			top.add(Map.entry(shown, counts[i]));
		}
		return top;
	}

	/**
	 * Puts a value among the first {@code n} of {@code keys}, most frequent first and equal counts by ascending value,
	 * dropping the last when all {@code keys.length} places are taken; returns the new number of values kept.
	 */
	private int offer(Object[] keys, long[] counts, int n, Object key, long count) {
		int at = n;
		while (at > 0 && (counts[at - 1] < count || counts[at - 1] == count && compare(keys[at - 1], key) > 0)) {
			at--;
		}
		if (at >= keys.length) {
			return n;
		}
		int moved = Math.min(n, keys.length - 1) - at;
		System.arraycopy(keys, at, keys, at + 1, moved);
		System.arraycopy(counts, at, counts, at + 1, moved);
		keys[at] = key;
		counts[at] = count;
		return Math.min(n + 1, keys.length);
	}

	/** The order of values: numbers by value, texts as strings. */
	private int compare(Object a, Object b) {
		return numeric ? Double.compare(Double.longBitsToDouble((Long) a), Double.longBitsToDouble((Long) b))
				: ((String) a).compareTo((String) b);
	}

	private static String show(long key) {
		double value = Double.longBitsToDouble(key);
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}

	/** A composite key's parts, comma-separated (numbers shown as numbers). */
	private static String showComposite(String key) {
		List<String> parts = new ArrayList<>();
		int at = 0;
		while (at < key.length()) {
			int colon = key.indexOf(':', at);
			int length = Integer.parseInt(key.substring(at, colon));
			parts.add(key.substring(colon + 1, colon + 1 + length));
			at = colon + 1 + length;
		}
		return String.join(", ", parts);
	}

	@Override
	protected void mergeFields(ColumnState later) {
		DistinctState other = (DistinctState) later;
		if (numeric) {
			numbers.addAll(other.numbers);
		} else {
			Map<String, long[]> texts = texts();
			other.texts().forEach((key, count) -> {
				long[] mine = texts.get(key);
				if (mine == null) {
					texts.put(key, count.clone());
				} else {
					mine[0] += count[0];
				}
			});
		}
	}

	@Override
	public void writeFields(DataOutput out) throws IOException {
		out.writeBoolean(numeric);
		if (numeric) {
			SortedCounts run = numbers.compacted();
			out.writeInt(run.size);
			for (int i = 0; i < run.size; i++) {
				out.writeLong(run.keys[i]);
				out.writeLong(run.count(i));
			}
		} else {
			Map<String, long[]> texts = texts();
			String[] keys = texts.keySet().toArray(new String[0]);
			Arrays.sort(keys);
			out.writeInt(keys.length);
			for (String key : keys) {
				byte[] bytes = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				out.writeInt(bytes.length);
				out.write(bytes);
				out.writeLong(texts.get(key)[0]);
			}
		}
	}

	static DistinctState read(StateCodec.Common common, DataInput in) throws IOException {
		boolean numeric = in.readBoolean();
		DistinctState state = common.init(new DistinctState(common.names(), common.columns(), common.policy(), numeric));
		int size = in.readInt();
		if (numeric) {
			// grown as entries come, so a damaged size meets the end of the input instead of a huge array
			long[] keys = new long[Math.max(0, Math.min(size, 1 << 16))];
			long[] counts = new long[keys.length];
			for (int i = 0; i < size; i++) {
				if (i == keys.length) {
					keys = Arrays.copyOf(keys, (int) Math.min(size, 2L * i));
					counts = Arrays.copyOf(counts, keys.length);
				}
				keys[i] = in.readLong();
				counts[i] = in.readLong();
			}
			SortedCounts run = SortedCounts.ofEntries(keys, counts);
			if (run == null) {
				throw new IOException("DISTINCT_VALUES state of " + common.names()
						+ ": its numbers are not in ascending order with positive counts, as Assay writes them");
			}
			state.numbers.add(run);
			return state;
		}
		for (int i = 0; i < size; i++) {
			byte[] bytes = new byte[in.readInt()];
			in.readFully(bytes);
			state.texts.put(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), new long[] { in.readLong() });
		}
		return state;
	}
}
