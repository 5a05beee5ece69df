package org.assay.benchmarks.data;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * What a leg of the data benchmark prints for the harness to read ({@code @}-lines; anything else is shown as is):
 * {@code @timing jvm_ms=N engine_ms=N cold_ms=N warm_ms=N}, {@code @heap peak_mb=N live_mb=N},
 * {@code @metric KEY VALUE [STATED_ERROR]}.
 */
public final class LegOutput {

	private static volatile long liveAfterGc;
	private static volatile long peakBeforeGc;

	private LegOutput() {
	}

	/** Milliseconds from the JVM's start to now (the leg's main calls this first). */
	public static long jvmMillis() {
		return ManagementFactory.getRuntimeMXBean().getUptime();
	}

	/** Starts recording the heap in use after each collection (the live data's high-water mark). */
	public static void watchHeap() {
		for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
					peakBeforeGc = Math.max(peakBeforeGc, heapUsed(info.getMemoryUsageBeforeGc()));
					liveAfterGc = Math.max(liveAfterGc, heapUsed(info.getMemoryUsageAfterGc()));
				}
			}, null, null);
		}
	}

	private static long heapUsed(Map<String, MemoryUsage> usages) {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			MemoryUsage usage = usages.get(pool.getName());
			if (pool.getType() == MemoryType.HEAP && usage != null) {
				used += usage.getUsed();
			}
		}
		return used;
	}

	public static void timing(long jvmMs, long engineMs, long coldNanos, long warmNanos) {
		System.out.printf("@timing jvm_ms=%d engine_ms=%d cold_ms=%d warm_ms=%d%n", jvmMs, engineMs, coldNanos / 1_000_000,
				warmNanos / 1_000_000);
	}

	/**
	 * The heap: its peak use (the heap fills up until a collection, so the peak is the largest use just before one,
	 * or the use now if larger), the largest use right after a collection (live data and what survived), and the
	 * maximum the JVM may take ({@code -Xmx}). Call {@link #watchHeap()} first.
	 */
	public static void heap() {
		long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf("@heap peak_mb=%d live_mb=%d max_mb=%d%n", Math.max(peakBeforeGc, now) >> 20, liveAfterGc >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

	public static void metric(String key, double value) {
		System.out.println("@metric " + key + " " + value);
	}

	public static void metric(String key, double value, double statedError) {
		System.out.println("@metric " + key + " " + value + " " + statedError);
	}
}
