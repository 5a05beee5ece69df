package org.assay.runtime.spark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.spark.launcher.InProcessLauncher;
import org.apache.spark.launcher.SparkAppHandle;
import org.assay.runtime.spark.job.EvaluationJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar of {@code assay package --spark} started through Spark's own launcher API: {@link InProcessLauncher}
 * (public, in spark-launcher) runs {@code SparkSubmit} in this JVM with {@code --master local[2]} and the job jar as the
 * application resource, and reports the application's state to a {@link SparkAppHandle} listener. The test waits for
 * a final state (with a timeout), requires FINISHED, and compares what the job wrote with the local evaluation of the
 * same file. (That the jar needs nothing but Spark beside it is {@link JobJarLaunchTest}'s part: this JVM has Assay's
 * classes on its class path already.)
 */
class JobJarInProcessLaunchTest {

	@Test
	void theJobJarLaunchedThroughSparksLauncherApiFinishesWithTheLocalMetrics(@TempDir Path dir) throws Exception {
		Path jar = JobJarLaunchTest.writeJobJar(dir);
		Path output = dir.resolve("metrics.json");
		List<SparkAppHandle.State> states = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(1);
		// SparkSubmit hands its settings to the application as system properties (spark.master, spark.jars …); they
		// would leak into the sessions of the test classes after this one
		Properties before = (Properties) System.getProperties().clone();
		// without a Spark distribution (SPARK_HOME) the launcher needs its defaults file named: an empty one here
		Path defaults = Files.writeString(dir.resolve("spark-defaults.conf"), "# no defaults: the settings are below\n");
		SparkAppHandle handle;
		try {
			handle = new InProcessLauncher().setPropertiesFile(defaults.toString()).setMaster("local[2]")
					.setDeployMode("client").setAppResource(jar.toString()).setMainClass(EvaluationJob.class.getName()).setConf("spark.ui.enabled", "false")
					.setConf("spark.ui.showConsoleProgress", "false").setConf("spark.sql.files.maxPartitionBytes", "16384")
					.setConf("spark.driver.host", "127.0.0.1").setConf("spark.driver.bindAddress", "127.0.0.1")
					.addAppArgs(CreditProject.data().toString(), "--output", output.toString())
					.startApplication(new SparkAppHandle.Listener() {
						@Override
						public void stateChanged(SparkAppHandle h) {
							synchronized (states) {
								states.add(h.getState());
							}
							if (h.getState().isFinal()) {
								done.countDown();
							}
						}

						@Override
						public void infoChanged(SparkAppHandle h) {
							// the application id arrives here; the test needs only the states
						}
					});
			assertTrue(done.await(5, TimeUnit.MINUTES), "the application reaches a final state; states so far: " + states);
		} finally {
			System.setProperties(before);
		}
		assertEquals(SparkAppHandle.State.FINISHED, handle.getState(),
				"states " + states + (handle.getError().isPresent() ? ", error " + handle.getError().get() : ""));
		synchronized (states) {
			assertTrue(states.contains(SparkAppHandle.State.RUNNING), "Spark reported the job running: " + states);
		}
		assertTrue(handle.getAppId() != null && handle.getAppId().startsWith("local-"), "local application id " + handle.getAppId());
		JobJarLaunchTest.assertLocalMetrics(Files.readString(output, StandardCharsets.UTF_8));
	}
}
