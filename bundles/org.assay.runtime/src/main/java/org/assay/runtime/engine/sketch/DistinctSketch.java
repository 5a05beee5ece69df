package org.assay.runtime.engine.sketch;

/**
 * An HLL distinct-count sketch (DataSketches' union, lgK {@code 12}, HLL_8), on whichever DataSketches line serialises
 * on this Java ({@link SketchLibrary#get()}). Both lines write and read the same bytes.
 */
public interface DistinctSketch {

	/** Adds a 64-bit key (a number's bits or a text's hash). */
	void update(long key);

	/** Adds every key of {@code other} (a sketch of the same library). */
	void merge(DistinctSketch other);

	/** The HLL estimate of the number of distinct keys. */
	double estimate();

	/** The lower bound at {@code standardDeviations} (1, 2 or 3) standard deviations. */
	double lowerBound(int standardDeviations);

	/** The upper bound at {@code standardDeviations} (1, 2 or 3) standard deviations. */
	double upperBound(int standardDeviations);

	/** DataSketches' compact serialised form of the union ({@code Union.toCompactByteArray()}). */
	byte[] toBytes();
}
