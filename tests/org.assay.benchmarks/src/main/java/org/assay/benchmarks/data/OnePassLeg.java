package org.assay.benchmarks.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data benchmark's plain-Java baseline: one thread, one pass over the customers CSV, the 14 reference statistics
 * computed exactly (hash sets for distinct values, all incomes kept and selected for the median). It parses the
 * benchmark's file only (comma-separated, header first, no quoted fields) and checks nothing else. Prints
 * {@link LegOutput} lines: no engine to start, then the first and a second run in the same JVM.
 */
public final class OnePassLeg {

	private static final byte[][] COUNTRIES = bytes(CustomerData.COUNTRIES);
	private static final byte[][] GENDERS = bytes(CustomerData.GENDERS);

	private OnePassLeg() {
	}

	public static void main(String[] args) throws IOException {
		long jvm = LegOutput.jvmMillis();
		Path file = Path.of(args[0]);
		long t = System.nanoTime();
		Stats first = scan(file);
		long cold = System.nanoTime() - t;
		t = System.nanoTime();
		Stats second = scan(file);
		long warm = System.nanoTime() - t;
		if (second.rows != first.rows) {
			throw new IllegalStateException("two runs read different row counts");
		}
		LegOutput.timing(jvm, 0, cold, warm);
		LegOutput.heap();
		first.print();
	}

	/** Every statistic of the 14 checks, accumulated row by row. */
	private static final class Stats {
		long rows;
		long idPresent;
		final LongSet ids = new LongSet();
		final LongSet repeatedIds = new LongSet();
		long agePresent;
		long ageMin = Long.MAX_VALUE;
		long ageMax = Long.MIN_VALUE;
		double[] incomes = new double[1 << 16];
		int incomePresent;
		long incomeNonNegative;
		long countryPresent;
		long countryIn;
		long genderPresent;
		long genderIn;
		long scorePresent;
		long scoreIn;
		double scoreMean;
		double scoreM2;
		long segmentPresent;
		final Set<String> segments = new HashSet<>();
		final Set<String> customers = new HashSet<>();

		void print() {
			LegOutput.metric("id_completeness", (double) idPresent / rows);
			LegOutput.metric("id_uniqueness", (double) (ids.size() - repeatedIds.size()) / idPresent);
			LegOutput.metric("age_completeness", (double) agePresent / rows);
			LegOutput.metric("age_min", ageMin);
			LegOutput.metric("age_max", ageMax);
			LegOutput.metric("income_non_negative", (double) incomeNonNegative / incomePresent);
			LegOutput.metric("country_in_set", (double) countryIn / countryPresent);
			LegOutput.metric("gender_in_set", (double) genderIn / genderPresent);
			LegOutput.metric("score_in_range", (double) scoreIn / scorePresent);
			LegOutput.metric("score_mean", scoreMean);
			LegOutput.metric("score_stddev", Math.sqrt(scoreM2 / scorePresent));
			double[] sorted = Arrays.copyOf(incomes, incomePresent);
			Arrays.sort(sorted);
			LegOutput.metric("income_approx_median", nearestRank(sorted, 0.5), 0);
			LegOutput.metric(ReferenceChecks.INCOME_LOW_KEY, nearestRank(sorted, 0.5 - ReferenceChecks.RANK_ERROR));
			LegOutput.metric(ReferenceChecks.INCOME_HIGH_KEY, nearestRank(sorted, 0.5 + ReferenceChecks.RANK_ERROR));
			LegOutput.metric("segment_distinctness", (double) segments.size() / segmentPresent);
			LegOutput.metric("customer_id_approx_distinct", customers.size(), 0);
		}
	}

	/** The lower nearest-rank quantile: the smallest value whose rank is at least q·n. */
	private static double nearestRank(double[] sorted, double q) {
		return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
	}

	private static Stats scan(Path file) throws IOException {
		Stats stats = new Stats();
		try (FileChannel channel = FileChannel.open(file)) {
			ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
			byte[] bytes = buffer.array();
			int kept = 0;
			boolean header = true;
			while (true) {
				int read = channel.read(buffer);
				int end = buffer.position();
				int start = 0;
				for (int i = kept; i < end; i++) {
					if (bytes[i] == '\n') {
						if (header) {
							header = false;
						} else if (i > start) {
							row(bytes, start, i, stats);
						}
						start = i + 1;
					}
				}
				if (read < 0) {
					if (start < end && !header) {
						row(bytes, start, end, stats);
					}
					return stats;
				}
				System.arraycopy(bytes, start, bytes, 0, end - start);
				kept = end - start;
				buffer.position(kept);
			}
		}
	}

	private static void row(byte[] b, int start, int end, Stats s) {
		if (b[end - 1] == '\r') {
			end--;
		}
		int[] cut = new int[13];
		cut[0] = start - 1;
		int field = 1;
		for (int i = start; i < end && field < 12; i++) {
			if (b[i] == ',') {
				cut[field++] = i;
			}
		}
		if (field != 12) {
			throw new IllegalStateException("row with " + field + " fields instead of 12");
		}
		cut[12] = end;
		s.rows++;
		if (cut[1] > cut[0] + 1) { // id
			s.idPresent++;
			long id = (long) number(b, cut[0] + 1, cut[1]);
			if (!s.ids.add(id)) {
				s.repeatedIds.add(id);
			}
		}
		if (cut[2] > cut[1] + 1) { // customer_id
			s.customers.add(new String(b, cut[1] + 1, cut[2] - cut[1] - 1, StandardCharsets.UTF_8));
		}
		if (cut[3] > cut[2] + 1) { // age
			long age = (long) number(b, cut[2] + 1, cut[3]);
			s.agePresent++;
			s.ageMin = Math.min(s.ageMin, age);
			s.ageMax = Math.max(s.ageMax, age);
		}
		if (cut[4] > cut[3] + 1) { // income
			double income = number(b, cut[3] + 1, cut[4]);
			if (s.incomePresent == s.incomes.length) {
				s.incomes = Arrays.copyOf(s.incomes, s.incomes.length * 2);
			}
			s.incomes[s.incomePresent++] = income;
			s.incomeNonNegative += income >= 0 ? 1 : 0;
		}
		if (cut[5] > cut[4] + 1) { // score: Welford's running mean and sum of squared deviations
			double score = number(b, cut[4] + 1, cut[5]);
			s.scorePresent++;
			s.scoreIn += score >= 0 && score <= 1 ? 1 : 0;
			double delta = score - s.scoreMean;
			s.scoreMean += delta / s.scorePresent;
			s.scoreM2 += delta * (score - s.scoreMean);
		}
		if (cut[6] > cut[5] + 1) { // country
			s.countryPresent++;
			s.countryIn += oneOf(b, cut[5] + 1, cut[6], COUNTRIES) ? 1 : 0;
		}
		if (cut[7] > cut[6] + 1) { // gender
			s.genderPresent++;
			s.genderIn += oneOf(b, cut[6] + 1, cut[7], GENDERS) ? 1 : 0;
		}
		if (cut[8] > cut[7] + 1) { // segment
			s.segmentPresent++;
			s.segments.add(new String(b, cut[7] + 1, cut[8] - cut[7] - 1, StandardCharsets.UTF_8));
		}
	}

	/**
	 * A decimal number: digits with an optional sign and point, exactly as {@link Double#parseDouble} when the digits
	 * fit 15 places and the scale is small (an exact integer divided by an exact power of ten, correctly rounded once);
	 * anything else through {@link Double#parseDouble}.
	 */
	static double number(byte[] b, int from, int to) {
		int i = from;
		boolean negative = b[i] == '-';
		if (negative || b[i] == '+') {
			i++;
		}
		long digits = 0;
		int count = 0;
		int scale = -1;
		for (; i < to; i++) {
			byte c = b[i];
			if (c >= '0' && c <= '9') {
				digits = digits * 10 + (c - '0');
				count++;
				if (scale >= 0) {
					scale++;
				}
			} else if (c == '.' && scale < 0) {
				scale = 0;
			} else {
				count = 99;
				break;
			}
		}
		if (count == 0 || count > 15 || scale > 22) {
			return Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
		}
		double value = scale <= 0 ? digits : digits / POWERS[scale];
		return negative ? -value : value;
	}

	private static final double[] POWERS = new double[23];
	static {
		POWERS[0] = 1;
		for (int i = 1; i < POWERS.length; i++) {
			POWERS[i] = POWERS[i - 1] * 10;
		}
	}

	private static boolean oneOf(byte[] b, int from, int to, byte[][] values) {
		for (byte[] value : values) {
			if (Arrays.equals(b, from, to, value, 0, value.length)) {
				return true;
			}
		}
		return false;
	}

	private static byte[][] bytes(List<String> values) {
		return values.stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
	}

	/** An open-addressing set of longs (no boxing), growing at half load. */
	static final class LongSet {
		private long[] keys = new long[1 << 12];
		private boolean[] used = new boolean[1 << 12];
		private int size;

		boolean add(long key) {
			if (size * 2 >= keys.length) {
				grow();
			}
			int mask = keys.length - 1;
			long h = key * 0x9E3779B97F4A7C15L;
			int slot = (int) (h ^ (h >>> 32)) & mask;
			while (used[slot]) {
				if (keys[slot] == key) {
					return false;
				}
				slot = (slot + 1) & mask;
			}
			used[slot] = true;
			keys[slot] = key;
			size++;
			return true;
		}

		int size() {
			return size;
		}

		private void grow() {
			long[] oldKeys = keys;
			boolean[] oldUsed = used;
			keys = new long[oldKeys.length * 2];
			used = new boolean[oldKeys.length * 2];
			size = 0;
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldUsed[i]) {
					add(oldKeys[i]);
				}
			}
		}
	}
}
