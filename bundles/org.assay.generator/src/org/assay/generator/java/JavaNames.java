package org.assay.generator.java;

import java.util.Set;

/** Java identifiers and package names from model names: always legal, never a keyword, deterministic. */
public final class JavaNames {

	private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
			"char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
			"float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
			"package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
			"synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null",
			"var", "yield", "record", "sealed", "permits", "non-sealed", "when", "module", "open", "exports", "requires", "_");

	private JavaNames() {
	}

	/** A legal identifier: illegal characters become '_', a leading digit or a keyword gets a '_' suffix or prefix. */
	public static String identifier(String name) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean legal = i == 0 ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c);
			out.append(legal && c < 0x80 ? c : '_');
		}
		if (out.isEmpty() || Character.isDigit(out.charAt(0))) {
			out.insert(0, '_');
		}
		String result = out.toString();
		return RESERVED.contains(result) ? result + "_" : result;
	}

	/** An upper-camel type name, e.g. {@code ScoringQA} → {@code ScoringQA}, {@code my_suite} → {@code MySuite}. */
	public static String typeName(String name) {
		StringBuilder out = new StringBuilder();
		boolean upper = true;
		for (char c : name.toCharArray()) {
			if (c == '_' || c == '-' || c == ' ' || c == '.') {
				upper = true;
			} else if (upper) {
				out.append(Character.toUpperCase(c));
				upper = false;
			} else {
				out.append(c);
			}
		}
		return identifier(out.toString());
	}

	/** A lower-camel member name. */
	public static String memberName(String name) {
		String type = typeName(name);
		return identifier(Character.toLowerCase(type.charAt(0)) + type.substring(1));
	}

	/** A package from a namespace ({@code credit.scoring}), or the fallback when there is none. */
	public static String packageName(String namespace, String fallback) {
		if (namespace == null || namespace.isBlank()) {
			return fallback;
		}
		StringBuilder out = new StringBuilder();
		for (String segment : namespace.split("\\.")) {
			if (!out.isEmpty()) {
				out.append('.');
			}
			out.append(identifier(segment.toLowerCase(java.util.Locale.ROOT)));
		}
		return out.toString();
	}
}
