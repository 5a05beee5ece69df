package org.assay.dsl.parser;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.assay.dsl.parser.antlr.internal.InternalAssayParser;
import org.assay.dsl.services.AssayGrammarAccess;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * The generated parser, recovering from an error inside a statement without taking a top-level keyword in the
 * middle of a line for the start of the next element: in {@code accept accuracy pipeline change >= 0.1} the word
 * {@code pipeline} is a mistake in the criterion, not a new pipeline, so recovery skips it (one error on that line)
 * instead of closing the requirement there and reporting a cascade of errors about an empty pipeline. A top-level
 * keyword that starts its line still ends the broken statement.
 */
final class StatementRecovery extends InternalAssayParser {

	StatementRecovery(XtextTokenStream input, AssayGrammarAccess grammarAccess) {
		super(input, grammarAccess);
	}

	@Override
	public void consumeUntil(IntStream input, BitSet set) {
		TokenStream tokens = (TokenStream) input;
		int type = tokens.LA(1);
		while (type != Token.EOF && (!set.member(type) || isMidLineTopLevelKeyword(tokens))) {
			tokens.consume();
			type = tokens.LA(1);
		}
	}

	private static boolean isMidLineTopLevelKeyword(TokenStream tokens) {
		Token next = tokens.LT(1);
		Token previous = tokens.LT(-1);
		return next != null && previous != null && TopLevelRecovery.KEYWORDS.contains(next.getText())
				&& previous.getLine() == next.getLine();
	}
}
