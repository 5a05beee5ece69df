package org.assay.runtime.djl;

/**
 * DJL settings that Assay's runtime imposes before any engine loads: no downloads (the native library comes from the
 * pytorch-native-cpu jar on the classpath), no telemetry or cloud metadata calls, and single-threaded kernels so that
 * seeded training is reproducible. Values the user set explicitly (system properties) are kept.
 */
public final class OfflineDjl {

	private static volatile boolean configured;

	private OfflineDjl() {
	}

	/** Applies the settings; idempotent. Call before touching any {@code ai.djl} class. */
	public static synchronized void configure() {
		if (configured) {
			return;
		}
		setIfAbsent("ai.djl.offline", "true");
		setIfAbsent("DJL_OFFLINE", "true");
		setIfAbsent("OPT_OUT_TRACKING", "true");
		setIfAbsent("ai.djl.pytorch.num_threads", "1");
		setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
		configured = true;
	}

	private static void setIfAbsent(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}
}
