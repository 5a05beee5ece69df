package org.assay.runtime.engine.sketch;

/**
 * A KLL quantile sketch of doubles, on whichever DataSketches line serialises on this Java
 * ({@link SketchLibrary#get()}). Both lines write and read the same bytes.
 */
public interface QuantileSketch {

	void update(double value);

	/** Adds every value of {@code other} (a sketch of the same library); draws KLL's random compaction bits. */
	void merge(QuantileSketch other);

	boolean isEmpty();

	/** Whether the sketch has compacted (no longer holds every value). */
	boolean isEstimationMode();

	/** The value at normalised rank {@code rank}, inclusive search (DataSketches' default). */
	double quantile(double rank);

	/** The single-quantile normalised rank error at 99 % confidence. */
	double normalizedRankError();

	/** DataSketches' serialised form ({@code KllDoublesSketch.toByteArray()}). */
	byte[] toBytes();
}
