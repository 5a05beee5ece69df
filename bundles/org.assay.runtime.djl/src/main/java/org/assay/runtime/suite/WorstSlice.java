package org.assay.runtime.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.assay.runtime.check.Measurement;
import org.assay.runtime.pipeline.PipelineRun;
import org.assay.runtime.stats.Interval;

/**
 * A metric on every slice (or the listed ones) within a partition, for classifiers and regressors alike: each slice
 * with rows and a value is reported and decided on its own; the measurement's value is the worst slice's. Slices
 * without rows or without a value (for example ROC AUC on a slice with one class) are listed and not decided.
 */
final class WorstSlice {

	private WorstSlice() {
	}

	/**
	 * @param rowsOf the rows of a slice that can be scored, given the slice's sorted rows
	 * @param intervalOf the metric's interval on such rows (NaN estimate: undefined)
	 */
	static Measurement measure(PipelineRun run, String metric, boolean higherIsBetter, List<String> only,
			Function<int[], int[]> rowsOf, Function<int[], Interval> intervalOf) {
		List<String> details = new ArrayList<>();
		Map<String, Interval> parts = new LinkedHashMap<>();
		Interval worst = null;
		String worstSlice = null;
		for (var slice : run.slices().entrySet()) {
			if (!only.isEmpty() && !only.contains(slice.getKey())) {
				continue;
			}
			int[] rows = rowsOf.apply(slice.getValue());
			if (rows.length == 0) {
				details.add("slice " + slice.getKey() + ": no rows");
				continue;
			}
			Interval interval = intervalOf.apply(rows);
			if (Double.isNaN(interval.estimate())) {
				details.add("slice " + slice.getKey() + ": " + metric + " undefined on its " + rows.length + " rows");
				continue;
			}
			details.add(String.format(Locale.ROOT, "slice %s: %s = %.4f [%.4f, %.4f] on %d rows", slice.getKey(), metric,
					interval.estimate(), interval.lower(), interval.upper(), rows.length));
			parts.put(slice.getKey(), interval);
			if (worst == null || (higherIsBetter ? interval.estimate() < worst.estimate() : interval.estimate() > worst.estimate())) {
				worst = interval;
				worstSlice = slice.getKey();
			}
		}
		if (worst == null) {
			return new Measurement(metric, Interval.point(Double.NaN), details);
		}
		details.add(0, "worst slice: " + worstSlice);
		return new Measurement(metric, worst, details, parts);
	}
}
