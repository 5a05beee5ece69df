package org.assay.dsl.parser;

import org.assay.dsl.validation.IssueCodes;

/** A region of the input that the robust parser blanked, with the error to report for it. */
public record Violation(int offset, int length, String code, String message) {

	static Violation nesting(int offset, int length) {
		return new Violation(offset, Math.max(1, length), IssueCodes.NESTING_TOO_DEEP, "Brackets are nested deeper than "
				+ NestingGuard.MAX_DEPTH + " levels here; the nested part was not parsed. Flatten the expression, for "
				+ "example by naming sub-conditions as separate slices.");
	}
}
