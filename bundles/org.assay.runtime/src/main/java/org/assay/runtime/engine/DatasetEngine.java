package org.assay.runtime.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.scan.SourceFormat;

/**
 * An engine other than the local one that verifies a dataset's constraints (the Spark engine), chosen by name for a
 * run ({@link Engines}). It must give what {@link DataEngine#verify} gives on the same rows: the same metric states,
 * decided by {@link DataEngine#decide}.
 */
public interface DatasetEngine {

	/** The name users select it by: {@code spark}. */
	String name();

	/** The engine and the version of what runs it, for the lineage: {@code spark 4.2.0}. */
	String version();

	/**
	 * Verifies every constraint of a project's dataset. Bad data and impossible requests are results, not exceptions.
	 *
	 * @throws IOException when the file cannot be found or the path leaves the project (located in the model)
	 */
	EngineResult verify(Path project, DatasetSpec dataset, SourceFormat format, List<ConstraintSpec> constraints)
			throws IOException;

	/**
	 * As {@link #verify(Path, DatasetSpec, SourceFormat, List)}, with the run's other datasets, which {@code where x in
	 * Other.column} conditions read ({@link EngineOptions#references()}; may be null). An engine that does not read
	 * them ignores them (its plans then give those constraints an ERROR).
	 */
	default EngineResult verify(Path project, DatasetSpec dataset, SourceFormat format, List<ConstraintSpec> constraints,
			EngineOptions.References references) throws IOException {
		return verify(project, dataset, format, constraints);
	}

	/** The engine that reads a partitioned dataset's new partitions in this engine's way; null when it has none. */
	default org.assay.runtime.incremental.PartitionEngine partitionEngine() {
		return null;
	}
}
