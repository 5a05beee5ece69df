package org.assay.runtime.pipeline;

import java.util.List;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.data.Table;
import org.assay.runtime.engine.ConstraintResult;
import org.assay.runtime.engine.Counterexample;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.scan.TableRowSource;
import org.assay.runtime.stats.Verdict;

/**
 * A preparation's column-constraint gates ({@code require CONSTRAINT}): every one verified in one pass of the data
 * engine over the loaded rows before anything is trained. A gate that does not PASS (or WARN) stops the pipeline
 * with its message and first located rows; a WARN is logged.
 */
final class ConstraintGates {

	private static final Logger LOG = Logger.getLogger(ConstraintGates.class.getName());

	/** How many failing rows the failure names. */
	private static final int SHOWN = 5;

	private ConstraintGates() {
	}

	/** Why the data may not be trained on (the first gate that does not pass), or null when every gate passes. */
	static String check(List<ConstraintSpec> gates, Table table, String file) {
		if (gates.isEmpty()) {
			return null;
		}
		int[] rows = IntStream.range(0, table.rows()).toArray();
		List<ConstraintResult> results = DataEngine.verify(TableRowSource.of(table, rows), gates, EngineOptions.defaults())
				.constraints();
		for (ConstraintResult result : results) {
			if (result.verdict() == Verdict.WARN) {
				LOG.warning(result.constraint().source() + ": data gate passed within its warning margin: " + result.message());
			} else if (result.verdict() != Verdict.PASS) {
				StringBuilder why = new StringBuilder(result.constraint().source()).append(": data gate failed: ")
						.append(result.message());
				for (Counterexample example : result.counterexamples().stream().limit(SHOWN).toList()) {
					why.append("; ").append(example.located(file));
				}
				return why.toString();
			}
		}
		return null;
	}
}
