package org.assay.runtime.spec;

/**
 * A pre-trained model a pipeline declares instead of training one:
 * {@code model Screening : classifier pretrained onnx "models/screening.onnx" sha256 "…"}. The path is relative to
 * the project; {@code sha256} is the recorded hash (null when none was recorded); {@code source} is the declaration's
 * {@code file:line}; {@code external} whether the model marks the path {@code external} (only then may it lie outside
 * the project).
 */
public record PretrainedSpec(String format, String path, String sha256, String source, boolean external) {

	/** A pre-trained model whose file lies inside the project. */
	public PretrainedSpec(String format, String path, String sha256, String source) {
		this(format, path, sha256, source, false);
	}

	public PretrainedSpec {
		if (!"onnx".equals(format)) {
			throw new IllegalArgumentException(source + ": pre-trained " + format + " models are not supported; use onnx");
		}
	}
}
