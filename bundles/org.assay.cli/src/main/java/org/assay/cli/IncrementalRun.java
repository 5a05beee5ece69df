package org.assay.cli;

import java.util.concurrent.Callable;

import org.assay.runtime.incremental.PartitionedEvidence;

/**
 * {@code assay run --incremental}: the data suites of partitioned datasets, run in this JVM, read the system property
 * {@link PartitionedEvidence#INCREMENTAL_PROPERTY} and then reuse the stored states of unchanged partitions.
 */
final class IncrementalRun {

	private IncrementalRun() {
	}

	/** Once per suite: which partitions of its dataset were read, which came from the store ({@code partitions: …}). */
	static void printPartitions(java.util.List<org.assay.runtime.results.Evidence> evidence, java.io.PrintWriter out) {
		java.util.Map<String, String> bySuite = new java.util.TreeMap<>();
		for (org.assay.runtime.results.Evidence e : evidence) {
			e.details().stream().filter(d -> d.startsWith("partitions: ")).findFirst()
					.ifPresent(line -> bySuite.putIfAbsent(e.suite(), line));
		}
		bySuite.forEach((suite, line) -> out.println(suite + ": " + line));
	}

	static <T> T with(boolean incremental, Callable<T> run) throws Exception {
		String previous = System.getProperty(PartitionedEvidence.INCREMENTAL_PROPERTY);
		System.setProperty(PartitionedEvidence.INCREMENTAL_PROPERTY, Boolean.toString(incremental));
		try {
			return run.call();
		} finally {
			if (previous == null) {
				System.clearProperty(PartitionedEvidence.INCREMENTAL_PROPERTY);
			} else {
				System.setProperty(PartitionedEvidence.INCREMENTAL_PROPERTY, previous);
			}
		}
	}
}
