package org.assay.runtime.metrics;

/**
 * Counts of (true class, predicted class) pairs. Mergeable, so the same metric code works per chunk, on all cores
 * and on distributed partitions. Per-class precision, recall and F1 are 0 where undefined (no predictions, no
 * examples), the convention of scikit-learn's {@code zero_division=0}.
 */
public final class ConfusionMatrix {

	private final long[][] counts;

	public ConfusionMatrix(int classes) {
		if (classes < 2) {
			throw new IllegalArgumentException("a classification has at least 2 classes, not " + classes);
		}
		counts = new long[classes][classes];
	}

	public static ConfusionMatrix of(int classes, int[] truth, int[] predicted) {
		ConfusionMatrix matrix = new ConfusionMatrix(classes);
		matrix.add(truth, predicted);
		return matrix;
	}

	public void add(int[] truth, int[] predicted) {
		if (truth.length != predicted.length) {
			throw new IllegalArgumentException(truth.length + " labels but " + predicted.length + " predictions");
		}
		for (int i = 0; i < truth.length; i++) {
			counts[truth[i]][predicted[i]]++;
		}
	}

	/** Counts {@code n} more rows of true class {@code truth} predicted as {@code predicted} (e.g. a decoded state). */
	public void add(int truth, int predicted, long n) {
		counts[truth][predicted] += n;
	}

	public ConfusionMatrix merge(ConfusionMatrix other) {
		ConfusionMatrix merged = new ConfusionMatrix(classes());
		for (int t = 0; t < classes(); t++) {
			for (int p = 0; p < classes(); p++) {
				merged.counts[t][p] = counts[t][p] + other.counts[t][p];
			}
		}
		return merged;
	}

	public int classes() {
		return counts.length;
	}

	public long count(int truth, int predicted) {
		return counts[truth][predicted];
	}

	public long total() {
		long total = 0;
		for (long[] row : counts) {
			for (long n : row) {
				total += n;
			}
		}
		return total;
	}

	public long correct() {
		long correct = 0;
		for (int c = 0; c < classes(); c++) {
			correct += counts[c][c];
		}
		return correct;
	}

	public double accuracy() {
		long total = total();
		return total == 0 ? Double.NaN : (double) correct() / total;
	}

	public double precision(int c) {
		long predicted = 0;
		for (int t = 0; t < classes(); t++) {
			predicted += counts[t][c];
		}
		return predicted == 0 ? 0 : (double) counts[c][c] / predicted;
	}

	public double recall(int c) {
		long actual = 0;
		for (int p = 0; p < classes(); p++) {
			actual += counts[c][p];
		}
		return actual == 0 ? 0 : (double) counts[c][c] / actual;
	}

	public double f1(int c) {
		double precision = precision(c);
		double recall = recall(c);
		return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
	}

	public double macroPrecision() {
		double sum = 0;
		for (int c = 0; c < classes(); c++) {
			sum += precision(c);
		}
		return sum / classes();
	}

	public double macroRecall() {
		double sum = 0;
		for (int c = 0; c < classes(); c++) {
			sum += recall(c);
		}
		return sum / classes();
	}

	public double macroF1() {
		double sum = 0;
		for (int c = 0; c < classes(); c++) {
			sum += f1(c);
		}
		return sum / classes();
	}
}
