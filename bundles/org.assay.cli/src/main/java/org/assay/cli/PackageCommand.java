package org.assay.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.assay.runtime.pipeline.AssayPipeline;
import org.assay.runtime.spark.job.EvaluationJob;
import org.assay.runtime.spark.job.JobJar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay package PROJECT --spark}: the project's trained pipelines as one self-contained job jar for
 * {@code spark-submit} ({@link JobJar}): Assay's runtime without Spark (the cluster's), the project's compiled classes and
 * the models its last {@code assay run} trained. Data is not packed: the job reads it from the path it is given. See
 * docs/spark-cluster.md.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
		description = "Package a project's trained pipelines: --spark writes a job jar for spark-submit (batch evaluation).")
class PackageCommand implements Callable<Integer> {

	/** Where the job jar goes, relative to the project. */
	static final String JOB_JAR = "target/assay/spark-job.jar";

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "PROJECT", description = "the project folder (run it once with 'assay run' to train its models)")
	Path project;

	@Option(names = "--spark", description = "a job jar for spark-submit (Spark is provided by the cluster)")
	boolean spark;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		if (!spark) {
			out.println("assay package: say what to package: --spark (a job jar for spark-submit) is the one kind so far");
			return 2;
		}
		return packageForSpark(project.toAbsolutePath().normalize(), out);
	}

	static int packageForSpark(Path project, PrintWriter out) throws IOException {
		if (!Files.isDirectory(project.resolve("src/generated/java"))) {
			out.println("assay package: " + project + " has no generated code (src/generated/java); run 'assay run " + project
					+ "' first: it generates the code and trains the models that the job jar packs");
			return 2;
		}
		List<Path> runtime = jobClassPath(out);
		if (runtime == null) {
			return 2;
		}
		Path classes = project.resolve("target/assay/job-classes");
		out.println("[1/2] compiling " + project.getFileName() + "'s pipelines …");
		out.flush();
		if (!RunCommand.compile(project, classes, java.util.Set.of(), out, List.of("src/generated/java", "src/main/java"))) {
			return 2;
		}
		List<JobJar.Pipeline> pipelines = pipelines(project, classes);
		if (pipelines.isEmpty()) {
			out.println("assay package: " + project.getFileName() + " declares no pipeline that trains a model; a job jar scores "
					+ "with trained pipelines");
			return 2;
		}
		List<String> untrained = pipelines.stream()
				.filter(p -> !Files.isRegularFile(p.modelFolder().resolve("encoder.properties")))
				.map(p -> p.name() + " (no model in " + project.relativize(p.modelFolder()) + ")").toList();
		if (!untrained.isEmpty()) {
			out.println("assay package: not trained yet: " + String.join(", ", untrained) + ". Run 'assay run " + project
					+ "' first, then package");
			return 2;
		}
		Path jar = project.resolve(JOB_JAR);
		out.println("[2/2] writing " + project.relativize(jar) + " …");
		out.flush();
		JobJar.write(jar, runtime, classes, pipelines);
		out.printf(Locale.ROOT, "      %.0f MB: Assay's runtime with DJL and PyTorch (CPU), the project's classes, the models of %s%n",
				Files.size(jar) / 1e6, String.join(", ", pipelines.stream().map(JobJar.Pipeline::name).toList()));
		out.println("run it on a cluster (Spark 4.x, Scala 2.13, provided by the cluster):");
		out.println("  spark-submit --master yarn --class " + EvaluationJob.class.getName() + " " + jar
				+ " hdfs:///path/to/data.csv" + (pipelines.size() > 1 ? " --pipeline " + pipelines.get(0).name() : "")
				+ " --output metrics.json");
		return 0;
	}

	/**
	 * The runtime class path of the Spark module, as its build wrote it (Spark itself is not on it). The CLI runs from
	 * Assay's build tree ({@code assay.home}, set by the ./assay launcher).
	 */
	private static List<Path> jobClassPath(PrintWriter out) throws IOException {
		Path module = Paths.get(System.getProperty("assay.home", ".")).resolve("bundles/org.assay.runtime.spark/target");
		Path listing = module.resolve("job-classpath.txt");
		if (!Files.isRegularFile(listing) || !Files.isDirectory(module.resolve("classes"))) {
			out.println("assay package: the Spark runtime is not built (no " + listing + "); build it with "
					+ "./mvnw -pl bundles/org.assay.runtime.spark -am install -DskipTests");
			return null;
		}
		List<Path> jars = new ArrayList<>(List.of(module.resolve("classes")));
		for (String entry : Files.readString(listing).trim().split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				jars.add(Paths.get(entry));
			}
		}
		return jars;
	}

	/** The concrete generated pipelines among the compiled classes, with the folder each one's run saves its model in. */
	private static List<JobJar.Pipeline> pipelines(Path project, Path classes) throws IOException {
		List<JobJar.Pipeline> pipelines = new ArrayList<>();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, PackageCommand.class.getClassLoader());
				Stream<Path> walk = Files.walk(classes)) {
			for (Path file : walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
					.sorted().toList()) {
				String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
				Class<?> type;
				try {
					type = Class.forName(name, false, loader);
				} catch (ClassNotFoundException | LinkageError e) {
					continue;
				}
				if (AssayPipeline.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
					try {
						AssayPipeline pipeline = (AssayPipeline) type.getDeclaredConstructor().newInstance();
						Path folder = pipeline.modelFolder(project);
						pipelines.add(new JobJar.Pipeline(folder.getFileName().toString(), name, folder));
					} catch (ReflectiveOperationException e) {
						// a pipeline without a public no-argument constructor cannot be created on executors either
					}
				}
			}
		}
		return pipelines;
	}
}
