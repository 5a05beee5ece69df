package org.assay.maven;

import java.io.File;
import java.io.IOException;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.assay.dsl.headless.ValidationFindings;
import org.assay.generator.ProjectGenerator;
import org.assay.runtime.ci.SarifLog;
import org.assay.runtime.results.AtomicFiles;

/** Validation and source roots shared by the goals. */
abstract class AbstractAssayMojo extends AbstractMojo {

	/** The folder whose .assay files are the project's models, by {@link org.assay.dsl.headless.ProjectFiles}'s rule. */
	@Parameter(defaultValue = "${project.basedir}", property = "assay.models")
	File models;

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	/**
	 * Also write the validation's problems as a SARIF 2.1.0 log into this file (for code scanning; docs/ci-formats.md),
	 * whether or not there are errors. Not written when unset.
	 */
	@Parameter(property = "assay.sarif")
	File sarif;

	/** The folder the SARIF log's file locations are relative to: where Maven was started, usually the repository root. */
	@Parameter(property = "assay.sarifSrcroot", defaultValue = "${session.executionRootDirectory}")
	File sarifSrcroot;

	@Parameter(defaultValue = "${plugin.version}", readonly = true)
	String pluginVersion;

	/** Validates and generates in memory; fails the build on validation errors, logging each located. */
	ProjectGenerator.Outcome generate() throws MojoFailureException, MojoExecutionException {
		ProjectGenerator.Outcome outcome = ProjectGenerator.validateAndGenerate(models.toPath(), project.getBasedir().toPath());
		if (sarif != null) {
			try {
				AtomicFiles.write(sarif.toPath(), SarifLog.write(pluginVersion, ValidationFindings.rules(), outcome.findings(),
						(sarifSrcroot != null ? sarifSrcroot : project.getBasedir()).toPath()));
				getLog().info("Assay: SARIF log written to " + sarif);
			} catch (IOException e) {
				throw new MojoExecutionException("cannot write the SARIF log " + sarif + ": " + e.getMessage(), e);
			}
		}
		for (String diagnostic : outcome.diagnostics()) {
			if (diagnostic.contains(": error: ")) {
				getLog().error(diagnostic);
			} else {
				getLog().warn(diagnostic);
			}
		}
		if (outcome.result() == null) {
			throw new MojoFailureException(outcome.errors() + " error(s) in the Assay models; nothing generated");
		}
		outcome.result().notes().forEach(note -> getLog().info(note));
		return outcome;
	}

	/** Adds src/generated/java and src/generated/test/java to the build, so the project needs no other plugin. */
	void addSourceRoots() {
		project.addCompileSourceRoot(new File(project.getBasedir(), "src/generated/java").getPath());
		project.addTestCompileSourceRoot(new File(project.getBasedir(), "src/generated/test/java").getPath());
	}
}
