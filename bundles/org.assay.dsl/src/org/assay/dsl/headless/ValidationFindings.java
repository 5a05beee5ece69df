package org.assay.dsl.headless;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assay.dsl.VisibleText;
import org.assay.dsl.validation.IssueHelp;
import org.assay.runtime.ci.Finding;
import org.assay.runtime.ci.Rule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * Validation issues as CI formats report them ({@link Finding}): the rule (the code without its prefix), the level,
 * the message as the text output shows it, the region computed from the issue's offset in the file's text, and the
 * qualified name of the model element the issue is on. The rules come from {@link IssueHelp}.
 */
public final class ValidationFindings {

	/** The rule of an issue without a code. */
	public static final String NO_CODE = "diagnostic";

	private ValidationFindings() {
	}

	/** Every rule Assay reports, with what it finds and how to fix it. */
	public static List<Rule> rules() {
		return IssueHelp.all().values().stream().map(h -> new Rule(h.code(), h.description(), h.fix())).toList();
	}

	/** The findings of validated files (issues of severity IGNORE left out), per file in the order given. */
	public static List<Finding> of(Map<Resource, List<Issue>> issues) {
		List<Finding> findings = new ArrayList<>();
		issues.forEach((resource, list) -> list.forEach(issue -> {
			Finding finding = of(resource, issue);
			if (finding != null) {
				findings.add(finding);
			}
		}));
		return findings;
	}

	private static Finding of(Resource resource, Issue issue) {
		Finding.Level level = switch (issue.getSeverity()) {
		case ERROR -> Finding.Level.ERROR;
		case WARNING -> Finding.Level.WARNING;
		case INFO -> Finding.Level.NOTE;
		default -> null;
		};
		if (level == null) {
			return null;
		}
		String rule = issue.getCode() == null || issue.getCode().isBlank() ? NO_CODE : IssueHelp.shortCode(issue.getCode());
		Path file = Paths.get(resource.getURI().toFileString());
		return new Finding(rule, level, VisibleText.of(issue.getMessage()), file, region(resource, issue),
				element(resource, issue));
	}

	/** From the offset in the file's text where there is one (exact ends), else the issue's line and column. */
	private static Finding.Region region(Resource resource, Issue issue) {
		String text = text(resource);
		Integer offset = issue.getOffset();
		Integer length = issue.getLength();
		if (text != null && offset != null && offset >= 0 && offset <= text.length()) {
			int end = Math.min(text.length(), offset + Math.max(0, length == null ? 0 : length));
			int[] start = lineAndColumn(text, offset);
			int[] stop = lineAndColumn(text, end);
			return new Finding.Region(start[0], start[1], stop[0], stop[1], offset, end - offset);
		}
		if (issue.getLineNumber() == null) {
			return null;
		}
		int line = issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new Finding.Region(line, column, line, column, -1, 0);
	}

	/** 1-based line and column (UTF-16 code units) of an offset; a line ends at '\n'. */
	static int[] lineAndColumn(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new int[] { line, offset - lineStart + 1 };
	}

	private static String text(Resource resource) {
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null
				&& xtext.getParseResult().getRootNode() != null) {
			return xtext.getParseResult().getRootNode().getText();
		}
		return null;
	}

	/**
	 * The qualified name of the nearest named element holding the problem, followed by the path from it to the problem's
	 * object when that has no name of its own ({@code shop.Orders/@steps.1}); null when the issue names no object.
	 */
	private static String element(Resource resource, Issue issue) {
		if (issue.getUriToProblem() == null || issue.getUriToProblem().fragment() == null
				|| !(resource instanceof XtextResource xtext)) {
			return null;
		}
		try {
			EObject problem = resource.getEObject(issue.getUriToProblem().fragment());
			IQualifiedNameProvider names = xtext.getResourceServiceProvider().get(IQualifiedNameProvider.class);
			for (EObject named = problem; named != null; named = named.eContainer()) {
				QualifiedName name = names.getFullyQualifiedName(named);
				if (name != null) {
					return named == problem ? name.toString() : name + "/" + EcoreUtil.getRelativeURIFragmentPath(named, problem);
				}
			}
			return null;
		} catch (RuntimeException e) {
			return null; // an object that cannot be found again: the fingerprint falls back on the file and message
		}
	}
}
