package org.assay.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * DSL benchmark: generates a synthetic workspace (default 500 files, about 20,000 requirements and tests referring
 * across files), then measures what a builder does:
 * <ol>
 * <li>full: load and parse every file, index them, link and validate every file;</li>
 * <li>heap after a full GC with the whole workspace loaded;</li>
 * <li>re-validation after editing one file: reparse, re-index and validate it (median of several edits).</li>
 * </ol>
 * Prints, last, {@code dsl: files=N lines=N full_ms=N revalidate_ms=N heap_mb=N}.
 */
public final class DslBenchmark {

	public static void main(String[] args) throws Exception {
		int requirementFiles = args.length > 0 ? Integer.parseInt(args[0]) : 240;
		int perFile = args.length > 1 ? Integer.parseInt(args[1]) : 42;
		int dataFiles = 20;
		Path root = Files.createTempDirectory("assay-dsl-bench");
		try {
			run(root, dataFiles, requirementFiles, perFile);
		} finally {
			try (Stream<Path> paths = Files.walk(root)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void run(Path root, int dataFiles, int requirementFiles, int perFile) throws IOException {
		SyntheticWorkspace workspace = SyntheticWorkspace.write(root, dataFiles, requirementFiles, perFile, 42);
		System.out.printf("workspace: %d files, %d lines, %d requirements, %d tests%n", workspace.files.size(),
				workspace.lines, requirementFiles * perFile, requirementFiles * perFile);

		Injector injector = AssayStandaloneSetup.doSetup();
		warmUp(injector, workspace);

		long start = System.nanoTime();
		Loaded loaded = loadAndValidate(injector, workspace.files);
		long fullMs = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("full: %d ms (%d errors, %d warnings)%n", fullMs, loaded.errors, loaded.warnings);
		if (loaded.errors > 0) {
			throw new IllegalStateException("the synthetic workspace must be valid; first errors: " + loaded.firstErrors);
		}

		long heapMb = heapAfterGc();
		System.out.printf("heap after full GC: %d MB%n", heapMb);

		long[] revalidations = new long[21];
		XtextResource edited = (XtextResource) loaded.workspace.getResourceSet().getResources().stream()
				.filter(r -> r.getURI().lastSegment().equals("req0.assay")).findFirst().orElseThrow();
		String original = edited.getParseResult().getRootNode().getText();
		for (int i = 0; i < revalidations.length; i++) {
			String changed = original.replace(">= 0.8", ">= 0.7" + i % 10);
			long t = System.nanoTime();
			List<Issue> issues = loaded.workspace.update(edited, i % 2 == 0 ? changed : original);
			revalidations[i] = System.nanoTime() - t;
			if (issues.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR)) {
				throw new IllegalStateException("edit introduced errors: " + issues);
			}
		}
		Arrays.sort(revalidations);
		long revalidateMs = Math.round(revalidations[revalidations.length / 2] / 1e6);
		System.out.printf("re-validation after one edit: median %d ms, max %d ms over %d edits%n", revalidateMs,
				Math.round(revalidations[revalidations.length - 1] / 1e6), revalidations.length);

		System.out.printf("dsl: files=%d lines=%d full_ms=%d revalidate_ms=%d heap_mb=%d%n", workspace.files.size(),
				workspace.lines, fullMs, revalidateMs, heapMb);
	}

	/** Loads and validates a smaller workspace once so that JIT compilation does not dominate the measurement. */
	private static void warmUp(Injector injector, SyntheticWorkspace workspace) {
		loadAndValidate(injector, workspace.files.subList(0, Math.min(60, workspace.files.size())));
	}

	private static final class Loaded {
		AssayWorkspace workspace;
		int errors;
		int warnings;
		List<Issue> firstErrors = new ArrayList<>();
	}

	private static Loaded loadAndValidate(Injector injector, List<Path> files) {
		Loaded loaded = new Loaded();
		loaded.workspace = injector.getInstance(AssayWorkspace.class).load(files);
		for (List<Issue> issues : loaded.workspace.validateAll(CancelIndicator.NullImpl).values()) {
			for (Issue issue : issues) {
				if (issue.getSeverity() == Severity.ERROR) {
					loaded.errors++;
					if (loaded.firstErrors.size() < 5) {
						loaded.firstErrors.add(issue);
					}
				} else if (issue.getSeverity() == Severity.WARNING) {
					loaded.warnings++;
				}
			}
		}
		return loaded;
	}

	private static long heapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}
}
