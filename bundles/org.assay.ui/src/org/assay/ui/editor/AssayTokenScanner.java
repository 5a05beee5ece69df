package org.assay.ui.editor;

import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.assay.ui.AssayUi;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Colours code with the language's own lexer (generated from the grammar, so the editor never disagrees with the
 * parser on what is a keyword): keywords bold purple, numbers blue; only the requested range is lexed.
 */
public class AssayTokenScanner implements ITokenScanner {

	static final Color KEYWORD = new Color(Display.getDefault(), 127, 0, 85);
	static final Color NUMBER = new Color(Display.getDefault(), 21, 101, 192);
	static final Color COMMENT = new Color(Display.getDefault(), 63, 127, 95);
	static final Color STRING = new Color(Display.getDefault(), 42, 0, 255);

	public static final IToken KEYWORD_TOKEN = new Token(new TextAttribute(KEYWORD, null, SWT.BOLD));
	private static final IToken NUMBER_TOKEN = new Token(new TextAttribute(NUMBER));
	private static final IToken DEFAULT_TOKEN = new Token(null);

	private final Map<Integer, String> tokenNames = AssayUi.injector().getInstance(ITokenDefProvider.class).getTokenDefMap();
	private Lexer lexer;
	private int base;
	private CommonToken current;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		base = offset;
		try {
			lexer = AssayUi.injector().getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
			lexer.setCharStream(new ANTLRStringStream(document.get(offset, length)));
		} catch (BadLocationException e) {
			lexer = null;
		}
	}

	@Override
	public IToken nextToken() {
		if (lexer == null) {
			return Token.EOF;
		}
		current = (CommonToken) lexer.nextToken();
		if (current == null || current.getType() == org.antlr.runtime.Token.EOF) {
			return Token.EOF;
		}
		String name = tokenNames.getOrDefault(current.getType(), "");
		if (name.startsWith("'") && name.length() > 2 && Character.isLetter(name.charAt(1))) {
			return KEYWORD_TOKEN;
		}
		if (name.equals("RULE_INT")) {
			return NUMBER_TOKEN;
		}
		return DEFAULT_TOKEN;
	}

	@Override
	public int getTokenOffset() {
		return base + current.getStartIndex();
	}

	@Override
	public int getTokenLength() {
		return current.getStopIndex() - current.getStartIndex() + 1;
	}
}
