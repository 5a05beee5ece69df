package org.assay.runtime.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.engine.DatasetEngine;
import org.assay.runtime.engine.EngineResult;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spec.DatasetSpec;

/**
 * The Spark engine as a run's {@link DatasetEngine} ({@code assay run PROJECT --engine spark --master …}): one session
 * for the whole run, started on first use on the given master with {@link SparkSessions}' settings. Calls run with this
 * class's loader as the thread's context loader, so that Spark finds its classes and Assay's when Spark lives in a
 * class loader of its own (as the command line loads it).
 */
public final class SparkDatasetEngine implements DatasetEngine, AutoCloseable {

	private final String master;
	private SparkSession spark;

	public SparkDatasetEngine(String master) {
		this.master = master == null || master.isBlank() ? SparkSessions.LOCAL : master;
	}

	@Override
	public String name() {
		return SparkEngine.NAME;
	}

	/** {@code spark 4.2.0 (local[2])}, starting the session if needed; {@code spark (not started: …)} when it cannot. */
	@Override
	public synchronized String version() {
		try {
			SparkSession session = session();
			return within(() -> SparkEngine.version(session) + " (" + master + ")");
		} catch (IOException e) {
			return SparkEngine.NAME + " (not started: " + e.getMessage() + ")";
		}
	}

	@Override
	public synchronized EngineResult verify(Path project, DatasetSpec dataset, SourceFormat format,
			List<ConstraintSpec> constraints) throws IOException {
		return verify(project, dataset, format, constraints, null);
	}

	/** With the run's other datasets: referential conditions read them on the driver (see {@link ReferenceValues}). */
	@Override
	public synchronized EngineResult verify(Path project, DatasetSpec dataset, SourceFormat format,
			List<ConstraintSpec> constraints, org.assay.runtime.engine.EngineOptions.References references) throws IOException {
		SparkDataset data = SparkDataset.of(project, dataset, format);
		SparkSession session = session();
		return within(() -> SparkEngine.verify(session, data, constraints, references));
	}

	/** New or changed partitions of a partitioned dataset, each read in one Spark job ({@link SparkPartitionEngine}). */
	@Override
	public org.assay.runtime.incremental.PartitionEngine partitionEngine() {
		return new org.assay.runtime.incremental.PartitionEngine() {
			@Override
			public String name() {
				return SparkEngine.NAME;
			}

			@Override
			public String version() {
				synchronized (SparkDatasetEngine.this) {
					try {
						return new SparkPartitionEngine(session()).version();
					} catch (IOException e) {
						return "not started: " + e.getMessage();
					}
				}
			}

			@Override
			public org.assay.runtime.incremental.PartitionScan scan(org.assay.runtime.incremental.Partition partition,
					SourceFormat format, org.assay.runtime.engine.Plan plan) throws IOException {
				synchronized (SparkDatasetEngine.this) {
					Thread thread = Thread.currentThread();
					ClassLoader before = thread.getContextClassLoader();
					thread.setContextClassLoader(SparkDatasetEngine.class.getClassLoader());
					try {
						return new SparkPartitionEngine(session()).scan(partition, format, plan);
					} finally {
						thread.setContextClassLoader(before);
					}
				}
			}
		};
	}

	/** The run's session; a Spark that cannot start (no flags, no loopback, a bad master) is an IOException saying why. */
	private SparkSession session() throws IOException {
		if (spark == null) {
			try {
				spark = within(() -> SparkSessions.start(master));
			} catch (RuntimeException | LinkageError e) {
				throw new IOException("Spark could not start on " + master + ": " + SparkEngine.reason(e), e);
			}
		}
		return spark;
	}

	private <T> T within(java.util.function.Supplier<T> work) {
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		thread.setContextClassLoader(SparkDatasetEngine.class.getClassLoader());
		try {
			return work.get();
		} finally {
			thread.setContextClassLoader(before);
		}
	}

	/** Stops the session if this engine started one. */
	@Override
	public synchronized void close() {
		if (spark != null) {
			within(() -> {
				spark.stop();
				return null;
			});
			spark = null;
		}
	}
}
