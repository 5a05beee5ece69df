package org.assay.dsl.semantics;

/**
 * Why an element cannot be generated as runnable code, as validation reports it and the generator repeats it: the
 * issue code, the message (what, why, how to fix) and whether it is an error (the model asks for something that has
 * no meaning, such as a fairness test of a regressor) or a warning (Assay does not generate it yet; the element is
 * skipped or its test disabled with this message).
 */
public record Limit(String code, String message, boolean error) {

	public static Limit error(String code, String message) {
		return new Limit(code, message, true);
	}

	public static Limit warning(String code, String message) {
		return new Limit(code, message, false);
	}
}
