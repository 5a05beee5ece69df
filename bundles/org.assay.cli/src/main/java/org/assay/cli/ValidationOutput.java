package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.dsl.headless.ValidationFindings;
import org.assay.runtime.ci.SarifLog;
import org.assay.runtime.results.AtomicFiles;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;

/**
 * Where and how {@code assay validate} writes its problems: text lines or a SARIF log, on standard output or into a
 * file. The summary line is printed only where it cannot corrupt the output (not in a SARIF log on standard output).
 */
final class ValidationOutput {

	/** The output formats of {@code assay validate}. */
	enum Format {
		text, sarif
	}

	private final Format format;
	private final Path file;
	private final Path srcroot;
	private final boolean quiet;

	ValidationOutput(Format format, Path file, Path srcroot, boolean quiet) {
		this.format = format;
		this.file = file;
		this.srcroot = srcroot;
		this.quiet = quiet;
	}

	/** Writes the problems; returns their counts. */
	Diagnostics write(Map<Resource, List<Issue>> results, PrintWriter out) throws IOException {
		Diagnostics diagnostics = new Diagnostics();
		if (format == Format.text && file == null) {
			diagnostics.print(results, out, quiet);
			return diagnostics;
		}
		byte[] content;
		if (format == Format.sarif) {
			diagnostics.print(results, new PrintWriter(new StringWriter()), quiet); // counts only
			content = SarifLog.write(org.assay.cli.init.ProjectInit.version(), ValidationFindings.rules(), ValidationFindings.of(results),
					srcroot);
		} else {
			StringWriter text = new StringWriter();
			try (PrintWriter lines = new PrintWriter(text)) {
				diagnostics.print(results, lines, quiet);
			}
			content = text.toString().getBytes(StandardCharsets.UTF_8);
		}
		if (file == null) {
			out.print(new String(content, StandardCharsets.UTF_8));
			out.flush();
		} else {
			AtomicFiles.write(file, content);
		}
		return diagnostics;
	}

	/** Whether the summary line may go to standard output. */
	boolean summaryOnStdout() {
		return format == Format.text || file != null;
	}
}
