package org.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.trace.ProjectTrace;

/**
 * The project trace for the commands that read one (report, score, the exports): one message for a path that is not a
 * folder and one for a model that does not load, each starting with the command's name, and exit code 2 for both.
 */
public final class ProjectTraces {

	private ProjectTraces() {
	}

	/** The trace of {@code project}, or null after saying on {@code err} why not ({@code assay COMMAND: …}). */
	public static ProjectTrace load(Path project, String command, PrintWriter err) {
		if (!Files.isDirectory(project)) {
			err.println("assay " + command + ": " + project + " is not a folder: name the folder of an Assay project");
			return null;
		}
		try {
			return ProjectTrace.load(project);
		} catch (IOException e) {
			err.println("assay " + command + ": " + e.getMessage());
			return null;
		}
	}
}
