package org.assay.runtime.suite;

import java.util.List;

import org.assay.runtime.stats.Interval;

/**
 * What a check measured: the metric, its estimate with an interval, findings worth showing, and, for checks over
 * several parts (slices), the interval of each part: then every part is decided on its own.
 */
public record Measurement(String metric, Interval interval, List<String> details, java.util.Map<String, Interval> parts) {

	public Measurement {
		details = List.copyOf(details);
		parts = parts == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
	}

	public Measurement(String metric, Interval interval, List<String> details) {
		this(metric, interval, details, null);
	}
}
