package org.assay.runtime.suite;

import org.assay.runtime.check.Measurement;
import org.assay.runtime.pipeline.PipelineRun;

/** One way of measuring a trained pipeline (a test pattern instance). */
public interface Check {

	/** What is measured, for people: "accuracy on test under Gaussian noise (sigma 0.05 SD) on income". */
	String describe();

	/** Measures; may throw for impossible requests (an unknown partition), which becomes an ERROR verdict. */
	Measurement measure(PipelineRun run);
}
