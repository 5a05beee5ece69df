package org.assay.runtime.spark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.SparkSession;

/**
 * How Assay starts Spark: the settings every session Assay launches gets (no web UI, no package resolution at run
 * time, the {@code --add-opens} flags Spark needs on Java 17+ passed on to executors), and a clear message when the
 * JVM that would host the driver was started without those flags. Sessions Assay did not create (a user's own, or one
 * {@code spark-submit} made) are used as they are.
 */
public final class SparkSessions {

	/** The packages of {@code java.base} that Spark reflects into on Java 17 and newer. */
	public static final List<String> OPENED_PACKAGES = List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
			"java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "sun.nio.ch", "sun.nio.cs",
			"sun.security.action", "sun.util.calendar");

	/** The default master: every core of this machine. */
	public static final String LOCAL = "local[*]";

	private SparkSessions() {
	}

	/** The JVM options that open {@link #OPENED_PACKAGES} to Spark, e.g. {@code --add-opens=java.base/java.lang=ALL-UNNAMED}. */
	public static List<String> addOpens() {
		return OPENED_PACKAGES.stream().map(p -> "--add-opens=java.base/" + p + "=ALL-UNNAMED").toList();
	}

	/**
	 * The packages this JVM does not open to Spark (empty when it was started with {@link #addOpens()}); packages this
	 * Java no longer has (sun.security.action is gone in Java 24) do not count.
	 */
	public static List<String> missingOpens() {
		Module base = Object.class.getModule();
		Module unnamed = SparkSessions.class.getClassLoader().getUnnamedModule();
		return OPENED_PACKAGES.stream().filter(p -> base.getPackages().contains(p) && !base.isOpen(p, unnamed)).toList();
	}

	/**
	 * The settings Assay gives a session it launches on {@code master}: its name, no web UI and no console progress bar,
	 * no download of packages ({@code spark.jars.packages} is never set), the {@code --add-opens} flags for executors
	 * (a local master runs them in this JVM; {@code spark-submit} adds the same flags itself), and small shuffles in
	 * local mode.
	 */
	public static Map<String, String> settings(String master) {
		Map<String, String> settings = new TreeMap<>();
		settings.put("spark.master", master);
		settings.put("spark.app.name", "assay");
		settings.put("spark.ui.enabled", "false");
		settings.put("spark.ui.showConsoleProgress", "false");
		settings.put("spark.executor.extraJavaOptions", String.join(" ", addOpens()));
		settings.put("spark.sql.session.timeZone", "UTC");
		if (master.startsWith("local")) {
			settings.put("spark.sql.shuffle.partitions", "4");
			settings.put("spark.driver.host", "127.0.0.1");
			settings.put("spark.driver.bindAddress", "127.0.0.1");
		}
		return settings;
	}

	/**
	 * A session on {@code master} (e.g. {@code local[2]}, {@code spark://host:7077}, {@code yarn}) with Assay's
	 * {@link #settings}, or the active one if this JVM already has it. Spark's own logging is kept to warnings.
	 *
	 * @throws IllegalStateException when this JVM lacks the {@code --add-opens} flags Spark needs (the message lists
	 *                               them): Assay's launchers pass them; a JVM started by hand must too
	 */
	public static SparkSession start(String master) {
		List<String> missing = missingOpens();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Spark needs this JVM to open " + String.join(", ", missing) + " of java.base; "
					+ "start it with " + String.join(" ", addOpens()) + " (the ./assay launcher and the generated job jar's "
					+ "spark-submit command do this)");
		}
		SparkSession.Builder builder = SparkSession.builder();
		settings(master).forEach(builder::config);
		SparkSession session = builder.getOrCreate();
		session.sparkContext().setLogLevel("WARN");
		return session;
	}

	/** The version of the Spark that runs, e.g. {@code 4.2.0}. */
	public static String sparkVersion(SparkSession session) {
		return session.version();
	}
}
