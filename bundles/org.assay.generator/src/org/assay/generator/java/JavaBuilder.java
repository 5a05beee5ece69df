package org.assay.generator.java;

/** An indentation-aware text builder for generated Java (tabs, '\n' line ends, no trailing whitespace). */
public final class JavaBuilder {

	private final StringBuilder text = new StringBuilder();
	private int indent;

	public JavaBuilder line(String line) {
		if (!line.isEmpty()) {
			text.append("\t".repeat(indent)).append(line);
		}
		text.append('\n');
		return this;
	}

	public JavaBuilder line() {
		return line("");
	}

	/** Appends a line and indents what follows (for lines ending with '{'). */
	public JavaBuilder open(String line) {
		line(line);
		indent++;
		return this;
	}

	/** Outdents and appends a line (for '}'). */
	public JavaBuilder close(String line) {
		indent--;
		return line(line);
	}

	/**
	 * Import lines for the given types, in order: {@code ""} for a blank line between groups, {@code null} for a type
	 * the file does not need.
	 */
	public JavaBuilder imports(String... types) {
		for (String type : types) {
			if (type != null) {
				line(type.isEmpty() ? "" : "import " + type + ";");
			}
		}
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
