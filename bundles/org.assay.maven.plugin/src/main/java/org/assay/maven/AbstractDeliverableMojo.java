package org.assay.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.assay.runtime.results.AtomicFiles;
import org.assay.trace.ProjectTrace;

/**
 * The goals that write a deliverable derived from the models and the last recorded run ({@code safety-case},
 * {@code score}): the project's trace as the command line loads it, files written atomically, and a build that fails
 * after writing when the models have validation errors (the command line's exit code 1).
 */
abstract class AbstractDeliverableMojo extends AbstractMojo {

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	/** Skip this goal. */
	@Parameter(property = "assay.skipDeliverables", defaultValue = "false")
	boolean skip;

	/** The project's models and the runs in {@code target/assay/runs.jsonl}, whoever recorded them. */
	ProjectTrace trace() throws MojoExecutionException {
		try {
			return ProjectTrace.load(project.getBasedir().toPath());
		} catch (IOException e) {
			throw new MojoExecutionException("cannot read the Assay project " + project.getBasedir() + ": " + e.getMessage(), e);
		}
	}

	void write(File file, String content) throws MojoExecutionException {
		try {
			AtomicFiles.write(file.toPath(), content.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/** Fails the build (after the files were written) when the models have validation errors. */
	void failOnErrors(ProjectTrace trace, String what) throws MojoFailureException {
		if (trace.errors() > 0) {
			throw new MojoFailureException("Assay: " + what + " written, but the models have " + trace.errors()
					+ " validation error(s): run 'mvn assay:check' or './assay validate " + project.getBasedir() + "'");
		}
	}
}
