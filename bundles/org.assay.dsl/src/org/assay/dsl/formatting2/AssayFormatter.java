package org.assay.dsl.formatting2;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.assay.model.AcceptanceCriterion;
import org.assay.model.AssayModel;
import org.assay.model.Assumption;
import org.assay.model.Characteristic;
import org.assay.model.DataSource;
import org.assay.model.Element;
import org.assay.model.Feature;
import org.assay.model.Justification;
import org.assay.model.Metric;
import org.assay.model.ModelSpec;
import org.assay.model.MonitorCheck;
import org.assay.model.Preparation;
import org.assay.model.Project;
import org.assay.model.PreparationStep;
import org.assay.model.QualityAttribute;
import org.assay.model.QualityGate;
import org.assay.model.Reaction;
import org.assay.model.RequirementAttribute;
import org.assay.model.RequirementOrigin;
import org.assay.model.Slice;
import org.assay.model.Split;
import org.assay.model.TestCase;
import org.assay.model.TrainingConfig;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Assay's formatter: one statement per line, blocks indented by one tab, one blank line between top-level elements,
 * single spaces elsewhere, no space before commas or inside brackets. Comments are kept.
 */
public class AssayFormatter extends AbstractFormatter2 {

	/** Keywords that start a line of their own inside a block (metric properties, documentation, …). */
	private static final Set<String> LINE_KEYWORDS = Set.of("doc", "standard", "lifecycle", "kind", "range", "unit",
			"applies", "task", "formula", "higher-is-better", "lower-is-better", "purpose", "context",
			"provider", "version", "users", "post-market", "phase"); // annex, risk (#11): the project's AI Act lines

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof AssayModel model) {
			formatModel(model, document);
		} else if (object instanceof EObject element) {
			formatElement(element, document);
		}
	}

	private void formatModel(AssayModel model, IFormattableDocument document) {
		formatTokens(model, document);
		boolean somethingBefore = model.getName() != null;
		for (int i = 0; i < model.getImports().size(); i++) {
			EObject anImport = model.getImports().get(i);
			if (i > 0 || somethingBefore) {
				int lines = i == 0 ? 2 : 1;
				document.prepend(anImport, f -> f.setNewLines(lines));
			}
			formatElement(anImport, document);
		}
		somethingBefore |= !model.getImports().isEmpty();
		for (Element element : model.getElements()) {
			if (somethingBefore) {
				// a comment before an element belongs to it: keep the author's blank lines (at most one) around it
				boolean commented = textRegionExtensions.previousHiddenRegion(element).containsComment();
				document.prepend(element, f -> {
					if (commented) {
						f.setNewLines(1, 1, 2);
					} else {
						f.setNewLines(2);
					}
				});
			}
			somethingBefore = true;
			document.format(element);
		}
		List<ISemanticRegion> regions = toList(textRegionExtensions.allSemanticRegions(model));
		if (!regions.isEmpty()) {
			document.append(regions.get(regions.size() - 1), f -> f.setNewLines(1));
		}
	}

	private void formatElement(EObject element, IFormattableDocument document) {
		formatTokens(element, document);
		for (EObject child : element.eContents()) {
			if (isStatement(child)) {
				document.prepend(child, f -> f.newLine());
			}
			document.format(child);
		}
	}

	/**
	 * Spacing of the element's own tokens (children format theirs). Every token is followed by one space at low
	 * priority; the rules below override that where layout matters.
	 */
	private void formatTokens(EObject element, IFormattableDocument document) {
		Deque<ISemanticRegion> openBraces = new ArrayDeque<>();
		for (ISemanticRegion region : textRegionExtensions.semanticRegions(element)) {
			String text = region.getText();
			boolean keyword = region.getGrammarElement() instanceof Keyword;
			document.append(region, f -> {
				f.oneSpace();
				f.lowPriority();
			});
			if (keyword && ",".equals(text)) {
				document.prepend(region, f -> f.noSpace());
			} else if (keyword && ("(".equals(text) || "[".equals(text))) {
				document.append(region, f -> f.noSpace());
			} else if (keyword && (")".equals(text) || "]".equals(text))) {
				document.prepend(region, f -> f.noSpace());
			} else if (keyword && "{".equals(text)) {
				document.prepend(region, f -> f.oneSpace());
				document.append(region, f -> f.newLine());
				openBraces.push(region);
			} else if (keyword && "}".equals(text)) {
				document.prepend(region, f -> f.newLine());
				if (!openBraces.isEmpty()) {
					document.interior(openBraces.pop(), region, f -> f.indent());
				}
			} else if (LINE_KEYWORDS.contains(text) && isBlockLine(element, text)) {
				document.prepend(region, f -> f.newLine());
			}
		}
	}

	/** Whether a line keyword really starts a line here ('range' of a feature type does not). */
	private static boolean isBlockLine(EObject element, String keyword) {
		if (element instanceof Metric) {
			return true;
		}
		if ("phase".equals(keyword)) {
			return element instanceof org.assay.model.Monitor; // a test's and a project's 'phase' stay on their line
		}
		return "doc".equals(keyword) && !(element instanceof Feature) || "standard".equals(keyword)
				|| "lifecycle".equals(keyword) || element instanceof Project;
	}

	private static boolean isStatement(EObject child) {
		return child instanceof Characteristic || child instanceof QualityAttribute || child instanceof Metric
				|| child instanceof DataSource || child instanceof Feature || child instanceof Split || child instanceof Slice || child instanceof Preparation
				|| child instanceof QualityGate || child instanceof PreparationStep || child instanceof ModelSpec
				|| child instanceof TrainingConfig || child instanceof AcceptanceCriterion || child instanceof TestCase
				|| child instanceof MonitorCheck || child instanceof Reaction || child instanceof Assumption
				|| child instanceof Justification || child instanceof RequirementOrigin
				|| child instanceof RequirementAttribute || child instanceof org.assay.model.RequirementLink || child instanceof org.assay.model.RiskLevel // deliver, risk (#11)
				|| child instanceof org.assay.model.OversightMeasure || child instanceof org.assay.model.Limitation; // annex (#11)
	}

	private static List<ISemanticRegion> toList(Iterable<ISemanticRegion> regions) {
		List<ISemanticRegion> list = new java.util.ArrayList<>();
		regions.forEach(list::add);
		return list;
	}
}
