package org.assay.runtime.check;

/** One way of measuring the data of a run (data quality, drift): needs no model. */
public interface DataCheck {

	/** What is measured, for people: "psi between train and test". */
	String describe();

	/** Measures; may throw for impossible requests (an unknown partition), which becomes an ERROR verdict. */
	Measurement measure(DataRun run);
}
