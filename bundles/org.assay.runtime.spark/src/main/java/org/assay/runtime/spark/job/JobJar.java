package org.assay.runtime.spark.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.Deflater;

import org.assay.runtime.spark.eval.ExecutorModels;
import org.assay.runtime.spark.eval.ModelSource;

/**
 * Writes the self-contained job jar of {@code assay package --spark}: Assay's runtime with everything it needs but
 * Spark (a cluster provides Spark, Scala and Hadoop: they are {@code provided} and never packed), the project's compiled
 * classes, and each trained pipeline's saved model under {@code assay-model/<pipeline>/}, with
 * {@code META-INF/assay-job.properties} naming the pipelines and their classes. Its main class is {@link EvaluationJob}.
 * Data is not packed: the job reads it from the path given to it. Entries are written in a fixed order with a fixed
 * time, so the same inputs give the same bytes.
 */
public final class JobJar {

	/** The job's description inside the jar. */
	public static final String DESCRIPTION = "META-INF/assay-job.properties";
	/** Where the pipelines' models are packed. */
	public static final String MODELS = "assay-model";

	/** Jars a cluster job does not need: ONNX Runtime (pre-trained models are not scored by the job; 137 MB). */
	private static final List<String> LEFT_OUT = List.of("onnxruntime");

	private static final long FIXED_TIME = 315532800000L; // 1980-01-01, the earliest a zip entry holds

	private JobJar() {
	}

	/** A pipeline to pack: its generated concrete class and the folder its run saved its model in. */
	public record Pipeline(String name, String className, Path modelFolder) {
	}

	/**
	 * Writes the jar.
	 *
	 * @param runtimeJars the runtime class path of {@code org.assay.runtime.spark} (its jar and its dependencies'; Spark's
	 *                    own are not on it, being {@code provided})
	 * @param projectClasses the folder of the project's compiled classes
	 * @param pipelines the trained pipelines to pack
	 * @throws IOException naming what is missing (e.g. a pipeline that was not trained yet)
	 */
	public static void write(Path jar, List<Path> runtimeJars, Path projectClasses, List<Pipeline> pipelines) throws IOException {
		for (Pipeline pipeline : pipelines) {
			if (!Files.isRegularFile(pipeline.modelFolder().resolve("encoder.properties"))) {
				throw new IOException("pipeline " + pipeline.name() + " has no trained model in " + pipeline.modelFolder()
						+ ": run the project first (assay run PROJECT), then package it");
			}
		}
		Map<String, byte[]> services = new LinkedHashMap<>();
		Set<String> written = new TreeSet<>();
		Files.createDirectories(jar.toAbsolutePath().getParent());
		Path partial = jar.resolveSibling(jar.getFileName() + ".partial");
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, EvaluationJob.class.getName());
		manifest.getMainAttributes().putValue("Created-By", "Assay (assay package --spark)");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial), manifest)) {
			out.setLevel(Deflater.BEST_SPEED);
			written.add(JarFile.MANIFEST_NAME);
			written.add("META-INF/");
			add(out, written, DESCRIPTION, description(pipelines));
			for (Pipeline pipeline : pipelines) {
				for (String file : ExecutorModels.MODEL_FILES) {
					Path model = pipeline.modelFolder().resolve(file);
					if (Files.isRegularFile(model)) {
						add(out, written, MODELS + "/" + pipeline.name() + "/" + file, Files.readAllBytes(model));
					}
				}
			}
			try (Stream<Path> walk = Files.walk(projectClasses)) {
				for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
					add(out, written, projectClasses.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
				}
			}
			for (Path runtime : runtimeJars) {
				if (LEFT_OUT.stream().noneMatch(runtime.getFileName().toString()::contains)) {
					copy(runtime, out, written, services);
				}
			}
			for (var service : services.entrySet()) {
				add(out, written, service.getKey(), service.getValue());
			}
		}
		Files.move(partial, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	private static byte[] description(List<Pipeline> pipelines) throws IOException {
		Properties properties = new Properties();
		List<String> names = new ArrayList<>();
		for (Pipeline pipeline : pipelines) {
			names.add(pipeline.name());
			properties.setProperty("pipeline." + pipeline.name() + ".class", pipeline.className());
			properties.setProperty("pipeline." + pipeline.name() + ".model", ModelSource.CLASSPATH + MODELS + "/" + pipeline.name());
		}
		properties.setProperty("pipelines", String.join(",", names));
		StringBuilder text = new StringBuilder("# the pipelines this job scores with (assay package --spark)\n");
		new TreeSet<>(properties.stringPropertyNames()).forEach(key -> text.append(key).append('=')
				.append(properties.getProperty(key)).append('\n'));
		return text.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	private static void copy(Path runtime, JarOutputStream out, Set<String> written, Map<String, byte[]> services)
			throws IOException {
		if (Files.isDirectory(runtime)) { // a module's classes folder (running from a build tree)
			try (Stream<Path> walk = Files.walk(runtime)) {
				for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
					String name = runtime.relativize(file).toString().replace('\\', '/');
					entry(name, Files.readAllBytes(file), out, written, services);
				}
			}
			return;
		}
		try (JarFile in = new JarFile(runtime.toFile())) {
			List<JarEntry> entries = new ArrayList<>();
			for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements();) {
				entries.add(e.nextElement());
			}
			for (JarEntry entry : entries) {
				if (!entry.isDirectory()) {
					try (InputStream data = in.getInputStream(entry)) {
						entry(entry.getName(), data.readAllBytes(), out, written, services);
					}
				}
			}
		}
	}

	private static void entry(String name, byte[] bytes, JarOutputStream out, Set<String> written, Map<String, byte[]> services)
			throws IOException {
		String upper = name.toUpperCase(java.util.Locale.ROOT);
		if (upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".DSA") || upper.endsWith(".RSA")
				|| upper.endsWith(".EC") || name.endsWith("module-info.class")) {
			return; // one manifest, no signatures of jars whose content is merged, no module descriptors
		}
		if (name.startsWith("META-INF/services/")) {
			byte[] before = services.getOrDefault(name, new byte[0]);
			byte[] joined = java.util.Arrays.copyOf(before, before.length + bytes.length + 1);
			System.arraycopy(bytes, 0, joined, before.length, bytes.length);
			joined[joined.length - 1] = '\n';
			services.put(name, joined);
			return;
		}
		add(out, written, name, bytes);
	}

	/** Adds an entry (and its parent folders) unless one of that name was written: the first on the class path wins. */
	private static void add(JarOutputStream out, Set<String> written, String name, byte[] bytes) throws IOException {
		int slash = name.indexOf('/');
		while (slash > 0) {
			String folder = name.substring(0, slash + 1);
			if (written.add(folder)) {
				JarEntry entry = new JarEntry(folder);
				entry.setTime(FIXED_TIME);
				out.putNextEntry(entry);
				out.closeEntry();
			}
			slash = name.indexOf('/', slash + 1);
		}
		if (!written.add(name)) {
			return;
		}
		JarEntry entry = new JarEntry(name);
		entry.setTime(FIXED_TIME);
		out.putNextEntry(entry);
		out.write(bytes);
		out.closeEntry();
	}
}
