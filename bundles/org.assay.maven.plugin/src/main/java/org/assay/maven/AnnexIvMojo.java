package org.assay.maven;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.assay.trace.ProjectTrace;
import org.assay.trace.annex.AnnexBundle;
import org.assay.trace.annex.AnnexDocument;
import org.assay.trace.annex.AnnexIvBuilder;

/**
 * Writes the project's EU AI Act technical documentation (Annex IV) and instructions-for-use summary (Art. 13(3)) from
 * its models and the runs in {@code target/assay/runs.jsonl}: the same bundle as {@code assay export annex-iv}
 * (annex-iv.html, annex-iv.json, instructions-for-use.html, manifest.sha256; docs/annex-iv.md). Bound to verify, after
 * the suites recorded their evidence. The gaps are logged; they do not fail the build.
 */
@Mojo(name = "annex-iv", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class AnnexIvMojo extends AbstractMojo {

	/** The folder the bundle is written into. */
	@Parameter(property = "assay.annexIv", defaultValue = "${project.build.directory}/assay/annex-iv")
	File annexIv;

	/**
	 * The export's timestamp (the JSON's {@code generated}): an instant or seconds since 1970. Default: the project's
	 * {@code project.build.outputTimestamp} (reproducible builds), else {@code SOURCE_DATE_EPOCH}, else now.
	 */
	@Parameter(property = "assay.annexIvTimestamp", defaultValue = "${project.build.outputTimestamp}")
	String timestamp;

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	@Override
	public void execute() throws MojoExecutionException {
		String generated;
		try {
			generated = AnnexBundle.timestamp(timestamp, System.getenv("SOURCE_DATE_EPOCH"));
		} catch (IllegalArgumentException e) {
			throw new MojoExecutionException("Assay: the annex-iv timestamp: " + e.getMessage(), e);
		}
		ProjectTrace trace;
		try {
			trace = ProjectTrace.load(project.getBasedir().toPath());
		} catch (IOException e) {
			throw new MojoExecutionException("Assay: cannot read the evidence of " + project.getBasedir() + ": "
					+ e.getMessage(), e);
		}
		AnnexDocument doc = AnnexIvBuilder.build(trace, generated);
		try {
			AnnexBundle.write(doc, annexIv.toPath());
		} catch (IOException e) {
			throw new MojoExecutionException("Assay: cannot write the Annex IV documentation into " + annexIv + ": "
					+ e.getMessage(), e);
		}
		Map<String, Integer> kinds = new TreeMap<>();
		doc.gaps().forEach(g -> kinds.merge(g.kind(), 1, Integer::sum));
		getLog().info("Assay: technical documentation (Annex IV) of " + doc.title() + " in " + annexIv + "; gaps: "
				+ (kinds.isEmpty() ? "none" : kinds));
		doc.gaps().stream().filter(g -> g.kind().equals("model"))
				.forEach(g -> getLog().warn("Assay: Annex IV " + g.point() + ": " + g.source() + ": " + g.message()));
	}
}
