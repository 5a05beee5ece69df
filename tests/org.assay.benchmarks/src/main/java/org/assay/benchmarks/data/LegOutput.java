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
					Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
							.from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
					long used = 0;
					for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
						MemoryUsage usage = after.get(pool.getName());
						if (pool.getType() == MemoryType.HEAP && usage != null) {
							used += usage.getUsed();
						}
					}
					liveAfterGc = Math.max(liveAfterGc, used);
				}
			}, null, null);
		}
	}

	public static void timing(long jvmMs, long engineMs, long coldNanos, long warmNanos) {
		System.out.printf("@timing jvm_ms=%d engine_ms=%d cold_ms=%d warm_ms=%d%n", jvmMs, engineMs, coldNanos / 1_000_000,
				warmNanos / 1_000_000);
	}

	/**
	 * The heap: the sum of the heap pools' peak usage (an upper bound of the heap ever in use at once) and the
	 * largest heap in use right after a collection.
	 */
	public static void heap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf("@heap peak_mb=%d live_mb=%d max_mb=%d%n", peak >> 20, liveAfterGc >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

	public static void metric(String key, double value) {
		System.out.println("@metric " + key + " " + value);
	}

	public static void metric(String key, double value, double statedError) {
		System.out.println("@metric " + key + " " + value + " " + statedError);
	}
}
