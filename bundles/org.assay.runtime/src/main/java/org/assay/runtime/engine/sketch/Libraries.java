package org.assay.runtime.engine.sketch;

import java.lang.System.Logger.Level;

/** Chooses the DataSketches line once per JVM: the relocated 9.0.0 on Java 25 and later, 6.1.1 below. */
final class Libraries {

	/** The class compiled for Java 25 (src/main/java25) against org.assay.shaded.datasketches; loaded only on 25+. */
	static final String JAVA25 = "org.assay.runtime.engine.sketch.DataSketches9";

	static final SketchLibrary CURRENT = choose(Runtime.version().feature());

	private Libraries() {
	}

	static SketchLibrary choose(int javaFeature) {
		if (javaFeature >= 25) {
			try {
				SketchLibrary library = (SketchLibrary) Class.forName(JAVA25).getConstructor().newInstance();
				// links the relocated classes now (a missing jar, an OSGi import left unresolved), not at the first sketch; not
				// their encodings, which only stored states use (their java.lang.foreign set-up cost a fresh JVM's plan 6 ms)
				library.newDistinct(4);
				library.newQuantile(8);
				return library;
			} catch (ReflectiveOperationException | LinkageError e) {
				System.getLogger(Libraries.class.getName()).log(Level.WARNING, "DataSketches 9 (org.assay.shaded.datasketches) "
						+ "is not on the class path: sketch states will not encode on Java " + javaFeature, e);
			}
		}
		return new DataSketches6();
	}
}
