package org.assay.benchmarks;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;

/**
 * The data benchmark's baseline: the same five data-quality metrics as Assay's checks (completeness, validity,
 * uniqueness, class balance, Tukey outlier rate), written plainly in one pass over the file with the same number of
 * threads. The file is split into byte ranges at line ends and each thread parses its range (no quoted fields: the
 * synthetic file has none); numeric values are kept per column for the quartiles, rows are hashed for uniqueness.
 * Definitions follow {@code org.assay.runtime.quality.DataQuality}; the benchmark checks that both give the same values.
 */
final class OnePassBaseline {

	/** completeness, validity, uniqueness, class balance, outlier rate. */
	record Values(double completeness, double validity, double uniqueness, double classBalance, double outlierRate) {
		double checksum() {
			return completeness + validity + uniqueness + classBalance + outlierRate;
		}
	}

	private OnePassBaseline() {
	}

	static Values run(Path file, Schema schema, int threads) throws Exception {
		List<Column> columns = schema.columns();
		byte[][] ranges = split(file, threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Part>> futures = new ArrayList<>();
			for (byte[] range : ranges) {
				futures.add(pool.submit(() -> parse(range, columns)));
			}
			List<Part> parts = new ArrayList<>();
			for (Future<Part> future : futures) {
				parts.add(future.get());
			}
			return combine(parts, columns, pool);
		} finally {
			pool.shutdown();
		}
	}

	/** The file's bytes after the header, in {@code threads} ranges cut after a line end. */
	private static byte[][] split(Path file, int threads) throws IOException {
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			long start = 0;
			while (start < length && readByte(in, start) != '\n') {
				start++;
			}
			start++;
			long[] cuts = new long[threads + 1];
			cuts[0] = start;
			cuts[threads] = length;
			for (int t = 1; t < threads; t++) {
				long cut = Math.max(cuts[t - 1], start + (length - start) * t / threads);
				while (cut < length && readByte(in, cut - 1) != '\n') {
					cut++;
				}
				cuts[t] = cut;
			}
			byte[][] ranges = new byte[threads][];
			for (int t = 0; t < threads; t++) {
				ranges[t] = new byte[(int) (cuts[t + 1] - cuts[t])];
				in.seek(cuts[t]);
				in.readFully(ranges[t]);
			}
			return ranges;
		}
	}

	private static int readByte(RandomAccessFile in, long position) throws IOException {
		in.seek(position);
		return in.read();
	}

	/** What one thread found in its range. */
	private static final class Part {
		final long[] missing;
		final long[] invalid;
		final double[][] finite;
		final int[] finiteCount;
		final long[] labelCounts;
		long[] rowHashes = new long[1024];
		int rows;

		Part(int columns, int labelCategories) {
			missing = new long[columns];
			invalid = new long[columns];
			finite = new double[columns][1024];
			finiteCount = new int[columns];
			labelCounts = new long[labelCategories];
		}
	}

	private static Part parse(byte[] bytes, List<Column> columns) {
		int labelIndex = -1;
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).role() == Column.Role.LABEL) {
				labelIndex = c;
			}
		}
		Part part = new Part(columns.size(), labelIndex < 0 ? 0 : columns.get(labelIndex).categories().size());
		int position = 0;
		while (position < bytes.length) {
			int end = position;
			while (end < bytes.length && bytes[end] != '\n') {
				end++;
			}
			if (end > position) {
				row(bytes, position, end, columns, labelIndex, part);
			}
			position = end + 1;
		}
		return part;
	}

	private static void row(byte[] bytes, int start, int end, List<Column> columns, int labelIndex, Part part) {
		long hash = 0x9E3779B97F4A7C15L;
		int field = start;
		for (int c = 0; c < columns.size(); c++) {
			int fieldEnd = field;
			while (fieldEnd < end && bytes[fieldEnd] != ',') {
				fieldEnd++;
			}
			String text = new String(bytes, field, fieldEnd - field, StandardCharsets.UTF_8).strip();
			field = fieldEnd + 1;
			Column column = columns.get(c);
			double key;
			if (text.isEmpty()) {
				part.missing[c]++;
				key = column.isNumeric() ? Double.NaN : -1;
			} else if (column.isNumeric()) {
				double value = number(text, column);
				if (Double.isNaN(value)) {
					part.invalid[c]++;
				} else {
					if (part.finiteCount[c] == part.finite[c].length) {
						part.finite[c] = Arrays.copyOf(part.finite[c], part.finite[c].length * 2);
					}
					part.finite[c][part.finiteCount[c]++] = value;
				}
				key = value;
			} else {
				int code = column.categories().indexOf(text);
				if (code < 0) {
					part.invalid[c]++;
				} else if (c == labelIndex) {
					part.labelCounts[code]++;
				}
				key = code;
			}
			hash = (hash ^ Double.doubleToLongBits(key)) * 0xBF58476D1CE4E5B9L;
			hash ^= hash >>> 31;
		}
		if (part.rows == part.rowHashes.length) {
			part.rowHashes = Arrays.copyOf(part.rowHashes, part.rows * 2);
		}
		part.rowHashes[part.rows++] = hash;
	}

	/** The cell's value, or NaN when it is not a valid value of the column (NaN text, not a number, out of range). */
	private static double number(String text, Column column) {
		if (text.equalsIgnoreCase("nan")) {
			return Double.NaN;
		}
		double value;
		try {
			value = Double.parseDouble(text);
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
		if (!Double.isFinite(value) || column.isInteger() && value != Math.rint(value) || value < column.minimum()
				|| value > column.maximum()) {
			return Double.NaN;
		}
		return value;
	}

	private static Values combine(List<Part> parts, List<Column> columns, ExecutorService pool) throws Exception {
		long rows = 0;
		long missing = 0;
		long invalid = 0;
		long[] labelCounts = null;
		for (Part part : parts) {
			rows += part.rows;
			missing += Arrays.stream(part.missing).sum();
			invalid += Arrays.stream(part.invalid).sum();
			if (labelCounts == null) {
				labelCounts = part.labelCounts.clone();
			} else {
				for (int k = 0; k < labelCounts.length; k++) {
					labelCounts[k] += part.labelCounts[k];
				}
			}
		}
		long cells = rows * columns.size();
		long present = cells - missing;
		// distinct rows: 64-bit row hashes of all parts, sorted and counted (a collision among 10^6 rows has a
		// probability of about 3e-8)
		long[] hashes = new long[(int) rows];
		int offset = 0;
		for (Part part : parts) {
			System.arraycopy(part.rowHashes, 0, hashes, offset, part.rows);
			offset += part.rows;
		}
		Future<Long> distinctCount = pool.submit(() -> {
			Arrays.parallelSort(hashes);
			long distinct = hashes.length == 0 ? 0 : 1;
			for (int i = 1; i < hashes.length; i++) {
				distinct += hashes[i] != hashes[i - 1] ? 1 : 0;
			}
			return distinct;
		});
		List<Future<long[]>> outlierCounts = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			if (!columns.get(c).isNumeric()) {
				continue;
			}
			int column = c;
			outlierCounts.add(pool.submit(() -> outliers(parts, column)));
		}
		long values = 0;
		long outliers = 0;
		for (Future<long[]> count : outlierCounts) {
			outliers += count.get()[0];
			values += count.get()[1];
		}
		long min = Arrays.stream(labelCounts).min().orElse(0);
		long max = Arrays.stream(labelCounts).max().orElse(0);
		return new Values(cells == 0 ? Double.NaN : 1 - (double) missing / cells,
				present == 0 ? Double.NaN : 1 - (double) invalid / present,
				rows == 0 ? Double.NaN : (double) distinctCount.get() / rows, max == 0 ? Double.NaN : (double) min / max,
				values == 0 ? Double.NaN : (double) outliers / values);
	}

	/** {outliers, values} of a numeric column by Tukey's fences, quartiles by linear interpolation. */
	private static long[] outliers(List<Part> parts, int column) {
		int n = 0;
		for (Part part : parts) {
			n += part.finiteCount[column];
		}
		if (n == 0) {
			return new long[] { 0, 0 };
		}
		double[] all = new double[n];
		int offset = 0;
		for (Part part : parts) {
			System.arraycopy(part.finite[column], 0, all, offset, part.finiteCount[column]);
			offset += part.finiteCount[column];
		}
		double[] work = all.clone();
		double q1 = quantile(work, 0.25);
		double q3 = quantile(work, 0.75);
		double low = q1 - 1.5 * (q3 - q1);
		double high = q3 + 1.5 * (q3 - q1);
		long outliers = 0;
		for (double v : all) {
			outliers += v < low || v > high ? 1 : 0;
		}
		return new long[] { outliers, n };
	}

	/** The p-quantile by linear interpolation between order statistics (numpy's default), by selection. */
	private static double quantile(double[] values, double p) {
		double h = p * (values.length - 1);
		int lower = (int) Math.floor(h);
		double a = select(values, lower);
		if (lower + 1 >= values.length) {
			return a;
		}
		double b = select(values, lower + 1);
		return a + (h - lower) * (b - a);
	}

	/** The k-th smallest value (0-based), reordering the array (Hoare's selection with a median-of-three pivot). */
	private static double select(double[] a, int k) {
		int left = 0;
		int right = a.length - 1;
		while (left < right) {
			int middle = (left + right) >>> 1;
			double pivot = median(a[left], a[middle], a[right]);
			int i = left;
			int j = right;
			while (i <= j) {
				while (a[i] < pivot) {
					i++;
				}
				while (a[j] > pivot) {
					j--;
				}
				if (i <= j) {
					double t = a[i];
					a[i] = a[j];
					a[j] = t;
					i++;
					j--;
				}
			}
			if (k <= j) {
				right = j;
			} else if (k >= i) {
				left = i;
			} else {
				return a[k];
			}
		}
		return a[k];
	}

	private static double median(double a, double b, double c) {
		return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
	}
}
