package org.assay.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.runtime.check.Measurement;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.engine.sketch.DistinctSketch;
import org.assay.runtime.engine.sketch.QuantileSketch;
import org.assay.runtime.engine.state.CorrelationState;
import org.assay.runtime.engine.state.DistinctState;
import org.assay.runtime.engine.state.Examples;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.MinMaxState;
import org.assay.runtime.engine.state.MomentsState;
import org.assay.runtime.engine.state.SatisfactionState;
import org.assay.runtime.engine.state.SimpleStates;
import org.assay.runtime.engine.state.SketchStates;
import org.assay.runtime.engine.state.Tally;
import org.assay.runtime.engine.state.ValuesState;
import org.assay.runtime.stats.Interval;

/**
 * Reads a constraint's value from its state: a point for exact statistics; for an approximate distinct count the
 * HLL's 95 % bounds, for an approximate quantile the values at ranks q ± ε (99 % confidence, KLL's guarantee), or a
 * point when its state still holds every value exactly. NaN
 * (so NO_DATA) when no value was left to measure.
 */
final class Measures {

	/** A value with the rows that show it: failing rows, missing cells, the extreme row. */
	record Measured(Measurement measurement, List<Examples.Example> examples) {
	}

	private Measures() {
	}

	static String describe(ConstraintSpec spec) {
		String statistic = spec.statistic().name().toLowerCase(Locale.ROOT);
		return switch (spec.statistic()) {
		case ROW_COUNT -> "rows";
		case SATISFACTION -> "share of rows where " + org.assay.runtime.engine.condition.ConditionText.show(spec.condition());
		case QUANTILE, APPROX_QUANTILE, TOP_FREQUENCY -> statistic + " " + fmt(spec.argument()) + " of " + String.join(", ", spec.columns());
		case FREQUENCY -> "frequency of '" + spec.value() + "' in " + spec.columns().get(0);
		default -> statistic + " of " + String.join(", ", spec.columns());
		};
	}

	static Measured measure(ConstraintSpec spec, MetricState state) {
		Tally tally = state.tally();
		List<String> details = new ArrayList<>();
		List<Examples.Example> examples = new ArrayList<>();
		double value;
		Interval interval = null;
		switch (spec.statistic()) {
		case ROW_COUNT -> value = tally.rows();
		case COMPLETENESS -> {
			SimpleStates.Completeness completeness = (SimpleStates.Completeness) state;
			value = ratio(completeness.present(), completeness.counted());
			examples.addAll(tally.missing().list());
		}
		case UNIQUENESS, DISTINCTNESS, DISTINCT_COUNT, ENTROPY, TOP_FREQUENCY, FREQUENCY -> {
			value = distinct(spec, (DistinctState) state, details);
		}
		case APPROX_DISTINCT_COUNT -> {
			DistinctSketch sketch = ((SketchStates.Hll) state).result();
			value = tally.values() == 0 ? Double.NaN : sketch.estimate();
			interval = new Interval(value, sketch.lowerBound(2), sketch.upperBound(2), 0.95);
			details.add("HyperLogLog (lgK " + SketchStates.LG_K + "): about " + fixed(100 * 1.04 / Math.sqrt(1 << SketchStates.LG_K), 1)
					+ " % relative standard error");
		}
		case MINIMUM, MAXIMUM -> {
			MinMaxState minMax = (MinMaxState) state;
			boolean minimum = spec.statistic() == org.assay.runtime.constraint.Statistic.MINIMUM;
			value = minimum ? minMax.minimum() : minMax.maximum();
			Examples.Example row = minimum ? minMax.minimumRow() : minMax.maximumRow();
			if (row != null) {
				examples.add(row);
			}
		}
		case SUM -> value = ((MomentsState) state).sum();
		case MEAN -> value = ((MomentsState) state).mean();
		case STANDARD_DEVIATION -> value = ((MomentsState) state).standardDeviation();
		case QUANTILE -> value = ((ValuesState) state).quantile(spec.argument());
		case APPROX_QUANTILE -> {
			SketchStates.Kll kll = (SketchStates.Kll) state;
			QuantileSketch sketch = kll.sketch();
			double q = spec.argument();
			if (kll.isExact()) { // approx quantile (#9 quantile): the values kept exactly, so the exact quantile, a point
				value = kll.exactQuantile(q);
				if (!Double.isNaN(value)) {
					details.add("computed exactly from " + kll.exactCount() + " value(s) (up to "
							+ SketchStates.Kll.EXACT_BUDGET + " are kept before a KLL sketch takes over): no rank error");
				}
			} else if (sketch.isEmpty()) {
				value = Double.NaN;
			} else if (!sketch.isEstimationMode()) {
				value = sketch.quantile(q);
				details.add("KLL sketch holds every value: exact");
			} else {
				double error = Planner.rankError(spec);
				value = sketch.quantile(q);
				interval = new Interval(value, sketch.quantile(Math.max(0, q - error)), sketch.quantile(Math.min(1, q + error)),
						0.99);
				details.add("KLL sketch (k " + kll.k() + ", rank error " + fixed(100 * sketch.normalizedRankError(), 2)
						+ " %): values at ranks " + fmt(q) + " ± " + fmt(error));
			}
		}
		case MIN_LENGTH -> value = tally.values() == 0 ? Double.NaN : ((SimpleStates.Length) state).shortest();
		case MAX_LENGTH -> value = tally.values() == 0 ? Double.NaN : ((SimpleStates.Length) state).longest();
		case CORRELATION -> value = ((CorrelationState) state).correlation();
		case SATISFACTION -> {
			SatisfactionState satisfaction = (SatisfactionState) state;
			value = ratio(satisfaction.satisfied(), satisfaction.decided());
			examples.addAll(satisfaction.failures().list());
			details.add(satisfaction.failing() + " of " + satisfaction.decided() + " row(s) fail"
					+ (satisfaction.tally().rows() > satisfaction.decided()
							? ", " + (satisfaction.tally().rows() - satisfaction.decided()) + " left out (null or NaN)"
							: ""));
		}
		default -> throw new IllegalStateException(spec.statistic().toString());
		}
		if (interval == null || Double.isNaN(value)) {
			interval = Interval.point(value);
		}
		return new Measured(new Measurement(spec.statistic().name().toLowerCase(Locale.ROOT), interval, details), examples);
	}

	private static double distinct(ConstraintSpec spec, DistinctState state, List<String> details) {
		long total = state.tally().values();
		if (total == 0) {
			return Double.NaN;
		}
		double value;
		switch (spec.statistic()) {
		case UNIQUENESS -> {
			long once = state.singletons();
			value = (double) once / total;
			if (once < state.distinct()) { // some value repeats (else there is nothing to list: no top-k scan)
				List<String> repeated = new ArrayList<>();
				for (Map.Entry<String, Long> entry : state.mostFrequent(5)) {
					if (entry.getValue() > 1) {
						repeated.add("'" + entry.getKey() + "' ×" + entry.getValue());
					}
				}
				details.add("most repeated: " + String.join(", ", repeated));
			}
		}
		case DISTINCTNESS -> value = (double) state.distinct() / total;
		case DISTINCT_COUNT -> value = state.distinct();
		case ENTROPY -> {
			double entropy = 0;
			for (long count : state.counts()) {
				double p = (double) count / total;
				entropy -= p * Math.log(p);
			}
			value = entropy;
		}
		case TOP_FREQUENCY -> {
			long[] counts = state.counts();
			long top = 0;
			for (int i = counts.length - 1; i >= Math.max(0, counts.length - (int) spec.argument()); i--) {
				top += counts[i];
			}
			value = (double) top / total;
		}
		default -> value = (double) state.frequency(spec.value()) / total;
		}
		if (spec.statistic() != org.assay.runtime.constraint.Statistic.UNIQUENESS) {
			List<String> shown = new ArrayList<>();
			for (Map.Entry<String, Long> entry : state.mostFrequent(5)) {
				shown.add("'" + entry.getKey() + "' ×" + entry.getValue());
			}
			details.add(state.distinct() + " distinct of " + total + " value(s); most frequent: " + String.join(", ", shown));
		}
		return value;
	}

	private static double ratio(long part, long whole) {
		return whole == 0 ? Double.NaN : (double) part / whole;
	}

	/**
	 * A value for people: a whole number as such, else six significant digits without trailing zeros, in scientific
	 * notation below 1e-4 and from 1e6 on ({@code 0.499712}, {@code 39998.4}, {@code 1.5e+06}, {@code 2.5e-05}) — the
	 * text of {@code %.6g} with its trailing zeros dropped ({@link DecimalText}).
	 */
	static String fmt(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return DecimalText.general(value);
	}

	/** A finite value with {@code decimals} digits after the point, rounded half up: the text of {@code %.Nf}. */
	static String fixed(double value, int decimals) {
		return DecimalText.fixed(value, decimals);
	}
}
