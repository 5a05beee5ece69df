package org.assay.runtime.engine;

import java.util.List;

import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;

/**
 * One pass's outcome: a result per constraint (in the order given), the rows read, the dataset's data findings (null
 * when the file could not be read) and the fatal problems that stopped it (empty when none).
 */
public record EngineResult(String source, long rows, List<ConstraintResult> constraints, DataFindings findings,
		List<DataProblem> fatalProblems) {

	public EngineResult {
		constraints = List.copyOf(constraints);
		fatalProblems = List.copyOf(fatalProblems);
	}

	/** The result of the constraint of that name. */
	public ConstraintResult get(String name) {
		return constraints.stream().filter(c -> c.constraint().name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no constraint " + name + " was verified"));
	}
}
