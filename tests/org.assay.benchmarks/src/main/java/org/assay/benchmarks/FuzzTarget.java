package org.assay.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.assay.dsl.validation.IssueCodes;
import org.assay.generator.AssayGenerator;
import org.assay.generator.ProjectGenerator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * One fuzz input through what a build does: parse and index (as a file of the project it was taken from, so that data
 * paths resolve), link and validate, and, without errors, generate in memory. Reports a crash when a diagnostic shows
 * internal text or when Assay's validation guard caught a failing check.
 */
final class FuzzTarget {

	/** Texts that are never Assay's own words: a diagnostic holding one is a crash. */
	private static final List<String> INTERNAL_TEXT = List.of("Error executing EValidator", "Impl@", "Exception",
			"unresolved proxy", "ValueConverter", "must be set", "java.", "org.eclipse", "mismatched input",
			"no viable alternative", "extraneous input", "missing EOF", "RULE_", "Couldn't convert", "loop did not match");

	/** @param crash what went wrong (null: no crash); @param generated whether the input was valid and generated */
	record Outcome(String crash, String signature, boolean generated) {
	}

	private final Provider<XtextResourceSet> resourceSets;
	private final IResourceDescription.Manager descriptions;
	private final IResourceValidator validator;

	FuzzTarget(Injector injector) {
		this.resourceSets = injector.getProvider(XtextResourceSet.class);
		this.descriptions = injector.getInstance(IResourceDescription.Manager.class);
		this.validator = injector.getInstance(IResourceValidator.class);
	}

	Outcome process(Path folder, String text) throws IOException {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(folder.resolve("fuzz-input.assay").toString()));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		ResourceDescriptionsData index = new ResourceDescriptionsData(List.of(descriptions.getResourceDescription(resource)));
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, index);
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		boolean errors = false;
		for (Issue issue : issues) {
			String internal = internal(issue);
			if (internal != null) {
				return new Outcome(issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getSeverity() + " "
						+ issue.getMessage() + " [" + issue.getCode() + "]", internal, false);
			}
			errors |= issue.getSeverity() == Severity.ERROR;
		}
		if (errors) {
			return new Outcome(null, null, false);
		}
		AssayGenerator.Result result = ProjectGenerator.generate(List.of(resource));
		result.files().forEach(f -> f.content().length());
		return new Outcome(null, null, true);
	}

	/** The crash class of a diagnostic in internal words, or null when it is in Assay's own words. */
	private static String internal(Issue issue) {
		String message = issue.getMessage() == null ? "" : issue.getMessage();
		if (IssueCodes.INTERNAL_ERROR.equals(issue.getCode())) {
			return "failing check: " + normalize(message);
		}
		for (String text : INTERNAL_TEXT) {
			if (message.contains(text)) {
				return "internal text '" + text + "': " + normalize(message);
			}
		}
		if (issue.getLineNumber() == null || issue.getLineNumber() < 1) {
			return "unlocated: " + normalize(message);
		}
		return null;
	}

	/** The crash class of an exception: its type and the first Assay frame (or the top frame). */
	static String signature(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		StackTraceElement where = null;
		for (StackTraceElement frame : root.getStackTrace()) {
			if (frame.getClassName().startsWith("org.assay")) {
				where = frame;
				break;
			}
		}
		if (where == null && root.getStackTrace().length > 0) {
			where = root.getStackTrace()[0];
		}
		return root.getClass().getSimpleName() + " at " + (where == null ? "?" : where.getClassName() + "." + where.getMethodName());
	}

	/** Quoted names and numbers replaced so that messages differing only in them fall in one class. */
	private static String normalize(String message) {
		String text = message.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N");
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}

	/** Xtext logs every failing check with its stack trace; the fuzzer keeps its own record instead. */
	static void silenceLogging() {
		org.apache.log4j.LogManager.getLoggerRepository().setThreshold(org.apache.log4j.Level.OFF);
	}
}
