package org.assay.ui.builder;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.assay.dsl.headless.ProjectFiles;
import org.assay.generator.AssayGenerator;
import org.assay.generator.files.GeneratedFiles;
import org.assay.generator.files.Ownership;
import org.assay.model.AssayModel;
import org.assay.trace.ProjectTrace;
import org.assay.trace.Status;
import org.assay.trace.TraceEdge;
import org.assay.trace.TraceGraph;
import org.assay.trace.TraceNode;
import org.assay.ui.AssayUi;
import org.assay.ui.Markers;
import org.assay.ui.ProjectModels;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The Assay project builder: when .assay files or the results change (or on a full build) it reloads the project's models from disk,
 * links and validates every file against the others and the catalogues — so a change in one file re-checks those that
 * refer to it — and replaces their problem markers; with generation enabled (project preference
 * {@code org.assay.ui/generate=true}) and no errors it generates the pipelines and suites into the project. It reports
 * progress and stops when cancelled.
 */
public class AssayBuilder extends IncrementalProjectBuilder {

	/** Project preference node and key that turn generation on. */
	public static final String PREFERENCES = "org.assay.ui";
	public static final String GENERATE = "generate";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		if (kind != FULL_BUILD && kind != CLEAN_BUILD && !touchesModels(getDelta(project))) {
			return null;
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Validating Assay models of " + project.getName(), 10);
		ProjectModels models = ProjectModels.of(project);
		models.reload();
		progress.worked(2);
		Map<IFile, List<Issue>> issues = models.validateAll(() -> progress.isCanceled());
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		progress.worked(5);
		boolean errors = false;
		for (Map.Entry<IFile, List<Issue>> entry : issues.entrySet()) {
			Markers.replace(entry.getKey(), entry.getValue());
			errors |= entry.getValue().stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
		}
		progress.worked(1);
		markEvidence(project, models);
		if (!errors && new ProjectScope(project).getNode(PREFERENCES).getBoolean(GENERATE, false)) {
			progress.subTask("Generating pipelines and suites");
			List<AssayModel> linked = models.models();
			GeneratedFiles.Report report;
			try {
				report = GeneratedFiles.write(project.getLocation().toFile().toPath(), new AssayGenerator().generate(linked).files());
			} catch (java.io.IOException e) {
				throw new CoreException(org.eclipse.core.runtime.Status.error("Assay: cannot write generated code: "
						+ e.getMessage(), e));
			}
			project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
			markOrphans(project, report.orphaned());
		}
		ProjectModels.built(project);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(AssayUi.MARKER_TYPE, false, IResource.DEPTH_INFINITE);
		getProject().deleteMarkers(AssayUi.EVIDENCE_MARKER_TYPE, false, IResource.DEPTH_INFINITE);
	}

	/**
	 * Requirements the last results do not show met get a marker on their declaration: FAIL and ERROR as errors,
	 * INCONCLUSIVE, NO_DATA, STALE (the data changed since) and SUSPECT (the requirement's text changed since, on a
	 * ReqIF re-import) as warnings, with the tests that say so. Nothing is
	 * marked before the first run: a requirement without results is not a failing one.
	 */
	private static void markEvidence(IProject project, ProjectModels models) throws CoreException {
		project.deleteMarkers(AssayUi.EVIDENCE_MARKER_TYPE, false, IResource.DEPTH_INFINITE);
		TraceGraph graph;
		try {
			graph = models.trace().graph();
		} catch (IOException e) {
			IFile results = project.getFile(ProjectTrace.RESULTS);
			if (!results.exists()) {
				results = project.getFile(ProjectTrace.LEGACY_RESULTS);
			}
			if (results.exists()) {
				results.createMarker(AssayUi.EVIDENCE_MARKER_TYPE, Map.of(IMarker.MESSAGE, e.getMessage(), IMarker.SEVERITY,
						IMarker.SEVERITY_WARNING));
			}
			return;
		}
		for (TraceNode requirement : graph.nodes(TraceNode.Kind.REQUIREMENT)) {
			String status = requirement.status();
			boolean error = Status.FAIL.equals(status) || Status.ERROR.equals(status);
			boolean warning = Status.INCONCLUSIVE.equals(status) || Status.NO_DATA.equals(status) || Status.STALE.equals(status)
					|| Status.SUSPECT.equals(status);
			IFile file = requirement.source() == null ? null : models.file(requirement.sourceFile());
			if (!error && !warning || file == null) {
				continue;
			}
			String tests = String.join(", ", graph.incoming(requirement.id()).stream()
					.filter(e -> e.kind() == TraceEdge.Kind.VERIFIES).map(e -> graph.node(e.from()))
					.filter(t -> !Status.isGood(t.status())).map(t -> t.simpleName() + " " + t.status()).toList());
			file.createMarker(AssayUi.EVIDENCE_MARKER_TYPE, Map.of(IMarker.MESSAGE, "Requirement " + requirement.simpleName()
					+ " is not shown to be met by the last results: " + tests + ". See the Assay Results view or the report.",
					IMarker.SEVERITY, error ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING, IMarker.LINE_NUMBER,
					requirement.sourceLine()));
		}
	}

	/** Hand-written files left over from renamed or deleted elements get a warning (generation removed their bases). */
	private static void markOrphans(IProject project, List<Ownership.Orphan> orphans) throws CoreException {
		for (String folder : Ownership.HAND_WRITTEN_FOLDERS) {
			if (project.getFolder(folder).exists()) {
				project.getFolder(folder).deleteMarkers(AssayUi.MARKER_TYPE, false, IResource.DEPTH_INFINITE);
			}
		}
		for (Ownership.Orphan orphan : orphans) {
			IFile file = project.getFile(orphan.path());
			if (file.exists()) {
				file.createMarker(AssayUi.MARKER_TYPE, Map.of(IMarker.MESSAGE, "Orphaned " + orphan.message(), IMarker.SEVERITY,
						IMarker.SEVERITY_WARNING, IMarker.LINE_NUMBER, 1));
			}
		}
	}

	private static boolean touchesModels(IResourceDelta delta) throws CoreException {
		if (delta == null) {
			return true;
		}
		boolean[] found = new boolean[1];
		delta.accept(d -> {
			if (d.getResource() instanceof IFile file
					&& (ProjectFiles.belongs(java.nio.file.Path.of(file.getProjectRelativePath().toString()))
							|| file.getProjectRelativePath().toString().equals(ProjectTrace.RESULTS)
							|| file.getProjectRelativePath().toString().equals(ProjectTrace.LEGACY_RESULTS))) {
				found[0] = true;
			}
			return !found[0];
		});
		return found[0];
	}
}
