package org.assay.runtime.engine.sketch;

/**
 * The Apache DataSketches line the sketch states run on. Two lines, because none serialises on both Java 17 and 25:
 * {@code org.apache.datasketches} 6.1.1 (Java 8 bytecode; serialises through datasketches-memory 3.0.2, which refuses
 * every Java but 8, 11, 17 and 21) below Java 25, and 9.0.0 (Java 25 bytecode, java.lang.foreign), relocated to
 * {@code org.assay.shaded.datasketches} so that it never meets another DataSketches on the class path (Spark's), on
 * Java 25 and later. Both write and read the same documented binary forms, so states move between them (see
 * docs/engine-states.md). One JVM uses one line: sketches of different lines are never merged.
 */
public interface SketchLibrary {

	/** The line for this JVM, chosen once. */
	static SketchLibrary get() {
		return Libraries.CURRENT;
	}

	/** E.g. "DataSketches 6.1.1". */
	String name();

	/** An empty HLL_8 union of precision {@code lgK}. */
	DistinctSketch newDistinct(int lgK);

	/** A union read from {@link DistinctSketch#toBytes()} bytes (of either line, or any DataSketches HLL image). */
	DistinctSketch readDistinct(byte[] bytes);

	/** An empty KLL doubles sketch of parameter {@code k}. */
	QuantileSketch newQuantile(int k);

	/** A KLL doubles sketch read from {@link QuantileSketch#toBytes()} bytes (of either line). */
	QuantileSketch readQuantile(byte[] bytes);

	/** KLL's k for a single-quantile normalised rank error {@code epsilon} ({@code KllSketch.getKFromEpsilon}). */
	int kFromEpsilon(double epsilon);
}
