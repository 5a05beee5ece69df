package org.assay.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.assay.trace.ProjectTrace;
import org.assay.trace.gsn.GsnElement;
import org.assay.trace.gsn.GsnJson;
import org.assay.trace.gsn.GsnSvg;
import org.assay.trace.gsn.SafetyCase;
import org.assay.trace.gsn.SafetyCaseBuilder;

/**
 * Writes the project's safety case, a GSN argument from its models and the last results in
 * {@code target/assay/runs.jsonl} (docs/safety-case.md), as SVG and JSON: the same files as
 * {@code assay export gsn}. Bound to {@code verify}, after Surefire ran the generated suites; when the tests were
 * skipped, the evidence is that of the last run recorded (by an earlier build or {@code assay run}), or none.
 */
@Mojo(name = "safety-case", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class SafetyCaseMojo extends AbstractDeliverableMojo {

	/** The drawing. */
	@Parameter(property = "assay.safetyCase.svg", defaultValue = "${project.build.directory}/assay/safety-case.svg")
	File svg;

	/** The JSON form ({@code assay-gsn/1}). */
	@Parameter(property = "assay.safetyCase.json", defaultValue = "${project.build.directory}/assay/safety-case.json")
	File json;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Assay: safety case skipped");
			return;
		}
		ProjectTrace trace = trace();
		SafetyCase safetyCase = SafetyCaseBuilder.build(trace);
		write(svg, GsnSvg.render(safetyCase));
		write(json, GsnJson.render(safetyCase));
		long solutions = safetyCase.elements(GsnElement.Type.SOLUTION).size();
		getLog().info("Assay: safety case written to " + svg + " and " + json + " (" + safetyCase.elements().size()
				+ " elements, " + solutions + " solution(s), " + safetyCase.undeveloped().size() + " undeveloped; evidence: "
				+ (safetyCase.run() == null ? "none recorded yet" : "run " + safetyCase.run()) + ")");
		failOnErrors(trace, "safety case");
	}
}
