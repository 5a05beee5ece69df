package org.assay.dsl.headless;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.dsl.validation.AiActProfile;
import org.assay.model.AssayModel;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;

/**
 * The {@link AiActProfile}'s gaps as located validation warnings, added to a validation's issues by
 * {@code assay validate --profile ai-act}: each on the element (name, or the part to complete) that lacks what the
 * regulation needs, or on the first line of the models' first file when the models declare no project.
 */
public final class AiActIssues {

	private AiActIssues() {
	}

	/** The validation's issues with the profile's warnings appended to their files' lists. */
	public static Map<Resource, List<Issue>> with(Map<Resource, List<Issue>> issues) {
		List<AssayModel> models = issues.keySet().stream().filter(r -> !r.getContents().isEmpty())
				.map(r -> r.getContents().get(0)).filter(AssayModel.class::isInstance).map(AssayModel.class::cast).toList();
		Map<Resource, List<Issue>> merged = new LinkedHashMap<>();
		issues.forEach((resource, list) -> merged.put(resource, new ArrayList<>(list)));
		for (Issue issue : of(models)) {
			Resource resource = models.stream().map(AssayModel::eResource)
					.filter(r -> r.getURI().toString().equals(issue.getUriToProblem().trimFragment().toString())).findFirst()
					.orElse(null);
			if (resource != null) {
				merged.computeIfAbsent(resource, r -> new ArrayList<>()).add(issue);
			}
		}
		return merged;
	}

	/** The profile's warnings on these models. */
	public static List<Issue> of(Collection<AssayModel> models) {
		List<Issue> issues = new ArrayList<>();
		for (AiActProfile.Gap gap : AiActProfile.gaps(models)) {
			Resource resource = AiActProfile.resourceOf(gap, models);
			if (resource != null) {
				issues.add(issue(gap, resource));
			}
		}
		return issues;
	}

	private static Issue issue(AiActProfile.Gap gap, Resource resource) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.WARNING);
		issue.setType(CheckType.NORMAL);
		issue.setCode(gap.code());
		issue.setMessage(gap.message());
		INode node = null;
		if (gap.object() != null) {
			List<INode> nodes = gap.feature() == null ? List.of()
					: NodeModelUtils.findNodesForFeature(gap.object(), gap.feature());
			node = nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(gap.object()) : nodes.get(0);
			issue.setUriToProblem(EcoreUtil.getURI(gap.object()));
		} else {
			issue.setUriToProblem(resource.getURI().appendFragment("/"));
		}
		int offset = node == null ? 0 : node.getOffset();
		int length = node == null ? 0 : node.getLength();
		String text = resource instanceof XtextResource xtext && xtext.getParseResult() != null
				? xtext.getParseResult().getRootNode().getText() : "";
		int[] lineAndColumn = ValidationFindings.lineAndColumn(text, Math.min(offset, text.length()));
		issue.setOffset(offset);
		issue.setLength(length);
		issue.setLineNumber(lineAndColumn[0]);
		issue.setColumn(lineAndColumn[1]);
		return issue;
	}
}
