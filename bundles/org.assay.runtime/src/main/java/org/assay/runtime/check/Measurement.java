package org.assay.runtime.check;

import java.util.List;

import org.assay.runtime.stats.Interval;

/**
 * What a check measured: the metric, its estimate with an interval, findings worth showing, and, for checks over
 * several parts (slices, features), the interval of each part: then every part is decided on its own. A
 * {@code shortfall} (null when there is none) says why the rows are too few to decide: the verdict is then
 * INCONCLUSIVE whatever the interval, and the message says how many rows are needed. A {@code violation} (null when
 * there is none) says why the check fails whatever the interval (a null or NaN that a column constraint's
 * {@code nulls invalid} forbids; the rows are in the details): the verdict is then FAIL.
 */
public record Measurement(String metric, Interval interval, List<String> details, java.util.Map<String, Interval> parts,
		String shortfall, String violation) {

	public Measurement {
		details = List.copyOf(details);
		parts = parts == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
	}

	public Measurement(String metric, Interval interval, List<String> details, java.util.Map<String, Interval> parts,
			String shortfall) {
		this(metric, interval, details, parts, shortfall, null);
	}

	public Measurement(String metric, Interval interval, List<String> details, java.util.Map<String, Interval> parts) {
		this(metric, interval, details, parts, null, null);
	}

	public Measurement(String metric, Interval interval, List<String> details) {
		this(metric, interval, details, null, null, null);
	}
}
