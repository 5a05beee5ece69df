package org.assay.dsl.parser;

import java.util.List;

import org.assay.dsl.ClosestName;
import org.assay.dsl.validation.IssueCodes;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.IParseResult;

/**
 * Recovery from an unknown word where a top-level element must start. The parser then stops with "missing EOF";
 * this class finds that point and blanks the statement up to the next top-level keyword, so that the rest of the
 * file is parsed, linked and validated.
 */
final class TopLevelRecovery {

	/** Keywords that start a top-level statement. */
	static final List<String> KEYWORDS = List.of("catalogue", "dataset", "hazard", "import", "monitor", "namespace",
			"pipeline", "project", "requirement", "review", "suite");

	private TopLevelRecovery() {
	}

	/** The node where the parser gave up on the rest of the file, or null. */
	static INode stoppedAt(IParseResult result) {
		for (INode error : result.getSyntaxErrors()) {
			SyntaxErrorMessage message = error.getSyntaxErrorMessage();
			if (message != null && message.getMessage() != null && AssaySyntaxErrorMessages.isAfterLastElement(message.getMessage())) {
				return error;
			}
		}
		return null;
	}

	/** Blanks from {@code offset} to the next top-level keyword at bracket depth 0; null if nothing can be blanked. */
	static Violation blankStatement(StringBuilder text, int offset) {
		int length = text.length();
		int wordEnd = offset;
		while (wordEnd < length && isWordChar(text.charAt(wordEnd))) {
			wordEnd++;
		}
		String word = text.substring(offset, Math.max(wordEnd, Math.min(offset + 1, length)));
		int depth = 0;
		int i = Math.max(wordEnd, offset + 1);
		int end = length;
		while (i < length) {
			char c = text.charAt(i);
			int afterNonCode = SourceText.skipNonCode(text, i);
			if (afterNonCode >= 0) {
				i = afterNonCode;
				continue;
			}
			if (SourceText.isOpener(c)) {
				depth++;
			} else if (SourceText.isCloser(c) && depth > 0) {
				depth--;
			} else if (depth == 0 && isWordChar(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
				int start = i;
				while (i < length && isWordChar(text.charAt(i))) {
					i++;
				}
				if (KEYWORDS.contains(text.substring(start, i))) {
					end = start;
					break;
				}
				continue;
			}
			i++;
		}
		if (end <= offset) {
			return null;
		}
		for (int j = offset; j < end; j++) {
			char c = text.charAt(j);
			if (c != '\n' && c != '\r') {
				text.setCharAt(j, ' ');
			}
		}
		return new Violation(offset, Math.max(1, wordEnd - offset), IssueCodes.UNKNOWN_ELEMENT, "Unexpected '" + word
				+ "': a top-level element starts with one of " + String.join(", ", KEYWORDS) + suggestion(word)
				+ ". The text up to the next element was skipped.");
	}

	private static String suggestion(String word) {
		String best = ClosestName.of(word, KEYWORDS, 2);
		return best == null ? "" : " (did you mean '" + best + "'?)";
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '^';
	}
}
