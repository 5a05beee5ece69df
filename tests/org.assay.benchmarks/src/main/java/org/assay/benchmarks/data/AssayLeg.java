package org.assay.benchmarks.data;

/** Assay's leg of the data benchmark: waits for the one-pass engine (org.assay.runtime.engine) to be merged. */
public final class AssayLeg {

	private AssayLeg() {
	}

	public static void main(String[] args) {
		System.out.println("Assay's one-pass engine (org.assay.runtime.engine.DataEngine) is not in this build yet");
		System.exit(1);
	}
}
