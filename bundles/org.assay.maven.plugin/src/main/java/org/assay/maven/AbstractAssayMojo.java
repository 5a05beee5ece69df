package org.assay.maven;

import java.io.File;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.assay.generator.ProjectGenerator;

/** Validation and source roots shared by the goals. */
abstract class AbstractAssayMojo extends AbstractMojo {

	/** The folder whose .assay files are the project's models, by {@link org.assay.dsl.headless.ProjectFiles}'s rule. */
	@Parameter(defaultValue = "${project.basedir}", property = "assay.models")
	File models;

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	/** Validates and generates in memory; fails the build on validation errors, logging each located. */
	ProjectGenerator.Outcome generate() throws MojoFailureException {
		ProjectGenerator.Outcome outcome = ProjectGenerator.validateAndGenerate(models.toPath(), project.getBasedir().toPath());
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
