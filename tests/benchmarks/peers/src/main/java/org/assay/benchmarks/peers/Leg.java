package org.assay.benchmarks.peers;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The lines a peer leg prints for {@code tests/benchmarks/run data} (the same protocol as
 * {@code org.assay.benchmarks.data.LegOutput}, which this Java 17 module cannot load):
 * {@code @timing jvm_ms=N engine_ms=N cold_ms=N warm_ms=N}, {@code @heap peak_mb=N live_mb=N max_mb=N},
 * {@code @metric KEY VALUE [STATED_ERROR]}, with the metric keys of {@code org.assay.benchmarks.data.ReferenceChecks}.
 */
final class Leg {

	private Leg() {
	}

	static long jvmMillis() {
		return ManagementFactory.getRuntimeMXBean().getUptime();
	}

	static void timing(long jvmMs, long engineMs, long coldNanos, long warmNanos) {
		System.out.printf("@timing jvm_ms=%d engine_ms=%d cold_ms=%d warm_ms=%d%n", jvmMs, engineMs, coldNanos / 1_000_000,
				warmNanos / 1_000_000);
	}

	/** The JVM heap only (native memory of DuckDB or Spark's off-heap pools is not in it). */
	static void heap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf("@heap peak_mb=%d live_mb=-1 max_mb=%d%n", peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
	}

	static void metric(String key, double value) {
		System.out.println("@metric " + key + " " + value);
	}

	static void metric(String key, double value, double statedError) {
		System.out.println("@metric " + key + " " + value + " " + statedError);
	}
}
