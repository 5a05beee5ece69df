package org.assay.runtime.evaluation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.fairness.FairnessCounts;
import org.assay.runtime.fairness.GroupFairness;
import org.assay.runtime.metrics.ConfusionMatrix;

/**
 * What batch evaluation of a classifier accumulates, as a mergeable state of counts only: rows scored and predicted
 * per class (every row), the confusion matrix of the labelled rows, one confusion matrix per declared slice, and the
 * group-fairness counts per protected feature (positive: the label's first category, as the suites decide). States
 * of any split of the rows, merged in any order, equal the state of all of them exactly, so a local run, its chunks
 * and Spark's partitions give the same metrics. {@link #encode()}/{@link #decode(byte[])} move it between JVMs
 * (versioned).
 */
public final class EvaluationState {

	private static final int FORMAT = 1;

	private final int classes;
	private long rows;
	private final long[] predicted;
	private final ConfusionMatrix matrix;
	private final Map<String, ConfusionMatrix> slices = new LinkedHashMap<>();
	private final Map<String, FairnessCounts> fairness = new LinkedHashMap<>();

	/** An empty state for {@code classes} classes, the given slices and protected features (with their group counts). */
	public EvaluationState(int classes, List<String> sliceNames, Map<String, Integer> protectedGroups) {
		this.classes = classes;
		this.predicted = new long[classes];
		this.matrix = new ConfusionMatrix(classes);
		sliceNames.forEach(name -> slices.put(name, new ConfusionMatrix(classes)));
		protectedGroups.forEach((feature, groups) -> fairness.put(feature, new FairnessCounts(groups)));
	}

	/** Counts a scored row: its predicted class, its true class ({@code -1}: unlabelled), its slices and groups. */
	void add(int predictedClass, int truth, boolean[] inSlice, int[] groups) {
		rows++;
		predicted[predictedClass]++;
		if (truth < 0) {
			return;
		}
		matrix.add(truth, predictedClass, 1);
		int s = 0;
		for (ConfusionMatrix slice : slices.values()) {
			if (inSlice[s++]) {
				slice.add(truth, predictedClass, 1);
			}
		}
		int f = 0;
		for (FairnessCounts counts : fairness.values()) {
			counts.add(truth == 0, predictedClass == 0, groups[f++]);
		}
	}

	/** Adds {@code other} (a state of the same shape) to this one; returns this. */
	public EvaluationState merge(EvaluationState other) {
		if (other.classes != classes || !other.slices.keySet().equals(slices.keySet())
				|| !other.fairness.keySet().equals(fairness.keySet())) {
			throw new IllegalArgumentException("cannot merge evaluation states of different models or declarations");
		}
		rows += other.rows;
		for (int c = 0; c < classes; c++) {
			predicted[c] += other.predicted[c];
		}
		addCounts(matrix, other.matrix);
		slices.forEach((name, slice) -> addCounts(slice, other.slices.get(name)));
		fairness.forEach((feature, counts) -> counts.merge(other.fairness.get(feature)));
		return this;
	}

	private void addCounts(ConfusionMatrix into, ConfusionMatrix from) {
		for (int t = 0; t < classes; t++) {
			for (int p = 0; p < classes; p++) {
				into.add(t, p, from.count(t, p));
			}
		}
	}

	public int classes() {
		return classes;
	}

	/** Rows scored (labelled or not). */
	public long rows() {
		return rows;
	}

	/** Rows predicted as {@code klass}. */
	public long predicted(int klass) {
		return predicted[klass];
	}

	/** The confusion matrix of the labelled rows (accuracy, precision, recall, F1). */
	public ConfusionMatrix matrix() {
		return matrix;
	}

	/** The declared slices' confusion matrices, in declaration order. */
	public Map<String, ConfusionMatrix> slices() {
		return java.util.Collections.unmodifiableMap(slices);
	}

	/** The group fairness of the labelled rows over {@code feature}'s categories. */
	public GroupFairness fairness(String feature) {
		FairnessCounts counts = fairness.get(feature);
		if (counts == null) {
			throw new IllegalArgumentException("'" + feature + "' is not a protected feature of this evaluation; it has "
					+ fairness.keySet());
		}
		return counts.fairness();
	}

	/** The protected features counted, in schema order. */
	public List<String> protectedFeatures() {
		return List.copyOf(fairness.keySet());
	}

	/** Versioned bytes of this state. */
	public byte[] encode() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(FORMAT);
			out.writeInt(classes);
			out.writeLong(rows);
			for (long n : predicted) {
				out.writeLong(n);
			}
			writeMatrix(out, matrix);
			out.writeInt(slices.size());
			for (var slice : slices.entrySet()) {
				out.writeUTF(slice.getKey());
				writeMatrix(out, slice.getValue());
			}
			out.writeInt(fairness.size());
			for (var counts : fairness.entrySet()) {
				out.writeUTF(counts.getKey());
				long[][] arrays = counts.getValue().arrays();
				out.writeInt(arrays[0].length);
				for (long[] array : arrays) {
					for (long n : array) {
						out.writeLong(n);
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private void writeMatrix(DataOutputStream out, ConfusionMatrix m) throws IOException {
		for (int t = 0; t < classes; t++) {
			for (int p = 0; p < classes; p++) {
				out.writeLong(m.count(t, p));
			}
		}
	}

	/** A state from {@link #encode()}'s bytes; bytes of another format version are refused with both versions named. */
	public static EvaluationState decode(byte[] encoded) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
			int format = in.readInt();
			if (format != FORMAT) {
				throw new IllegalArgumentException("evaluation state of format " + format + ", this Assay reads format " + FORMAT
						+ ": driver and executors run different Assay versions");
			}
			int classes = in.readInt();
			long rows = in.readLong();
			long[] predicted = new long[classes];
			for (int c = 0; c < classes; c++) {
				predicted[c] = in.readLong();
			}
			long[][] matrix = readMatrix(in, classes);
			Map<String, long[][]> slices = new LinkedHashMap<>();
			for (int s = in.readInt(); s > 0; s--) {
				slices.put(in.readUTF(), readMatrix(in, classes));
			}
			Map<String, long[][]> fairness = new LinkedHashMap<>();
			for (int f = in.readInt(); f > 0; f--) {
				String feature = in.readUTF();
				int groups = in.readInt();
				long[][] arrays = new long[6][groups];
				for (long[] array : arrays) {
					for (int g = 0; g < groups; g++) {
						array[g] = in.readLong();
					}
				}
				fairness.put(feature, arrays);
			}
			Map<String, Integer> groupCounts = new LinkedHashMap<>();
			fairness.forEach((feature, arrays) -> groupCounts.put(feature, arrays[0].length));
			EvaluationState state = new EvaluationState(classes, List.copyOf(slices.keySet()), groupCounts);
			state.rows = rows;
			System.arraycopy(predicted, 0, state.predicted, 0, classes);
			fill(state.matrix, matrix);
			slices.forEach((name, counts) -> fill(state.slices.get(name), counts));
			fairness.forEach((feature, arrays) -> state.fairness.get(feature).merge(FairnessCounts.of(arrays)));
			return state;
		} catch (IOException e) {
			throw new IllegalArgumentException("not an evaluation state: " + e.getMessage(), e);
		}
	}

	private static long[][] readMatrix(DataInputStream in, int classes) throws IOException {
		long[][] counts = new long[classes][classes];
		for (long[] row : counts) {
			for (int p = 0; p < classes; p++) {
				row[p] = in.readLong();
			}
		}
		return counts;
	}

	private static void fill(ConfusionMatrix into, long[][] counts) {
		for (int t = 0; t < counts.length; t++) {
			for (int p = 0; p < counts.length; p++) {
				into.add(t, p, counts[t][p]);
			}
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EvaluationState state && java.util.Arrays.equals(encode(), state.encode());
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(encode());
	}
}
