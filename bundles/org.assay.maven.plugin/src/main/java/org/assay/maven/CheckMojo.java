package org.assay.maven;

import java.io.IOException;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.assay.generator.ProjectGenerator;
import org.assay.generator.files.GeneratedFiles;
import org.assay.generator.files.Ownership;

/**
 * Fails the build when the checked-in generated code differs from what the models generate now (the models changed
 * and nobody regenerated, or someone edited generated code), or when files are left over from a renamed or deleted
 * suite, pipeline, monitor or namespace (orphaned). Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class CheckMojo extends AbstractAssayMojo {

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		ProjectGenerator.Outcome outcome = generate();
		List<String> stale;
		Ownership.Orphans orphans;
		try {
			stale = GeneratedFiles.stale(project.getBasedir().toPath(), outcome.result().files());
			orphans = Ownership.orphans(project.getBasedir().toPath(), outcome.result().files());
		} catch (IOException e) {
			throw new MojoExecutionException("cannot read the generated code: " + e.getMessage(), e);
		}
		stale.forEach(file -> getLog().error("stale generated file: " + file));
		orphans.generated().forEach(file -> getLog().error("orphaned generated file: " + file
				+ " (generated for a model element that no longer exists)"));
		orphans.handWritten().forEach(orphan -> getLog().error("orphaned " + orphan.message()));
		if (!stale.isEmpty() || !orphans.isEmpty()) {
			throw new MojoFailureException(stale.size() + " generated file(s) are stale, " + orphans.generated().size()
					+ " orphaned, and " + orphans.handWritten().size() + " hand-written file(s) orphaned: regenerate with "
					+ "'mvn assay:generate' (or ./assay generate), which removes orphaned generated files, move or delete "
					+ "the orphaned hand-written ones, and commit the result");
		}
		getLog().info("Assay: " + outcome.result().files().size() + " generated file(s) are current");
		addSourceRoots();
	}
}
