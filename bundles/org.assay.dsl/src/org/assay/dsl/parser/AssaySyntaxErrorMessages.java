package org.assay.dsl.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.dsl.VisibleText;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in Assay's words. ANTLR's messages ("mismatched input 'x' expecting RULE_ID", "no viable alternative
 * at input …", "ValueConverter returned null for primitive feature …") are rephrased as what was found, what the
 * language expects there and how to fix it; characters that cannot be seen (NUL, bidi controls, lone surrogates) are
 * shown as {@code U+XXXX}. The issue codes stay Xtext's, so quick fixes and tests keyed on them still apply.
 */
public class AssaySyntaxErrorMessages extends SyntaxErrorMessageProvider {

	/** What ANTLR's "missing EOF at 'x'" becomes, in two parts around the word. */
	private static final String AFTER_LAST_ELEMENT = "Unexpected ";
	private static final String AFTER_LAST_ELEMENT_END = " where a new element must start";

	private static final Map<String, String> TOKENS = Map.of("RULE_ID", "a name", "RULE_INT", "a whole number",
			"RULE_STRING", "a text in double quotes", "EOF", "the end of the file", "RULE_ML_COMMENT", "a comment",
			"RULE_SL_COMMENT", "a comment", "RULE_WS", "a space");

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern MISSING_EOF = Pattern.compile("missing EOF at '(.*)'", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);
	private static final Pattern BAD_CHARACTER = Pattern.compile("(?:no viable alternative at|mismatched) character '(.*?)'.*",
			Pattern.DOTALL);
	private static final Pattern EMPTY_LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at "
			+ "(?:input|character) '(.*)'", Pattern.DOTALL);
	private static final Pattern NULL_VALUE = Pattern.compile("ValueConverter returned null for primitive feature (\\w+)");
	private static final Pattern INT_VALUE = Pattern.compile("(?:Couldn't convert (?:'(.*)'|empty string) to an int value\\.?"
			+ "|For input string: \"(.*)\".*)", Pattern.DOTALL);

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(rephrase(message.getMessage()), message.getIssueCode(), message.getIssueData());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(rephrase(message.getMessage()), message.getIssueCode(), message.getIssueData());
	}

	/** Assay's wording of a parser or converter message; a message already in Assay's words is kept as it is. */
	static String rephrase(String message) {
		if (message == null) {
			return "The text cannot be read here; compare it with the examples in the README.";
		}
		Matcher m;
		if ((m = MISMATCHED.matcher(message)).matches()) {
			return found(m.group(1)) + "; expected " + expected(m.group(2)) + " here.";
		}
		if ((m = EXTRANEOUS.matcher(message)).matches()) {
			return found(m.group(1)) + "; expected " + expected(m.group(2)) + " here. Remove it or complete what comes "
					+ "before it.";
		}
		if ((m = MISSING_EOF.matcher(message)).matches()) {
			return AFTER_LAST_ELEMENT + "'" + visible(m.group(1)) + "'" + AFTER_LAST_ELEMENT_END
					+ ": an element starts with a keyword such as dataset, pipeline, requirement or suite.";
		}
		if ((m = MISSING.matcher(message)).matches()) {
			return "Missing " + expected(m.group(1)) + " before '" + visible(m.group(2)) + "'.";
		}
		if ((m = NO_VIABLE.matcher(message)).matches()) {
			return found(m.group(1)) + ": it cannot continue the statement here. Check the spelling and the order of "
					+ "the words against the examples in the README.";
		}
		if ((m = BAD_CHARACTER.matcher(message)).matches()) {
			return "The character '" + visible(m.group(1)) + "' cannot appear here, outside a text in double quotes or "
					+ "a comment. Remove it.";
		}
		if ((m = EMPTY_LOOP.matcher(message)).matches()) {
			return "At least one more item is needed before '" + visible(m.group(1)) + "'.";
		}
		if ((m = NULL_VALUE.matcher(message)).matches()) {
			return "A value for '" + m.group(1) + "' is missing here; write it in digits, for example 3.";
		}
		if ((m = INT_VALUE.matcher(message)).matches()) {
			String number = m.group(1) != null ? m.group(1) : m.group(2);
			return (number == null ? "A whole number is missing here" : "'" + visible(number)
					+ "' is not a whole number Assay can use") + "; write digits, at most 2147483647.";
		}
		return visible(message);
	}

	/**
	 * Whether a message says that the parser stopped where a top-level element must start (ANTLR's "missing EOF"),
	 * the cue for {@link TopLevelRecovery}; either wording is recognized.
	 */
	static boolean isAfterLastElement(String message) {
		return message.startsWith("missing EOF at")
				|| message.startsWith(AFTER_LAST_ELEMENT) && message.contains(AFTER_LAST_ELEMENT_END);
	}

	private static String found(String input) {
		return "<EOF>".equals(input) ? "The file ends too early" : "Unexpected '" + visible(input) + "'";
	}

	/** ANTLR's token names ({@code RULE_ID}, {@code '}'}) as words; sets as "one of …". */
	private static String expected(String tokens) {
		String text = tokens.strip();
		for (Map.Entry<String, String> token : TOKENS.entrySet()) {
			text = text.replace(token.getKey(), token.getValue());
		}
		if (text.startsWith("set ") || text.contains("{")) {
			return "another word";
		}
		return visible(text);
	}

	private static String visible(String text) {
		return VisibleText.of(text);
	}
}
