package org.assay.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.dsl.headless.ProjectFiles;
import org.assay.model.AssayModel;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.assay.runtime.results.Run;
import org.assay.runtime.results.RunsFile;
import org.assay.trace.results.ResultRecord;
import org.assay.trace.results.ResultsReader;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * A project's traceability, headless: its .assay files loaded and validated together, its runs read, the
 * graph and coverage computed. What the CLI's report and the benchmarks use; the IDE builds the graph from its own
 * index with {@link TraceGraphBuilder} directly.
 *
 * @param runs the recorded runs, oldest first
 * @param results every run's results, oldest run first
 * @param errors validation errors in the models (the graph is still built from what could be linked)
 */
public record ProjectTrace(Path project, List<AssayModel> models, List<Run> runs, List<ResultRecord> results,
		TraceGraph graph, Coverage coverage, int errors) {

	/** Where generated suites record their runs in a project (see the runtime's {@link RunsFile}). */
	public static final String RESULTS = RunsFile.PATH;

	/** Where earlier versions recorded results; still read, before the runs. */
	public static final String LEGACY_RESULTS = org.assay.runtime.results.ResultsFile.PATH;

	public static ProjectTrace load(Path project) throws IOException {
		List<Path> files = ProjectFiles.models(project);
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class).load(files);
		Map<Resource, List<Issue>> issues = workspace.validateAll(CancelIndicator.NullImpl);
		int errors = (int) issues.values().stream().flatMap(List::stream).filter(i -> i.getSeverity() == Severity.ERROR).count();
		List<AssayModel> models = issues.keySet().stream().filter(r -> !r.getContents().isEmpty())
				.map(r -> (AssayModel) r.getContents().get(0)).toList();
		return of(project, models, ResultsReader.runs(project.resolve(RESULTS)), errors);
	}

	/** The project's declared title (its {@code project} element), else its folder's name: the report's heading. */
	public String title() {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(org.assay.model.Project.class::isInstance)
				.map(p -> (org.assay.model.Project) p).map(p -> p.getTitle() != null ? p.getTitle() : p.getName()).findFirst()
				.orElse(project.toAbsolutePath().normalize().getFileName().toString());
	}

	/** The trace of models already loaded (the benchmark's, the IDE's). */
	public static ProjectTrace of(Path project, List<AssayModel> models, List<Run> runs, int errors) {
		List<ResultRecord> results = ResultsReader.records(runs);
		Map<String, String> starts = new java.util.HashMap<>();
		runs.forEach(run -> starts.put(run.info().id(), run.info().started()));
		TraceGraph graph = TraceGraphBuilder.build(models, results, project, starts);
		List<TestCase> tests = new ArrayList<>();
		models.forEach(m -> m.getElements().forEach(element -> {
			if (element instanceof TestSuite suite) {
				tests.addAll(suite.getTests());
			} else if (element instanceof org.assay.model.Dataset dataset) {
				tests.addAll(dataset.getChecks());
			}
		}));
		return new ProjectTrace(project, models, List.copyOf(runs), results, graph, Coverage.of(graph, tests), errors);
	}
}
