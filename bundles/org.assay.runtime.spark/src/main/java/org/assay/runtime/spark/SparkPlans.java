package org.assay.runtime.spark;

import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.engine.Plan;

/**
 * The one way the driver and every task plan a dataset's states, so that both agree on the keys. Referential
 * conditions ({@code where x in Other.column}) read the other dataset's values from the {@link ReferenceValues} the
 * driver read and broadcast; without them (a partition engine's plan) they are refused with a message.
 */
final class SparkPlans {

	static final String NO_REFERENCES = "the Spark engine reads other datasets for 'in Other.column' conditions of one-file "
			+ "datasets only, not of partitions yet; verify this dataset with the local engine (--engine local)";

	private SparkPlans() {
	}

	static Plan plan(String name, Schema schema, List<ConstraintSpec> constraints) {
		return plan(name, schema, constraints, ReferenceValues.NONE);
	}

	static Plan plan(String name, Schema schema, List<ConstraintSpec> constraints, ReferenceValues references) {
		return DataEngine.plan(name, schema, constraints, new EngineOptions(1, references::open));
	}

	/** The references of the tasks: the broadcast's value, or none. */
	static ReferenceValues of(Broadcast<ReferenceValues> references) {
		return references == null ? ReferenceValues.NONE : references.value();
	}

	/** Broadcasts the references when there are any (null when none: nothing to ship). */
	static Broadcast<ReferenceValues> broadcast(SparkSession spark, ReferenceValues references) {
		return references.isEmpty() ? null
				: JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(references);
	}
}
