package org.assay.maven;

import java.io.IOException;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.assay.generator.ProjectGenerator;
import org.assay.generator.files.GeneratedFiles;

/**
 * Fails the build when the checked-in generated code differs from what the models generate now (the models changed
 * and nobody regenerated, or someone edited generated code). Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class CheckMojo extends AbstractAssayMojo {

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		ProjectGenerator.Outcome outcome = generate();
		List<String> stale;
		try {
			stale = GeneratedFiles.stale(project.getBasedir().toPath(), outcome.result().files());
		} catch (IOException e) {
			throw new MojoExecutionException("cannot read the generated code: " + e.getMessage(), e);
		}
		if (!stale.isEmpty()) {
			stale.forEach(file -> getLog().error("stale generated file: " + file));
			throw new MojoFailureException(stale.size() + " generated file(s) are stale: regenerate with "
					+ "'mvn assay:generate' (or ./assay generate) and commit the result");
		}
		getLog().info("Assay: " + outcome.result().files().size() + " generated file(s) are current");
		addSourceRoots();
	}
}
