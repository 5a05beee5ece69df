package org.assay.runtime.engine;

import java.util.List;
import java.util.Map;

import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.scan.Chunk;

/**
 * The states of one pass over a source, merged in chunk order with rows made absolute, the chunks' summaries in order
 * (for the source's data findings), the rows read, and what stopped the pass (null when nothing did).
 */
public record ScanResult(Map<StateKey, MetricState> states, List<Chunk.Summary> summaries, long rows, String failure) {
}
