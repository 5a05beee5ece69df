package org.assay.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.assay.runtime.ci.JUnitXml;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.Run;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Verdict;

/**
 * Writes the verdicts of this build's Assay run (the last run in {@code target/assay/runs.jsonl}, recorded by the
 * generated suites while Surefire ran them) as JUnit XML, one {@code TEST-<suite>.xml} per suite, the same files as
 * {@code assay run --junit-xml}; then fails the build when the quality gate failed (a FAIL or INCONCLUSIVE verdict)
 * or a test had an ERROR or NO_DATA verdict. See docs/ci-formats.md.
 */
@Mojo(name = "junit-xml", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class JUnitXmlMojo extends AbstractMojo {

	/** The folder the JUnit XML files are written into. */
	@Parameter(property = "assay.junitXml", defaultValue = "${project.build.directory}/assay-junit")
	File junitXml;

	/** Fail the build when a verdict is FAIL, INCONCLUSIVE, ERROR or NO_DATA (after writing the files). */
	@Parameter(property = "assay.failOnVerdicts", defaultValue = "true")
	boolean failOnVerdicts;

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	@Parameter(defaultValue = "${session}", readonly = true, required = true)
	MavenSession session;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		Path results = project.getBasedir().toPath().resolve(RunsFile.PATH);
		Run run;
		try {
			run = Run.last(RunsFile.read(results));
		} catch (IOException e) {
			throw new MojoExecutionException("cannot read the Assay evidence " + results + ": " + e.getMessage(), e);
		}
		if (run == null || startedBefore(run, session.getStartTime().toInstant())) {
			getLog().warn("Assay: no run of this build in " + results + " (were the tests skipped?): no JUnit XML written");
			return;
		}
		List<Path> files;
		try {
			files = JUnitXml.write(junitXml.toPath(), run);
		} catch (IOException e) {
			throw new MojoExecutionException("cannot write the JUnit XML into " + junitXml + ": " + e.getMessage(), e);
		}
		getLog().info("Assay: JUnit XML of run " + run.info().id() + ": " + files.size() + " file(s) in " + junitXml);
		Collection<Evidence> latest = run.latest().values();
		long failed = latest.stream().filter(e -> e.verdict() == Verdict.FAIL || e.verdict() == Verdict.INCONCLUSIVE).count();
		long errors = latest.stream().filter(e -> e.verdict() == Verdict.ERROR || e.verdict() == Verdict.NO_DATA).count();
		if (failOnVerdicts && (failed > 0 || errors > 0)) {
			throw new MojoFailureException("Assay: " + failed + " test(s) failed the quality gate (FAIL or INCONCLUSIVE) and "
					+ errors + " did not measure (ERROR or NO_DATA); see " + junitXml);
		}
	}

	/** A run that started before this build is an earlier build's (the suites did not run in this one). */
	private static boolean startedBefore(Run run, Instant buildStart) {
		if (run.info().started() == null) {
			return false;
		}
		try {
			return Instant.parse(run.info().started()).isBefore(buildStart);
		} catch (DateTimeParseException e) {
			return false;
		}
	}
}
