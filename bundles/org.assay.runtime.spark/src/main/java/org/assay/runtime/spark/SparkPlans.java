package org.assay.runtime.spark;

import java.io.IOException;
import java.util.List;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.engine.Plan;

/**
 * The one way the driver and every task plan a dataset's states, so that both agree on the keys. Referential
 * conditions ({@code where x in Other.column}) are refused with a message, as executors cannot open another dataset of
 * the project.
 */
final class SparkPlans {

	static final String NO_REFERENCES = "the Spark engine does not read other datasets for 'in Other.column' conditions yet; "
			+ "verify this dataset with the local engine (--engine local)";

	private SparkPlans() {
	}

	static Plan plan(String name, Schema schema, List<ConstraintSpec> constraints) {
		EngineOptions options = new EngineOptions(1, dataset -> {
			throw new IOException(NO_REFERENCES);
		});
		return DataEngine.plan(name, schema, constraints, options);
	}
}
