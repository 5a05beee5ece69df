package org.assay.runtime.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one pass over a column's cells (read as text) found: missing cells, numbers and other values, the numbers'
 * minimum, maximum, mean and spread, text lengths, the first distinct values with their counts (in order of first
 * appearance), and whether any value occurred twice. Profiles of consecutive parts of a file merge, in file order, into
 * the profile of the whole; memory grows with the number of distinct values (bounded by {@link #DISTINCT_LIMIT}), never
 * with the number of rows.
 */
public final class ColumnProfile {

	/** Distinct values kept with their counts; a column with more is not categorical. */
	public static final int KEPT_VALUES = 64;
	/** Distinct values counted exactly (as hashes); beyond, the distinct count and uniqueness are unknown. */
	public static final int DISTINCT_LIMIT = 1 << 22;
	/** Values that are not numbers kept as examples with their counts. */
	public static final int EXAMPLES = 5;

	private final String name;
	private long cells;
	private long nulls;
	private long numbers;
	private long nans;
	private long fractions;
	private long others;
	private long count;
	private double mean;
	private double squares;
	private double minimum = Double.POSITIVE_INFINITY;
	private double maximum = Double.NEGATIVE_INFINITY;
	private int minLength = Integer.MAX_VALUE;
	private int maxLength = -1;
	private LinkedHashMap<String, Long> values = new LinkedHashMap<>();
	private final LinkedHashMap<String, Long> otherExamples = new LinkedHashMap<>();
	private final DistinctHashes distinct = new DistinctHashes(DISTINCT_LIMIT);

	public ColumnProfile(String name) {
		this.name = name;
	}

	/** Adds one cell: its text as in the file (null or blank for a missing value). */
	public void add(CharSequence cell) {
		cells++;
		String value = Cells.value(cell);
		if (value == null) {
			nulls++;
			return;
		}
		int length = value.codePointCount(0, value.length());
		minLength = Math.min(minLength, length);
		maxLength = Math.max(maxLength, length);
		if (values != null) {
			values.merge(value, 1L, Long::sum);
			if (values.size() > KEPT_VALUES) {
				values = null;
			}
		}
		double number = Cells.number(value);
		if (number == Cells.NOT_A_NUMBER) {
			others++;
			if (otherExamples.containsKey(value) || otherExamples.size() < EXAMPLES) {
				otherExamples.merge(value, 1L, Long::sum);
			}
		} else if (Double.isNaN(number)) {
			numbers++;
			nans++;
			distinct.abandon(); // a column with NaN is real-valued: neither identifiers nor categories are counted
		} else {
			numbers++;
			if (number != Math.rint(number) || Math.abs(number) > 9.007199254740992E15) {
				fractions++;
				distinct.abandon();
			}
			count++;
			double delta = number - mean;
			mean += delta / count;
			squares += delta * (number - mean);
			minimum = Math.min(minimum, number);
			maximum = Math.max(maximum, number);
		}
		distinct.add(Cells.hash(value));
	}

	/** Adds the profile of the cells that follow this one's in the file. */
	public void merge(ColumnProfile next) {
		if (next.count > 0) {
			long total = count + next.count;
			double delta = next.mean - mean;
			squares += next.squares + delta * delta * ((double) count * next.count / total);
			mean += delta * next.count / total;
			count = total;
		}
		cells += next.cells;
		nulls += next.nulls;
		numbers += next.numbers;
		nans += next.nans;
		fractions += next.fractions;
		others += next.others;
		minimum = Math.min(minimum, next.minimum);
		maximum = Math.max(maximum, next.maximum);
		minLength = Math.min(minLength, next.minLength);
		maxLength = Math.max(maxLength, next.maxLength);
		if (values != null && next.values != null) {
			next.values.forEach((value, n) -> values.merge(value, n, Long::sum));
			if (values.size() > KEPT_VALUES) {
				values = null;
			}
		} else {
			values = null;
		}
		next.otherExamples.forEach((value, n) -> {
			if (otherExamples.containsKey(value) || otherExamples.size() < EXAMPLES) {
				otherExamples.merge(value, n, Long::sum);
			}
		});
		distinct.merge(next.distinct);
	}

	public String name() {
		return name;
	}

	/** Cells read (rows of the file). */
	public long cells() {
		return cells;
	}

	/** Missing (empty or blank) cells. */
	public long nulls() {
		return nulls;
	}

	/** Cells holding a value. */
	public long present() {
		return cells - nulls;
	}

	/** Values that are numbers, NaN included. */
	public long numbers() {
		return numbers;
	}

	public long nans() {
		return nans;
	}

	/** Finite numbers that are not integers (or too large to be exact as a double). */
	public long fractions() {
		return fractions;
	}

	/** Values that are not numbers. */
	public long others() {
		return others;
	}

	/** The first values that are not numbers, with their counts (at most {@value #EXAMPLES}). */
	public Map<String, Long> otherExamples() {
		return Collections.unmodifiableMap(otherExamples);
	}

	/** Finite numbers: how many, their minimum, maximum, mean and population standard deviation. */
	public long finiteNumbers() {
		return count;
	}

	public double minimum() {
		return count == 0 ? Double.NaN : minimum;
	}

	public double maximum() {
		return count == 0 ? Double.NaN : maximum;
	}

	public double mean() {
		return count == 0 ? Double.NaN : mean;
	}

	public double standardDeviation() {
		return count == 0 ? Double.NaN : Math.sqrt(Math.max(0, squares / count));
	}

	/** Shortest and longest value in Unicode code points; -1 when no value is present. */
	public int minLength() {
		return maxLength < 0 ? -1 : minLength;
	}

	public int maxLength() {
		return maxLength;
	}

	/** The distinct values with their counts in order of first appearance; null when there are more than {@value #KEPT_VALUES}. */
	public Map<String, Long> values() {
		return values == null ? null : Collections.unmodifiableMap(values);
	}

	/** The number of distinct values (compared as text), or -1 when unknown (too many, or a real-valued column). */
	public long distinctCount() {
		return values != null ? values.size() : distinct.count();
	}

	/** Whether every present value occurs once; false when unknown. */
	public boolean allDistinct() {
		return values != null ? values.values().stream().allMatch(n -> n == 1) : distinct.count() >= 0 && !distinct.repeated();
	}
}
