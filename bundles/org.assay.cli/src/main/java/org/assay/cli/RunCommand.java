package org.assay.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.assay.generator.AssayGenerator;
import org.assay.generator.files.GeneratedFiles;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.results.Run;
import org.assay.runtime.results.RunInfo;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Verdict;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.engine.discovery.DiscoverySelectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay run PROJECT}: validate, generate, compile, train and run the suites, then print what each
 * requirement's tests found. Exit code 0: every verdict PASS or WARN, 1: a FAIL or INCONCLUSIVE verdict, 2: errors
 * (invalid models, code that does not compile, ERROR or NO_DATA verdicts).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Validate, generate, compile, train and test a project; print requirement -> test -> verdict -> value.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every verdict PASS or WARN",
				"1:the quality gate failed: a FAIL or INCONCLUSIVE verdict",
				"2:error: invalid models, nothing to run, code that does not compile, a test that crashed, an ERROR or "
						+ "NO_DATA verdict, a report that cannot be written, bad usage" })
class RunCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "PROJECT", description = "the project folder")
	Path project;

	@Option(names = "--junit-xml", paramLabel = "DIR",
			description = "Also write the run's verdicts as JUnit XML into DIR, one TEST-<suite>.xml per suite (docs/ci-formats.md).")
	Path junitXml;

	@Option(names = "--engine", paramLabel = "ENGINE",
			description = "what verifies the data checks: local or spark, for every dataset (default: what the model says, "
					+ "'engine spark' on a dataset's source or in the project, else local); see docs/spark.md")
	String engine;

	@Option(names = "--master", paramLabel = "URL",
			description = "the Spark master of --engine spark: local[*] (default), local[N], spark://HOST:PORT, yarn")
	String master;

	@Option(names = "--suite", paramLabel = "SUITE",
			description = "run only this suite (or a dataset's checks); the other tests keep their last evidence")
	String suite;

	@Option(names = "--test", paramLabel = "TEST", description = "with --suite: run only this test of the suite")
	String test;

	@Option(names = "--incremental", description = "read only new or changed partitions of partitioned "
			+ "datasets; the others' states come from target/assay/states (see docs/incremental.md)")
	boolean incremental;

	@Override
	public Integer call() throws Exception {
		try (AutoCloseable selected = EngineChoice.select(engine, master, spec.commandLine().getOut())) {
			RunSelection only;
			try {
				only = RunSelection.of(suite, test);
			} catch (IllegalArgumentException e) {
				spec.commandLine().getOut().println("assay run: " + e.getMessage());
				return 2;
			}
			return selected == null ? 2
					: IncrementalRun.with(incremental,
							() -> run(project.toAbsolutePath().normalize(), spec.commandLine().getOut(), junitXml, only));
		}
	}

	static int run(Path project, PrintWriter out) throws Exception {
		return run(project, out, null);
	}

	static int run(Path project, PrintWriter out, Path junitXml) throws Exception {
		return run(project, out, junitXml, null);
	}

	/** {@code only}: the suite or test to run (null: all). */
	static int run(Path project, PrintWriter out, Path junitXml, RunSelection only) throws Exception {
		if (!Files.isDirectory(project)) {
			out.println("assay run: " + project + ": not a folder");
			return 2;
		}
		long start = System.nanoTime();
		out.println("[1/4] validating and generating " + project.getFileName() + " …");
		out.flush();
		AssayGenerator.Result generated = ProjectGeneration.validateAndGenerate(project, out);
		if (generated == null) {
			return 2;
		}
		if (generated.files().isEmpty()) {
			out.println("nothing to run: the models of " + project.getFileName() + " declare no pipeline, suite, monitor or "
					+ "dataset check that can be generated. Add a suite ('suite … tests PIPELINE { test … }') or a check to a "
					+ "dataset ('check NAME : completeness of COLUMN >= 95 %') and run again.");
			return 2;
		}
		GeneratedFiles.Report report = GeneratedFiles.write(project, generated.files());
		out.printf("      %d file(s) written, %d unchanged, %d hand-written kept, %d removed%n", report.written().size(),
				report.unchanged().size(), report.kept().size(), report.removed().size());
		report.removed().forEach(file -> out.println("      removed " + file + " (its model element no longer exists)"));
		GenerateCommand.printOrphans(report.orphaned(), out);
		// an orphaned subclass extends a base class that is gone: it is left out (and said above), not a compile error
		java.util.Set<Path> leftOut = new java.util.HashSet<>();
		report.orphaned().forEach(orphan -> leftOut.add(project.resolve(orphan.path()).normalize()));
		out.println("[2/4] compiling the generated code …");
		out.flush();
		Path classes = project.resolve("target/assay/classes");
		if (!compile(project, classes, leftOut, out)) {
			return 2;
		}
		Path results = project.resolve(RunsFile.PATH);
		String runId = RunInfo.newId();
		out.println("[3/4] training and running " + (only == null ? "the suites" : "the " + only) + " (run " + runId
				+ ", evidence: " + RunsFile.PATH + ") …");
		out.flush();
		SummaryGeneratingListener summary = runTests(project, classes, runId, only);
		if (only != null && summary.getSummary().getTestsFoundCount() == 0) {
			out.println("assay run: no " + only + " in " + project.getFileName() + ": name a suite the models declare "
					+ "(--suite NAME) and one of its tests (--test NAME)");
			return 2;
		}
		Run run = RunsFile.read(results).stream().filter(r -> r.info().id().equals(runId)).findFirst()
				.orElse(new Run(new RunInfo(runId, null, null), List.of(), List.of()));
		List<Evidence> fresh = run.evidence();
		out.println("[4/4] results");
		printTable(fresh, out);
		printData(run.data(), out);
		IncrementalRun.printPartitions(fresh, out);
		if (junitXml != null && !RunReports.writeJUnit(junitXml, run, out)) {
			return 2;
		}
		long tests = summary.getSummary().getTestsFoundCount();
		long skipped = summary.getSummary().getTestsSkippedCount();
		out.printf(java.util.Locale.ROOT, "%d test(s) run, %d skipped%s, %.1f s%n", tests - skipped, skipped,
				skipped == 0 ? "" : " (disabled: a pattern that is not generated yet, or turned off by hand)",
				(System.nanoTime() - start) / 1e9);
		// a verdict that is not PASS fails its test with an AssertionError and is in the table; anything else (a suite
		// whose set-up threw, a hand-written test that crashed) has no evidence and is said here
		boolean crashed = false;
		for (var failure : summary.getSummary().getFailures()) {
			if (!(failure.getException() instanceof AssertionError)) {
				crashed = true;
				out.println("error: " + failure.getTestIdentifier().getDisplayName() + " did not run to a verdict: "
						+ failure.getException());
				java.util.Arrays.stream(failure.getException().getStackTrace()).limit(4)
						.forEach(frame -> out.println("      at " + frame));
			}
		}
		boolean error = crashed || fresh.stream().anyMatch(e -> e.verdict() == Verdict.ERROR || e.verdict() == Verdict.NO_DATA);
		boolean fail = fresh.stream().anyMatch(e -> e.verdict() == Verdict.FAIL || e.verdict() == Verdict.INCONCLUSIVE);
		return error ? 2 : fail ? 1 : 0;
	}

	private static boolean compile(Path project, Path classes, java.util.Set<Path> leftOut, PrintWriter out) throws IOException {
		return compile(project, classes, leftOut, out, List.of("src/generated/java", "src/main/java", "src/generated/test/java",
				"src/test/java"));
	}

	/** Compiles the project's sources in {@code folders} into {@code classes} (emptied first); false when they do not compile. */
	static boolean compile(Path project, Path classes, java.util.Set<Path> leftOut, PrintWriter out, List<String> folders)
			throws IOException {
		List<String> sources = new ArrayList<>();
		for (String folder : folders) {
			Path root = project.resolve(folder);
			if (Files.isDirectory(root)) {
				try (Stream<Path> walk = Files.walk(root)) {
					walk.filter(p -> p.toString().endsWith(".java") && !leftOut.contains(p.normalize()))
							.forEach(p -> sources.add(p.toString()));
				}
			}
		}
		// classes of an earlier run (a suite since renamed) must not be found by the test discovery
		if (Files.isDirectory(classes)) {
			try (Stream<Path> walk = Files.walk(classes)) {
				for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(classes);
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			out.println("assay run: no Java compiler in this runtime; run Assay with a JDK");
			return false;
		}
		List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
				"-encoding", "UTF-8", "-nowarn"));
		arguments.addAll(sources);
		ByteArrayOutputStream messages = new ByteArrayOutputStream();
		int result = compiler.run(null, messages, messages, arguments.toArray(String[]::new));
		if (result != 0) {
			out.println("assay run: the project's code does not compile:");
			out.println(messages.toString(StandardCharsets.UTF_8));
			return false;
		}
		return true;
	}

	private static SummaryGeneratingListener runTests(Path project, Path classes, String runId, RunSelection only)
			throws IOException {
		String previous = System.getProperty("assay.project");
		String previousRun = System.getProperty(RunInfo.ID_PROPERTY);
		System.setProperty("assay.project", project.toString());
		System.setProperty(RunInfo.ID_PROPERTY, runId);
		Thread thread = Thread.currentThread();
		ClassLoader context = thread.getContextClassLoader();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, RunCommand.class.getClassLoader())) {
			thread.setContextClassLoader(loader);
			LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
					.selectors(DiscoverySelectors.selectClasspathRoots(java.util.Set.of(classes)));
			if (only != null) {
				builder.filters(only.filter());
			}
			LauncherDiscoveryRequest request = builder.build();
			Launcher launcher = LauncherFactory.create();
			SummaryGeneratingListener summary = new SummaryGeneratingListener();
			launcher.execute(request, summary);
			return summary;
		} finally {
			thread.setContextClassLoader(context);
			restore("assay.project", previous);
			restore(RunInfo.ID_PROPERTY, previousRun);
		}
	}

	private static void restore(String property, String value) {
		if (value == null) {
			System.clearProperty(property);
		} else {
			System.setProperty(property, value);
		}
	}

	/** What the data held outside its declaration: said on every run, whatever the verdicts. */
	private static void printData(List<DataFindings> data, PrintWriter out) {
		for (DataFindings findings : data) {
			if (findings.nothingFound()) {
				continue;
			}
			out.println("data: " + findings.headline());
			findings.describe().forEach(line -> out.println("      " + line));
		}
	}

	private static void printTable(List<Evidence> evidence, PrintWriter out) {
		String format = "%-26s %-22s %-13s %-34s %s%n";
		out.printf(format, "requirement", "test", "verdict", "value [interval]", "criterion");
		List<Evidence> sorted = new ArrayList<>(evidence);
		sorted.sort(java.util.Comparator.comparing((Evidence e) -> String.join(",", e.requirements())).thenComparing(Evidence::test));
		for (Evidence e : sorted) {
			String value = Double.isNaN(e.value()) ? "-"
					: String.format("%.4f [%.4f, %.4f]", e.value(), e.lower(), e.upper());
			out.printf(format, String.join(", ", e.requirements()), e.test(), e.verdict(), value,
					(e.metric() == null ? "" : e.metric() + " ") + e.criterion());
			if (e.verdict() != Verdict.PASS) { // a WARN says which margin it is in, the others why they did not pass
				out.println("    " + e.message());
				e.details().stream().limit(6).forEach(detail -> out.println("      " + detail));
			}
		}
	}
}
