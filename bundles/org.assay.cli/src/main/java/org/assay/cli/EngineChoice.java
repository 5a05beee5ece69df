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
		switch (engine == null ? Engines.LOCAL : engine) {
		case Engines.LOCAL:
			if (master != null) {
				out.println("assay run: --master is for --engine spark");
				return null;
			}
			System.setProperty(Engines.PROPERTY, Engines.LOCAL);
			return restore;
		case "spark":
			try {
				AutoCloseable spark = SparkSupport.select(master);
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
