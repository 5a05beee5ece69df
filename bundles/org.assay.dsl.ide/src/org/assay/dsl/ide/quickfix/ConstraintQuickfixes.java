package org.assay.dsl.ide.quickfix;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.dsl.validation.IssueCodes;
import org.assay.model.AssayPackage;
import org.assay.model.Condition;
import org.assay.model.LengthRange;
import org.assay.model.RangeMembership;
import org.assay.model.StatisticConstraint;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Quick fixes of column constraints, where the fix is obvious: swap a reversed bound or range, drop a key column
 * named twice, drop 'approx' where there is no approximation, add 'approx' where 'within' asks for one. The text
 * edits helpers are shared with {@link AssayQuickfixProvider}, which extends this class.
 */
public abstract class ConstraintQuickfixes extends AbstractDeclarativeIdeQuickfixProvider {

	@QuickFix(IssueCodes.BOUND_REVERSED)
	public void swapBound(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Swap the two numbers", (ITextModification) (diagnostic, object, document) -> {
			Condition bound = EcoreUtil2.getContainerOfType(object, Condition.class);
			return bound == null ? List.of() : swap(document, bound, TWO_SIDES);
		});
	}

	@QuickFix(IssueCodes.RANGE_REVERSED)
	public void swapRange(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Swap the ends of the range", (ITextModification) (diagnostic, object, document) -> {
			return object instanceof RangeMembership || object instanceof LengthRange ? swap(document, object, RANGE_ENDS)
					: List.of();
		});
	}

	@QuickFix(IssueCodes.DUPLICATE_KEY_COLUMN)
	public void removeDuplicateColumn(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Remove the column named twice", (ITextModification) (diagnostic, object, document) -> {
			int start = document.getOffSet(diagnostic.getRange().getStart());
			int end = document.getOffSet(diagnostic.getRange().getEnd());
			String text = document.getContents();
			int comma = text.lastIndexOf(',', start);
			// the duplicate is never the first column, so a comma precedes it
			if (comma < 0 || !text.substring(comma + 1, start).isBlank()) {
				return List.of();
			}
			while (comma > 0 && (text.charAt(comma - 1) == ' ' || text.charAt(comma - 1) == '\t')) {
				comma--;
			}
			return List.of(edit(document, comma, end - comma, ""));
		});
	}

	@QuickFix(IssueCodes.APPROX_NOT_AVAILABLE)
	public void removeApprox(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Remove 'approx': compute it exactly", (ITextModification) (diagnostic, object, document) -> {
			int start = document.getOffSet(diagnostic.getRange().getStart());
			int end = document.getOffSet(diagnostic.getRange().getEnd());
			String text = document.getContents();
			while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
				end++;
			}
			return List.of(edit(document, start, end - start, ""));
		});
	}

	@QuickFix(IssueCodes.WITHIN_WITHOUT_APPROX_QUANTILE)
	public void addApprox(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Make it an approximate quantile ('approx')", (ITextModification) (diagnostic, object, document) -> {
			if (!(object instanceof StatisticConstraint statistic) || statistic.getMetric() == null || statistic.getMetric().eIsProxy()
					|| !"quantile".equals(statistic.getMetric().getName())) {
				return List.of();
			}
			INode metric = node(statistic, AssayPackage.Literals.STATISTIC_CONSTRAINT__METRIC);
			return metric == null ? List.of() : List.of(insert(document, metric.getOffset(), "approx "));
		});
	}

	/** The two numbers of a two-sided bound: 'between A and B', 'OP A and OP B' (each may end in '%'). */
	private static final Pattern TWO_SIDES = Pattern.compile(
			"^(?:between|[<>=!]+)\\s*(-?[0-9.]+(?:\\s*%)?)\\s+and\\s+(?:[<>=!]+\\s*)?(-?[0-9.]+(?:\\s*%)?)$");
	/** The two ends of a range 'COLUMN (not)? in A .. B' (each a number or '*'). */
	private static final Pattern RANGE_ENDS = Pattern.compile("\\bin\\s+(-?[0-9.]+|\\*)\\s*\\.\\.\\s*(-?[0-9.]+|\\*)$");

	/** The edit exchanging the two numbers an element's text holds (groups 1 and 2 of the pattern). */
	private static List<TextEdit> swap(Document document, EObject owner, Pattern numbers) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(owner);
		if (node == null) {
			return List.of();
		}
		String text = document.getContents().substring(node.getOffset(), node.getEndOffset());
		Matcher matcher = numbers.matcher(text);
		if (!matcher.find()) {
			return List.of();
		}
		// one edit from the first number to the end of the second: clients that apply edits one after the other and
		// those that apply them all to the original text agree
		String between = text.substring(matcher.end(1), matcher.start(2));
		return List.of(edit(document, node.getOffset() + matcher.start(1), matcher.end(2) - matcher.start(1),
				matcher.group(2) + between + matcher.group(1)));
	}

	static INode node(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
	}

	static TextEdit insert(Document document, int offset, String text) {
		return edit(document, offset, 0, text);
	}

	static TextEdit replace(Document document, INode node, String text) {
		return edit(document, node.getOffset(), node.getLength(), text);
	}

	static TextEdit edit(Document document, int offset, int length, String text) {
		return new TextEdit(new Range(document.getPosition(offset), document.getPosition(offset + length)), text);
	}
}
