package org.assay.benchmarks.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a leg of the data benchmark prints for the harness to read ({@code @}-lines; anything else is shown as is):
 * {@code @timing jvm_ms=N engine_ms=N cold_ms=N warm_ms=N}, {@code @heap peak_mb=N live_mb=N},
 * {@code @metric KEY VALUE [STATED_ERROR]}.
 */
public final class LegOutput {

	private LegOutput() {
	}

	/** Milliseconds from the JVM's start to now (the leg's main calls this first). */
	public static long jvmMillis() {
		return ManagementFactory.getRuntimeMXBean().getUptime();
	}

	/** The system property naming the GC log the harness has the leg's JVM write ({@code -Xlog:gc:file=…}). */
	public static final String GC_LOG = "bench.gclog";

	/** {@code 24M->3M(256M)} in a {@code -Xlog:gc} line: the heap in use before and after a collection. */
	private static final Pattern COLLECTION = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(");

	/**
	 * Prints the heap in use at its peak (just before a collection, or now if higher), after the fullest collection (the
	 * live data's high-water mark) and the maximum the JVM may take ({@code -Xmx}). Read from the GC log the harness
	 * has the JVM write ({@value #GC_LOG}) once the leg is done, so that measuring costs nothing while it runs (a GC
	 * notification listener, used before, cost a fresh JVM's first verification about 40 ms); without one, the heap
	 * pools' peaks, as the peers' legs report them.
	 */
	public static void heap() {
		long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long peak = now;
		long live = -1;
		String log = System.getProperty(GC_LOG);
		if (log != null) {
			try {
				long[] collections = collections(Files.readAllLines(Path.of(log), StandardCharsets.UTF_8));
				peak = Math.max(peak, collections[0]);
				live = collections[1];
			} catch (IOException e) {
				throw new UncheckedIOException("the GC log " + log + " cannot be read", e);
			}
		} else {
			long pools = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					pools += pool.getPeakUsage().getUsed();
				}
			}
			peak = Math.max(peak, pools);
		}
		System.out.printf("@heap peak_mb=%d live_mb=%d max_mb=%d%n", peak >> 20, live < 0 ? -1 : live >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

	/** From {@code -Xlog:gc} lines: the most heap in use before a collection and after one (bytes; -1 without any). */
	public static long[] collections(Iterable<String> gcLog) {
		long before = -1;
		long after = -1;
		for (String line : gcLog) {
			Matcher collection = COLLECTION.matcher(line);
			if (collection.find()) {
				before = Math.max(before, bytes(collection.group(1), collection.group(2)));
				after = Math.max(after, bytes(collection.group(3), collection.group(4)));
			}
		}
		return new long[] { before, after };
	}

	private static long bytes(String number, String unit) {
		return Long.parseLong(number) << switch (unit) {
		case "K" -> 10;
		case "M" -> 20;
		default -> 30;
		};
	}

	public static void timing(long jvmMs, long engineMs, long coldNanos, long warmNanos) {
		System.out.printf("@timing jvm_ms=%d engine_ms=%d cold_ms=%d warm_ms=%d%n", jvmMs, engineMs, coldNanos / 1_000_000,
				warmNanos / 1_000_000);
	}

	public static void metric(String key, double value) {
		System.out.println("@metric " + key + " " + value);
	}

	public static void metric(String key, double value, double statedError) {
		System.out.println("@metric " + key + " " + value + " " + statedError);
	}
}
