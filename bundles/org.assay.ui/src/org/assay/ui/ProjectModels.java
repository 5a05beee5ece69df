package org.assay.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.assay.dsl.headless.AssayWorkspace;
import org.assay.dsl.headless.ProjectFiles;
import org.assay.model.AssayModel;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The models of one Eclipse project, loaded and indexed together (plus the shipped catalogues), so that references
 * across files resolve in the editor exactly as in the CLI. The builder reloads it from disk; an editor replaces the
 * text of its own file while typing. Xtext resource sets are not thread-safe: every use holds this object's lock,
 * and callers run off the UI thread.
 */
public final class ProjectModels {

	private static final Map<IProject, ProjectModels> PROJECTS = new ConcurrentHashMap<>();
	private static final List<Consumer<IProject>> BUILT = new CopyOnWriteArrayList<>();

	private final IProject project;
	private AssayWorkspace workspace;

	private ProjectModels(IProject project) {
		this.project = project;
	}

	public static ProjectModels of(IProject project) {
		return PROJECTS.computeIfAbsent(project, ProjectModels::new);
	}

	/** Called (on the builder's thread) after each build of a project. */
	public static void onBuilt(Consumer<IProject> listener) {
		BUILT.add(listener);
	}

	public static void removeOnBuilt(Consumer<IProject> listener) {
		BUILT.remove(listener);
	}

	/** Tells the listeners that a project was built (the builder calls this). */
	public static void built(IProject project) {
		BUILT.forEach(listener -> listener.accept(project));
	}

	public IProject project() {
		return project;
	}

	/** Every model file of the project, by the rule the CLI and the Maven plugin use too ({@link ProjectFiles}). */
	public List<IFile> files() throws CoreException {
		List<IFile> files = new ArrayList<>();
		if (!project.isAccessible()) {
			return files;
		}
		project.accept(resource -> {
			Path relative = Path.of(resource.getProjectRelativePath().toString());
			if (resource.getType() == IResource.FOLDER && ProjectFiles.isExcludedFolder(relative)) {
				return false;
			}
			if (resource instanceof IFile file && ProjectFiles.belongs(relative)) {
				files.add(file);
			}
			return true;
		});
		files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		return files;
	}

	/** Re-reads every file from disk (a build): new, changed and removed files are all taken into account. */
	public synchronized void reload() throws CoreException {
		List<Path> paths = new ArrayList<>();
		for (IFile file : files()) {
			if (file.getLocation() != null) {
				paths.add(file.getLocation().toFile().toPath());
			}
		}
		workspace = AssayUi.injector().getInstance(AssayWorkspace.class).load(paths);
	}

	/** Links and validates every file; issues per file, in path order. */
	public synchronized Map<IFile, List<Issue>> validateAll(CancelIndicator cancel) throws CoreException {
		ensureLoaded();
		Map<IFile, List<Issue>> issues = new LinkedHashMap<>();
		for (Map.Entry<Resource, List<Issue>> entry : workspace.validateAll(cancel).entrySet()) {
			IFile file = fileOf(entry.getKey());
			if (file != null) {
				issues.put(file, entry.getValue());
			}
		}
		return issues;
	}

	/** Validates {@code text} as the new content of {@code file} (an editor's unsaved text), against the project. */
	public synchronized List<Issue> validate(IFile file, String text) throws CoreException, IOException {
		return workspace.update(resource(file), text);
	}

	/** Runs {@code action} with the file's resource holding {@code text}, under the lock (content assist, hover). */
	public synchronized <T> T withResource(IFile file, String text, java.util.function.Function<XtextResource, T> action)
			throws CoreException, IOException {
		return action.apply(holding(file, text));
	}

	/** The file's resource, holding {@code text} (reparsed only when it differs). */
	private XtextResource holding(IFile file, String text) throws CoreException, IOException {
		XtextResource resource = resource(file);
		if (!text.equals(resource.getParseResult() == null ? null : resource.getParseResult().getRootNode().getText())) {
			workspace.update(resource, text);
		}
		return resource;
	}

	/**
	 * Runs {@code action} with the file's resource holding {@code text} and every other file of the project linked
	 * (find references), under the lock.
	 */
	public synchronized <T> T withLinkedProject(IFile file, String text, java.util.function.Function<XtextResource, T> action)
			throws CoreException, IOException {
		XtextResource resource = holding(file, text);
		for (Resource other : new ArrayList<>(workspace.getResourceSet().getResources())) {
			if (other.getURI().isFile()) {
				org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(other);
			}
		}
		return action.apply(resource);
	}

	/** The project's trace: its linked models and the runs recorded in {@code target/assay/runs.jsonl}. */
	public org.assay.trace.ProjectTrace trace() throws CoreException, IOException {
		Path location = project.getLocation().toFile().toPath();
		return org.assay.trace.ProjectTrace.of(location, models(), org.assay.trace.results.ResultsReader.runs(
				location.resolve(org.assay.trace.ProjectTrace.RESULTS)), 0);
	}

	/** The project's .assay file of this name (trace nodes and references say {@code file:line}), or null. */
	public IFile file(String name) throws CoreException {
		return files().stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
	}

	/** The project's models, linked (for the trace graph and generation). */
	public synchronized List<AssayModel> models() throws CoreException {
		ensureLoaded();
		workspace.validateAll(CancelIndicator.NullImpl); // resolves every cross-reference
		List<AssayModel> models = new ArrayList<>();
		for (Resource resource : workspace.getResourceSet().getResources()) {
			if (resource.getURI().isFile() && !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof AssayModel model) {
				models.add(model);
			}
		}
		return models;
	}

	private XtextResource resource(IFile file) throws CoreException {
		ensureLoaded();
		URI uri = URI.createFileURI(file.getLocation().toFile().toPath().toAbsolutePath().normalize().toString());
		Resource resource = workspace.getResourceSet().getResource(uri, false);
		if (resource == null) {
			reload(); // a file the last build has not seen yet
			resource = workspace.getResourceSet().getResource(uri, false);
		}
		if (!(resource instanceof XtextResource xtext)) {
			throw new IllegalStateException(file + " is not part of project " + project.getName());
		}
		return xtext;
	}

	private void ensureLoaded() throws CoreException {
		if (workspace == null) {
			reload();
		}
	}

	private IFile fileOf(Resource resource) {
		if (!resource.getURI().isFile()) {
			return null;
		}
		IFile[] files = project.getWorkspace().getRoot()
				.findFilesForLocationURI(java.nio.file.Paths.get(resource.getURI().toFileString()).toUri());
		for (IFile file : files) {
			if (file.getProject().equals(project)) {
				return file;
			}
		}
		return null;
	}
}
