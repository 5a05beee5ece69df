package org.assay.runtime.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which engine verifies data suites in this JVM: the local one-pass engine unless system property
 * {@value #PROPERTY} names another ({@code assay run --engine spark} sets it), whose {@link DatasetEngine} the launcher
 * registered with {@link #register} (Spark is loaded apart from Assay's class path, see docs/spark.md).
 */
public final class Engines {

	/** The system property naming the engine of a run. */
	public static final String PROPERTY = "assay.engine";

	/** The local engine's name. */
	public static final String LOCAL = "local";

	private static final Map<String, DatasetEngine> REGISTERED = new ConcurrentHashMap<>();

	private Engines() {
	}

	/** Makes an engine available by its name. */
	public static void register(DatasetEngine engine) {
		REGISTERED.put(engine.name(), engine);
	}

	/** The engine this run selects: {@link #LOCAL} unless {@value #PROPERTY} says otherwise. */
	public static String selected() {
		return selected(null);
	}

	/**
	 * The engine of a dataset whose model asks for {@code modelChoice} (null when it asks for none): the command line's
	 * {@code --engine} ({@value #PROPERTY}) when given, else the model's, else {@link #LOCAL}.
	 */
	public static String selected(String modelChoice) {
		String name = System.getProperty(PROPERTY, "").trim();
		if (!name.isEmpty()) {
			return name;
		}
		return modelChoice == null || modelChoice.isBlank() ? LOCAL : modelChoice;
	}

	/** The engine of that name that reads partitions: the local one on {@code threads} threads, or another's. */
	public static org.assay.runtime.incremental.PartitionEngine partitionEngine(String name, int threads) {
		if (name.equals(LOCAL)) {
			return new org.assay.runtime.incremental.LocalPartitionEngine(threads);
		}
		org.assay.runtime.incremental.PartitionEngine engine = get(name).partitionEngine();
		if (engine == null) {
			throw new IllegalStateException("the '" + name + "' engine does not read partitioned datasets");
		}
		return engine;
	}

	/**
	 * The registered engine of that name.
	 *
	 * @throws IllegalStateException when none is (the message says how to get it)
	 */
	public static DatasetEngine get(String name) {
		DatasetEngine engine = REGISTERED.get(name);
		if (engine == null) {
			throw new IllegalStateException("the '" + name + "' engine is not available in this run (known: local"
					+ (REGISTERED.isEmpty() ? "" : ", " + String.join(", ", REGISTERED.keySet())) + "); run the project with "
					+ "'assay run PROJECT --engine " + name + "', which loads it");
		}
		return engine;
	}
}
