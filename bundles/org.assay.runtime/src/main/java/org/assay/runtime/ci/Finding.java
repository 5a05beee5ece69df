package org.assay.runtime.ci;

import java.nio.file.Path;

/**
 * One validation problem as CI formats report it: which rule, how bad, what, where in which file, and on which model
 * element (the element is what {@link SarifLog}'s fingerprints are made of, so that moving text does not change them).
 *
 * @param rule the rule's id: the issue code without its prefix, e.g. {@code thresholdOutOfRange}
 * @param level how bad it is
 * @param message what is wrong and how to fix it, in Assay's words
 * @param file the file, absolute
 * @param region where in the file; null when the problem concerns the whole file
 * @param element the qualified name of the model element the problem is on (with the path below it when the problem is
 *        on a nameless part of it, e.g. {@code shop.Orders/@steps.1}); null when there is none (a syntax error)
 */
public record Finding(String rule, Level level, String message, Path file, Region region, String element) {

	/** How bad a finding is; SARIF's levels. */
	public enum Level {
		ERROR, WARNING, NOTE;

		/** The level as SARIF writes it. */
		public String sarif() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * Where in a file, 1-based; the end column is the column just after the last character (SARIF's convention).
	 *
	 * @param offset the offset of the first character, 0-based; -1 when not known
	 * @param length the number of characters
	 */
	public record Region(int startLine, int startColumn, int endLine, int endColumn, int offset, int length) {
	}

	public Finding {
		file = file.toAbsolutePath().normalize();
	}
}
