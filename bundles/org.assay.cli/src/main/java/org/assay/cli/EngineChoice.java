package org.assay.cli;

import java.io.PrintWriter;

import org.assay.runtime.engine.Engines;

/** {@code --engine} and {@code --master} of {@code assay run}: selects the engine of the data checks for the run. */
final class EngineChoice {

	private EngineChoice() {
	}

	/**
	 * Selects the engine; returns what to close after the run (a no-op for the local engine), or null when the engine
	 * cannot be used (said on {@code out}).
	 */
	static AutoCloseable select(String engine, String master, PrintWriter out) {
		String previous = System.getProperty(Engines.PROPERTY);
		AutoCloseable restore = () -> {
			if (previous == null) {
				System.clearProperty(Engines.PROPERTY);
			} else {
				System.setProperty(Engines.PROPERTY, previous);
			}
		};
		if (engine == null) { // the model chooses: Spark is made available (started only if a dataset asks for it)
			if (master != null) {
				out.println("assay run: --master is for --engine spark");
				return null;
			}
			System.clearProperty(Engines.PROPERTY);
			try {
				AutoCloseable spark = SparkSupport.register(null);
				return () -> {
					try {
						spark.close();
					} finally {
						restore.close();
					}
				};
			} catch (java.io.IOException | RuntimeException e) {
				return restore; // no Spark here: a dataset that asks for it gets an ERROR saying how to get it
			}
		}
		switch (engine) {
		case Engines.LOCAL:
			if (master != null) {
				out.println("assay run: --master is for --engine spark");
				return null;
			}
			System.setProperty(Engines.PROPERTY, Engines.LOCAL);
			return restore;
		case "spark":
			try {
				AutoCloseable spark = SparkSupport.register(master);
				System.setProperty(Engines.PROPERTY, "spark");
				out.println("      data checks run on Spark (" + (master == null ? "local[*]" : master) + ")");
				return () -> {
					try {
						spark.close();
					} finally {
						restore.close();
					}
				};
			} catch (java.io.IOException e) {
				out.println("assay run: --engine spark: " + e.getMessage());
				return null;
			}
		default:
			out.println("assay run: unknown engine '" + engine + "': use local or spark");
			return null;
		}
	}
}
