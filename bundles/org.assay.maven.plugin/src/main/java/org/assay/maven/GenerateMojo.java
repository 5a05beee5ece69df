package org.assay.maven;

import java.io.IOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.assay.generator.ProjectGenerator;
import org.assay.generator.files.GeneratedFiles;

/**
 * Generates the project's pipelines and suites (hand-written subclasses are created once, never overwritten) and
 * removes the generated files of elements that no longer exist.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractAssayMojo {

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		ProjectGenerator.Outcome outcome = generate();
		try {
			GeneratedFiles.Report report = ProjectGenerator.write(project.getBasedir().toPath(), outcome);
			report.removed().forEach(file -> getLog().info("Assay: removed " + file
					+ " (generated for a model element that no longer exists)"));
			report.orphaned().forEach(orphan -> getLog().warn("orphaned " + orphan.message()));
			getLog().info("Assay: " + report.written().size() + " file(s) written, " + report.unchanged().size()
					+ " unchanged, " + report.kept().size() + " hand-written kept, " + report.removed().size() + " removed");
		} catch (IOException e) {
			throw new MojoExecutionException("cannot write the generated code: " + e.getMessage(), e);
		}
		addSourceRoots();
	}
}
