package org.assay.cli;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import org.assay.runtime.engine.DatasetEngine;
import org.assay.runtime.engine.Engines;

/**
 * Loads the Spark engine for {@code assay run --engine spark}: Spark's jars and the engine's classes in a class loader
 * of their own that looks in its own jars first (so Spark's Jackson, Scala and logging never meet the command line's),
 * sharing only Assay's runtime classes with the command line. Where the jars are: system property
 * {@value #CLASSPATH} (the {@code ./assay} launcher sets it from the build; an entry {@code @FILE} stands for the class
 * path written in FILE), else {@code $SPARK_HOME/jars} with the
 * engine's jar named by {@value #ENGINE_JAR}.
 */
final class SparkSupport {

	static final String CLASSPATH = "assay.spark.classpath";
	static final String ENGINE_JAR = "assay.spark.engine";
	private static final String ENGINE = "org.assay.runtime.spark.SparkDatasetEngine";

	private SparkSupport() {
	}

	/**
	 * Registers the Spark engine on {@code master} (null: local[*]); its session starts when a dataset first uses it.
	 * The result is closed after the run.
	 */
	static AutoCloseable register(String master) throws IOException {
		List<URL> urls = classpath();
		ClassLoader loader = new SparkFirstLoader(urls.toArray(URL[]::new), SparkSupport.class.getClassLoader());
		DatasetEngine engine;
		try {
			engine = (DatasetEngine) Class.forName(ENGINE, true, loader).getConstructor(String.class).newInstance(master);
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new IOException("the Spark engine could not be loaded from " + urls.size() + " jar(s): " + e, e);
		}
		Engines.register(engine);
		return (AutoCloseable) engine;
	}

	private static List<URL> classpath() throws IOException {
		List<URL> urls = new ArrayList<>();
		String classpath = System.getProperty(CLASSPATH, "");
		if (classpath.isBlank()) {
			String home = System.getenv("SPARK_HOME");
			String engine = System.getProperty(ENGINE_JAR, "");
			if (home == null || engine.isBlank()) {
				throw new IOException("no Spark to run on: start Assay with ./assay (which finds the Spark the build "
						+ "resolved), or set SPARK_HOME to a Spark 4.2 installation and -D" + ENGINE_JAR
						+ "=the org.assay.runtime.spark jar");
			}
			classpath = engine + File.pathSeparator + home + "/jars/*";
		}
		List<String> entries = new ArrayList<>();
		for (String entry : classpath.split(File.pathSeparator)) {
			if (entry.startsWith("@")) { // a file holding a class path, as the Spark module's build writes it
				Path file = Path.of(entry.substring(1));
				if (!Files.isRegularFile(file)) {
					throw new IOException("no Spark class path at " + file + ": build bundles/org.assay.runtime.spark first");
				}
				entries.addAll(List.of(Files.readString(file).trim().split(File.pathSeparator)));
			} else {
				entries.add(entry);
			}
		}
		for (String entry : entries) {
			if (entry.isBlank()) {
				continue;
			}
			if (entry.endsWith("/*")) {
				try (Stream<Path> jars = Files.list(Path.of(entry.substring(0, entry.length() - 2)))) {
					for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
						urls.add(jar.toUri().toURL());
					}
				}
			} else {
				urls.add(Path.of(entry).toUri().toURL());
			}
		}
		return urls;
	}

	/** Its own jars first; Java's classes and Assay's runtime (but for the Spark engine itself) from the parent. */
	private static final class SparkFirstLoader extends URLClassLoader {

		static {
			registerAsParallelCapable();
		}

		SparkFirstLoader(URL[] urls, ClassLoader parent) {
			super("assay-spark", urls, parent);
		}

		private static boolean shared(String name) {
			return name.startsWith("java.") || name.startsWith("org.assay.") && !name.startsWith("org.assay.runtime.spark.");
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (shared(name)) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded == null) {
					try {
						loaded = findClass(name);
					} catch (ClassNotFoundException e) {
						loaded = super.loadClass(name, false);
					}
				}
				if (resolve) {
					resolveClass(loaded);
				}
				return loaded;
			}
		}

		@Override
		public URL getResource(String name) {
			URL own = findResource(name);
			return own != null ? own : super.getResource(name);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			List<URL> all = new ArrayList<>(java.util.Collections.list(findResources(name)));
			if (!name.startsWith("META-INF/services/")) {
				all.addAll(java.util.Collections.list(getParent().getResources(name)));
			}
			return java.util.Collections.enumeration(all);
		}
	}
}
