package org.assay.runtime.suite;

import java.util.List;

import org.assay.runtime.stats.Interval;

/** What a check measured: the metric, its estimate with an interval, and findings worth showing (per slice, …). */
public record Measurement(String metric, Interval interval, List<String> details) {

	public Measurement {
		details = List.copyOf(details);
	}
}
