package org.assay.dsl.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.dsl.VisibleText;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A set of .assay files loaded the way a builder does it, outside Eclipse: every file is parsed and indexed first,
 * then linked and validated against that index, so references across files resolve exactly as in the IDE. Used by
 * the CLI, the Maven plugin and the benchmarks.
 */
public class AssayWorkspace {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Inject
	private IResourceValidator validator;

	private XtextResourceSet resourceSet;
	private ResourceDescriptionsData index;

	/** Parses and indexes the files (replacing anything loaded before). Links nothing yet. */
	public AssayWorkspace load(List<Path> files) {
		resourceSet = resourceSets.get();
		List<IResourceDescription> indexed = new ArrayList<>();
		for (Path file : files) {
			Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
			indexed.add(descriptions.getResourceDescription(resource));
		}
		index = new ResourceDescriptionsData(indexed);
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		return this;
	}

	/** Links and validates every loaded file; issues per file, in load order. */
	public Map<Resource, List<Issue>> validateAll(CancelIndicator cancel) {
		Map<Resource, List<Issue>> issues = new LinkedHashMap<>();
		for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
			if (resource instanceof XtextResource && resource.getURI().isFile()) {
				issues.put(resource, validator.validate(resource, CheckMode.ALL, cancel));
			}
		}
		return issues;
	}

	/** Replaces the text of one loaded file (an edit), re-indexes it and validates it. */
	public List<Issue> update(XtextResource resource, String text) throws IOException {
		resource.reparse(text);
		index.addDescription(resource.getURI(), descriptions.getResourceDescription(resource));
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/**
	 * An issue as {@code file:line:column: severity: message [code]}, the file relative to {@code base} when it lies
	 * below it, the code without its prefix.
	 */
	public static String format(Path base, Resource resource, Issue issue) {
		Path file = Paths.get(resource.getURI().toFileString()).toAbsolutePath();
		Path from = base.toAbsolutePath();
		String shown = file.startsWith(from) ? from.relativize(file).toString() : file.toString();
		String code = issue.getCode() == null ? "" : issue.getCode();
		return shown + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": " + issue.getSeverity().name().toLowerCase()
				+ ": " + VisibleText.of(issue.getMessage()) + " [" + code.substring(code.lastIndexOf('.') + 1) + "]";
	}

	public XtextResourceSet getResourceSet() {
		return resourceSet;
	}
}
