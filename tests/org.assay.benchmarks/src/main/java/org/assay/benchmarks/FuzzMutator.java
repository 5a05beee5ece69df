package org.assay.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grammar-aware mutations of .assay texts for the fuzz benchmark. Every mutation is a pure function of the input
 * texts and a random generator, so one seed and input number always give the same text.
 */
final class FuzzMutator {

	/** One mutated input: the corpus file it came from, its text and what was done to it. */
	record Mutant(int source, String text, List<String> steps) {
	}

	private static final String[] PUNCTUATION = { "{", "}", "(", ")", "[", "]", ",", ".", "..", ":", "%", "*", "\"",
			"\"unterminated", "//", "/*", "*/", "<", "<=", ">", ">=", "=", "!=", "-", "+", "'", "\\", ";", "#" };

	private static final String[] EXTREME_NUMBERS = { "0", "-0", "-1", "1e308", "1E-400", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "99999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "0.0000000000000000000001", "1.", ".5", "00", "007", "1e", "NaN", "Infinity", "100 %", "1000 %", "-5 %", "0 %" };

	/** Characters that break naive text handling: NUL, bidi controls, lone surrogates, combining marks, BOM, emoji. */
	private static final String[] ODD_UNICODE = { "\u0000", "\u202E", "\u200F", "\u200E", "\u2066", "\uD800", "\uDC00",
			"\u0301", "e\u0301", "\uFEFF", "\u200B", "\u200D", "\uD83D\uDE00", "\u00A0", "\r", "\t", "\u000B", "\u2028",
			"\u0085", "\uFFFD", "\uFFFF", "\u0130", "\u00DF" };

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final List<String> corpus;
	private final List<String> keywords;

	FuzzMutator(List<String> corpus, List<String> keywords) {
		this.corpus = corpus;
		this.keywords = keywords;
	}

	int keywordCount() {
		return keywords.size();
	}

	/** The {@code index}-th input of a run with the given seed: 1 to 4 mutations of one corpus file. */
	Mutant mutant(long seed, long index) {
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
		int source = random.nextInt(corpus.size());
		StringBuilder text = new StringBuilder(corpus.get(source));
		List<String> steps = new ArrayList<>();
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			steps.add(mutate(text, random));
		}
		return new Mutant(source, text.toString(), steps);
	}

	private String mutate(StringBuilder text, SplittableRandom random) {
		int kind = random.nextInt(12);
		int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
		switch (kind) {
		case 0 -> {
			int end = Math.min(text.length(), at + 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
			text.delete(at, end);
			return "delete " + at + ".." + end;
		}
		case 1 -> {
			int end = Math.min(text.length(), at + 1 + random.nextInt(300));
			String span = text.substring(at, end);
			text.insert(random.nextInt(text.length() + 1), span);
			return "duplicate " + at + ".." + end;
		}
		case 2, 3 -> {
			String keyword = keywords.get(random.nextInt(keywords.size()));
			text.insert(at, (random.nextBoolean() ? " " : "") + keyword + " ");
			return "keyword '" + keyword + "' at " + at;
		}
		case 4 -> {
			String p = PUNCTUATION[random.nextInt(PUNCTUATION.length)];
			text.insert(at, p);
			return "punctuation '" + p + "' at " + at;
		}
		case 5 -> {
			return replaceMatch(text, random, NUMBER, EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)], "number");
		}
		case 6 -> {
			List<String> lines = new ArrayList<>(List.of(text.toString().split("\n", -1)));
			int a = random.nextInt(lines.size());
			int b = random.nextInt(lines.size());
			String line = lines.get(a);
			lines.set(a, lines.get(b));
			lines.set(b, line);
			text.setLength(0);
			text.append(String.join("\n", lines));
			return "swap lines " + (a + 1) + " and " + (b + 1);
		}
		case 7 -> {
			String[] other = corpus.get(random.nextInt(corpus.size())).split("\n", -1);
			int from = random.nextInt(other.length);
			int to = Math.min(other.length, from + 1 + random.nextInt(12));
			String splice = String.join("\n", java.util.Arrays.asList(other).subList(from, to)) + "\n";
			int lineStart = text.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
			text.insert(lineStart, splice);
			return "splice " + (to - from) + " lines at " + lineStart;
		}
		case 8 -> {
			int keep = random.nextInt(text.length() + 1);
			text.setLength(keep);
			return "truncate at " + keep;
		}
		case 9 -> {
			String odd = ODD_UNICODE[random.nextInt(ODD_UNICODE.length)];
			text.insert(at, odd);
			return "unicode U+" + Integer.toHexString(odd.charAt(0)) + " at " + at;
		}
		case 10 -> {
			// a name replaced by another name of the file (wrong kind) or misspelt (a linking error)
			List<int[]> names = matches(text, IDENTIFIER);
			if (names.isEmpty()) {
				return "no name to replace";
			}
			int[] target = names.get(random.nextInt(names.size()));
			String replacement;
			if (random.nextBoolean()) {
				int[] other = names.get(random.nextInt(names.size()));
				replacement = text.substring(other[0], other[1]);
			} else {
				StringBuilder name = new StringBuilder(text.substring(target[0], target[1]));
				int i = random.nextInt(name.length());
				name.setCharAt(i, (char) ('a' + random.nextInt(26)));
				replacement = name.toString();
			}
			text.replace(target[0], target[1], replacement);
			return "name at " + target[0] + " -> " + replacement;
		}
		default -> {
			// a whole element or statement removed: from a line start to a later closing brace
			int lineStart = text.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
			int close = text.indexOf("}", lineStart);
			int end = close < 0 ? text.length() : close + 1;
			text.delete(lineStart, end);
			return "delete block " + lineStart + ".." + end;
		}
		}
	}

	private static String replaceMatch(StringBuilder text, SplittableRandom random, Pattern pattern, String replacement,
			String what) {
		List<int[]> found = matches(text, pattern);
		if (found.isEmpty()) {
			text.insert(random.nextInt(text.length() + 1), replacement);
			return what + " '" + replacement + "' inserted";
		}
		int[] target = found.get(random.nextInt(found.size()));
		text.replace(target[0], target[1], replacement);
		return what + " at " + target[0] + " -> '" + replacement + "'";
	}

	private static List<int[]> matches(CharSequence text, Pattern pattern) {
		List<int[]> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(new int[] { matcher.start(), matcher.end() });
		}
		return found;
	}
}
