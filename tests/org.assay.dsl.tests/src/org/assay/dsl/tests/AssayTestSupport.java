package org.assay.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.assay.model.AssayModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads Assay texts into resource sets (several files at once for cross-file tests) and validates them.
 */
public class AssayTestSupport {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	public XtextResourceSet newResourceSet() {
		XtextResourceSet set = resourceSets.get();
		set.addLoadOption(XtextResource.OPTION_RESOLVE_ALL, Boolean.TRUE);
		return set;
	}

	/** Adds a resource with the given URI and text to the set, without resolving it. */
	public XtextResource load(XtextResourceSet set, String uri, String text) {
		XtextResource resource = (XtextResource) set.createResource(URI.createURI(uri));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** Parses one text as {@code memory:/test.assay} in a fresh resource set. */
	public XtextResource parse(String text) {
		return load(newResourceSet(), "memory:/test.assay", text);
	}

	public AssayModel model(Resource resource) {
		return (AssayModel) resource.getContents().get(0);
	}

	/** All issues of a resource (syntax, linking, validation), after resolving every reference in its set. */
	public List<Issue> validate(Resource resource) {
		EcoreUtil.resolveAll(resource.getResourceSet());
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	public static List<Issue> errors(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
	}

	public static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " " + i.getMessage()
				+ " [" + i.getCode() + "]").collect(Collectors.joining("\n"));
	}
}
