package org.assay.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;

import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Suite benchmark: the breast-cancer example's generated suite (compiled by the build) run in a fresh JVM; the time
 * is measured from the JVM's start to the end of the last test, so it includes engine loading and training. Prints,
 * last, {@code suite: tests=N wall_ms=N}.
 */
public final class SuiteBenchmark {

	public static void main(String[] args) throws Exception {
		Path example = Paths.get(System.getProperty("assay.root", "."), "examples/breast-cancer").toAbsolutePath().normalize();
		Path tests = example.resolve("target/test-classes");
		Path classes = example.resolve("target/classes");
		if (!Files.isDirectory(tests)) {
			throw new IllegalStateException(tests + " is missing: build the reactor first (./mvnw verify)");
		}
		System.setProperty("assay.project", example.toString());
		try (URLClassLoader loader = new URLClassLoader(new URL[] { tests.toUri().toURL(), classes.toUri().toURL() },
				SuiteBenchmark.class.getClassLoader())) {
			Thread.currentThread().setContextClassLoader(loader);
			SummaryGeneratingListener summary = new SummaryGeneratingListener();
			LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
					.selectors(DiscoverySelectors.selectClasspathRoots(Set.of(tests))).build(), summary);
			long wall = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			long found = summary.getSummary().getTestsFoundCount();
			long failed = summary.getSummary().getTotalFailureCount();
			System.out.printf("%d tests found, %d succeeded, %d failed%n", found, summary.getSummary().getTestsSucceededCount(),
					failed);
			System.out.printf("suite: tests=%d wall_ms=%d%n", found, wall);
		}
	}
}
