package org.assay.runtime.spec;

import org.assay.runtime.stats.Criterion;

/** A data-quality gate of a preparation: {@code require METRIC OPERATOR THRESHOLD}, declared at {@code source}. */
public record GateSpec(String metric, Criterion criterion, String source) {
}
