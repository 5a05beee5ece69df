package org.assay.runtime.spark.eval;

import java.io.Serializable;

/**
 * Where executors find a trained pipeline: the class of the generated pipeline (its concrete, user-editable subclass,
 * e.g. {@code germancredit.ScoringPipeline}, on the job's class path) and the folder its run saved the model in
 * ({@code target/assay/models/<pipeline>}): a path every executor can read (a local path in local mode, a shared
 * mount on a cluster), or {@code classpath:PREFIX} for model files packed into the job jar under {@code PREFIX/}.
 */
public record ModelSource(String pipelineClass, String modelFolder) implements Serializable {

	/** The prefix of a model folder packed into the job's jar. */
	public static final String CLASSPATH = "classpath:";

	public ModelSource {
		if (pipelineClass == null || pipelineClass.isBlank()) {
			throw new IllegalArgumentException("name the generated pipeline class whose model to load");
		}
		if (modelFolder == null || modelFolder.isBlank()) {
			throw new IllegalArgumentException("name the folder the pipeline saved its model in");
		}
	}
}
