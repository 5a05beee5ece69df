package org.assay.dsl.parser;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.assay.dsl.parser.antlr.AssayParser;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * The generated Assay parser made robust against two kinds of bad input that would otherwise lose the rest of a file:
 * <ul>
 * <li>brackets nested deeper than {@link NestingGuard#MAX_DEPTH} (which would overflow the stack) are blanked before
 * parsing;</li>
 * <li>an unknown word where a top-level element must start (a misspelt keyword) stops a recursive-descent parser for
 * the rest of the file; {@link TopLevelRecovery} blanks the text up to the next element and parses again;</li>
 * <li>a top-level keyword written by mistake inside a statement does not end it ({@link StatementRecovery}).</li>
 * </ul>
 * Blanking keeps offsets and line numbers; each blanked region becomes a located diagnostic of the resource.
 */
public class RobustAssayParser extends AssayParser {

	/** How many unknown top-level statements are skipped before the parser gives up on the rest. */
	private static final int MAX_RECOVERIES = 50;

	/** A parse result whose input needed blanking, with one {@link Violation} per blanked region. */
	public static final class GuardedParseResult extends ParseResult {
		private final List<Violation> violations;
		private final String originalText;

		GuardedParseResult(IParseResult delegate, List<Violation> violations, String originalText) {
			super(delegate.getRootASTElement(), delegate.getRootNode(), true);
			this.violations = List.copyOf(violations);
			this.originalText = originalText;
		}

		/** The text as written (the node model holds the text with the blanked regions). */
		public String getOriginalText() {
			return originalText;
		}

		public List<Violation> getViolations() {
			return violations;
		}
	}

	@Override
	protected org.assay.dsl.parser.antlr.internal.InternalAssayParser createParser(
			org.eclipse.xtext.parser.antlr.XtextTokenStream stream) {
		return new StatementRecovery(stream, getGrammarAccess());
	}

	@Override
	public IParseResult doParse(Reader reader) {
		String original = read(reader);
		List<Violation> violations = new ArrayList<>();
		NestingGuard.Result nesting = NestingGuard.check(original);
		StringBuilder text = new StringBuilder(nesting.text());
		if (nesting.violated()) {
			violations.add(Violation.nesting(nesting.violationOffset(), nesting.violationLength()));
		}
		IParseResult result = super.doParse(new StringReader(text.toString()));
		for (int i = 0; i < MAX_RECOVERIES; i++) {
			INode stop = TopLevelRecovery.stoppedAt(result);
			if (stop == null) {
				break;
			}
			Violation skipped = TopLevelRecovery.blankStatement(text, stop.getOffset());
			if (skipped == null) {
				break;
			}
			violations.add(skipped);
			result = super.doParse(new StringReader(text.toString()));
		}
		return violations.isEmpty() ? result : new GuardedParseResult(result, violations, original);
	}

	@Override
	protected IParseResult doReparse(IParseResult previous, ReplaceRegion change) {
		if (previous instanceof GuardedParseResult) {
			return doParse(newText(previous, change));
		}
		IParseResult result = super.doReparse(previous, change);
		if (TopLevelRecovery.stoppedAt(result) != null || NestingGuard.check(result.getRootNode().getText()).violated()) {
			return doParse(result.getRootNode().getText());
		}
		return result;
	}

	private String newText(IParseResult previous, ReplaceRegion change) {
		// edits apply to the text as written, not to the blanked text the node model holds
		StringBuilder text = new StringBuilder(previous instanceof GuardedParseResult guarded ? guarded.getOriginalText()
				: previous.getRootNode().getText());
		change.applyTo(text);
		return text.toString();
	}

	private static String read(Reader reader) {
		try {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			for (int n; (n = reader.read(buffer)) >= 0;) {
				text.append(buffer, 0, n);
			}
			return text.toString();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
