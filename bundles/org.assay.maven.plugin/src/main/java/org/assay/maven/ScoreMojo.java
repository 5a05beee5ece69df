package org.assay.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.assay.trace.ProjectTrace;
import org.assay.trace.score.MlTestScore;
import org.assay.trace.score.ScoreEvaluator;
import org.assay.trace.score.ScoreJson;
import org.assay.trace.score.ScoreText;

/**
 * Writes the project's ML Test Score (Breck et al. 2017; docs/ml-test-score.md) as the table {@code assay score}
 * prints and the JSON {@code assay score --json} prints, and logs the final score. Bound to {@code verify}: the
 * recent evidence is the last run in {@code target/assay/runs.jsonl}.
 */
@Mojo(name = "score", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ScoreMojo extends AbstractDeliverableMojo {

	/** The table. */
	@Parameter(property = "assay.score.text", defaultValue = "${project.build.directory}/assay/ml-test-score.txt")
	File text;

	/** The JSON form. */
	@Parameter(property = "assay.score.json", defaultValue = "${project.build.directory}/assay/ml-test-score.json")
	File json;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Assay: ML Test Score skipped");
			return;
		}
		ProjectTrace trace = trace();
		MlTestScore score = ScoreEvaluator.evaluate(trace);
		write(text, ScoreText.render(score));
		write(json, ScoreJson.render(score));
		getLog().info("Assay: ML Test Score " + MlTestScore.format(score.score()) + " (" + score.band() + ") written to "
				+ text + " and " + json);
		failOnErrors(trace, "ML Test Score");
	}
}
