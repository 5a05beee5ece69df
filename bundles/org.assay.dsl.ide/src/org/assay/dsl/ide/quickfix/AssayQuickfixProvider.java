package org.assay.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.assay.dsl.conversion.AssayValueConverters;
import org.assay.dsl.validation.IssueCodes;
import org.assay.model.AssayPackage;
import org.assay.model.Direction;
import org.assay.model.Feature;
import org.assay.model.Partition;
import org.assay.model.Project;
import org.assay.model.Requirement;
import org.assay.model.Split;
import org.assay.model.TrainingConfig;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.gson.JsonArray;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.gson.JsonElement;

/**
 * Quick fixes for Assay's common issues, as text edits: they work the same in the language server and, through the
 * code-action service, in the Eclipse editor's marker resolutions. Those of column constraints are in
 * {@link ConstraintQuickfixes}.
 */
public class AssayQuickfixProvider extends ConstraintQuickfixes {

	@Inject
	private IValueConverterService converters;

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	/**
	 * Besides the fixes declared below, "Change to 'accuracy'" for a name that does not resolve: one per close name
	 * the linker found (the issue's data, see AssayLinkingDiagnosticMessageProvider), which replaces the name written.
	 */
	@Override
	public List<DiagnosticResolution> getResolutions(ICodeActionService2.Options options, Diagnostic diagnostic) {
		List<DiagnosticResolution> resolutions = new ArrayList<>(super.getResolutions(options, diagnostic));
		if (isUnresolvedName(diagnostic)) {
			DiagnosticResolutionAcceptor acceptor = acceptors.get();
			for (int i = 0; !data(diagnostic, i).isEmpty(); i++) {
				String name = data(diagnostic, i);
				acceptor.accept("Change to '" + name + "'", (ITextModification) (d, object, document) -> List.of(
						new TextEdit(d.getRange(), name)));
			}
			resolutions.addAll(acceptor.getDiagnosticResolutions(options, diagnostic));
		}
		return resolutions;
	}

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return super.handlesDiagnostic(diagnostic) || isUnresolvedName(diagnostic) && !data(diagnostic, 0).isEmpty();
	}

	private static boolean isUnresolvedName(Diagnostic diagnostic) {
		return diagnostic.getCode() != null && diagnostic.getCode().isLeft()
				&& org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(diagnostic.getCode().getLeft());
	}

	@QuickFix(IssueCodes.DATA_HASH_NOT_RECORDED)
	public void recordHash(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Record the data file's current SHA-256", (ITextModification) (diagnostic, object, document) -> {
			int end = document.getOffSet(diagnostic.getRange().getEnd());
			return List.of(insert(document, end, " sha256 \"" + data(diagnostic, 0) + "\""));
		});
	}

	@QuickFix(IssueCodes.DATA_CHANGED)
	public void updateHash(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Accept the changed data: record its new SHA-256", (ITextModification) (diagnostic, object,
				document) -> List.of(new TextEdit(diagnostic.getRange(), "\"" + data(diagnostic, 0) + "\"")));
	}

	@QuickFix(IssueCodes.REVIEW_ITEM_UNKNOWN)
	public void nearestItem(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Cover the nearest ML Test Score item", (ITextModification) (diagnostic, object, document) -> {
			String nearest = data(diagnostic, 0);
			return nearest.isEmpty() ? List.of() : List.of(new TextEdit(diagnostic.getRange(), nearest));
		});
	}

	@QuickFix(IssueCodes.CATEGORY_NAME_INVALID)
	public void stripCategory(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Remove the white space around the category", (ITextModification) (diagnostic, object, document) -> {
			String stripped = data(diagnostic, 0);
			return stripped.isEmpty() ? List.of()
					: List.of(new TextEdit(diagnostic.getRange(), converters.toString(stripped, "CategoryName")));
		});
	}

	@QuickFix(IssueCodes.FAIRNESS_GROUPING_NOT_PROTECTED)
	public void markProtected(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Declare the feature 'protected'", (ITextModification) (diagnostic, object, document) -> {
			Feature feature = groupingFeature(object);
			if (feature == null || feature.eResource() != object.eResource()) {
				return List.of();
			}
			INode type = node(feature, AssayPackage.Literals.FEATURE__TYPE);
			return type == null ? List.of() : List.of(insert(document, type.getEndOffset(), " protected"));
		});
	}

	@QuickFix(IssueCodes.SPLIT_SHARES_NOT_100)
	public void completeSplit(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Adjust the last share so that the split adds up to 100 %", (ITextModification) (diagnostic,
				object, document) -> {
			Split split = EcoreUtil2.getContainerOfType(object, Split.class);
			if (split == null || split.getPartitions().isEmpty()) {
				return List.of();
			}
			Partition last = split.getPartitions().get(split.getPartitions().size() - 1);
			double share = last.getShare() + Double.parseDouble(data(diagnostic, 0));
			INode node = node(last, AssayPackage.Literals.PARTITION__SHARE);
			return node == null || share <= 0 ? List.of()
					: List.of(replace(document, node, AssayValueConverters.toDecimal(share) + " %"));
		});
	}

	@QuickFix(IssueCodes.THRESHOLD_OUT_OF_RANGE)
	public void clampThreshold(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Clamp the threshold to the metric's range", (ITextModification) (diagnostic, object, document) -> {
			String text = document.getSubstring(diagnostic.getRange());
			double value;
			try {
				value = Double.parseDouble(text.replace("%", "").strip()) / (text.contains("%") ? 100 : 1);
			} catch (NumberFormatException e) {
				return List.of();
			}
			String min = data(diagnostic, 0);
			String max = data(diagnostic, 1);
			if (!max.isEmpty() && value > Double.parseDouble(max)) {
				value = Double.parseDouble(max);
			} else if (!min.isEmpty() && value < Double.parseDouble(min)) {
				value = Double.parseDouble(min);
			} else {
				return List.of();
			}
			return List.of(new TextEdit(diagnostic.getRange(), AssayValueConverters.toDecimal(value)));
		});
	}

	@QuickFix(IssueCodes.IMPORT_UNRESOLVED)
	public void removeImport(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Remove the import", (ITextModification) (diagnostic, object, document) -> {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
			if (node == null) {
				return List.of();
			}
			int end = node.getEndOffset();
			String contents = document.getContents();
			while (end < contents.length() && (contents.charAt(end) == ' ' || contents.charAt(end) == '\t')) {
				end++;
			}
			if (end < contents.length() && contents.charAt(end) == '\n') {
				end++;
			}
			return List.of(edit(document, node.getOffset(), end - node.getOffset(), ""));
		});
	}

	@QuickFix(IssueCodes.MISSING_SEED)
	public void addSeed(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add 'seed 42' for reproducibility", (ITextModification) (diagnostic, object, document) -> {
			EObject owner = object instanceof TrainingConfig || object instanceof Split ? object
					: EcoreUtil2.getContainerOfType(object, Split.class);
			if (owner instanceof Split split && !split.getPartitions().isEmpty()) {
				INode last = NodeModelUtils.findActualNodeFor(split.getPartitions().get(split.getPartitions().size() - 1));
				return List.of(insert(document, last.getEndOffset(), " seed 42"));
			}
			ICompositeNode node = owner == null ? null : NodeModelUtils.findActualNodeFor(owner);
			return node == null ? List.of() : List.of(insert(document, node.getEndOffset(), " seed 42"));
		});
	}

	@QuickFix(IssueCodes.REQUIREMENT_WITHOUT_CRITERION)
	public void addCriterion(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add an acceptance criterion", (ITextModification) (diagnostic, object, document) -> {
			Requirement requirement = EcoreUtil2.getContainerOfType(object, Requirement.class);
			ICompositeNode node = requirement == null ? null : NodeModelUtils.findActualNodeFor(requirement);
			if (node == null || !node.getText().strip().endsWith("}")) {
				return List.of();
			}
			// a placeholder criterion on the attribute's first metric, pointing the right way; the user sets the value
			String criterion = "accuracy >= 0.9";
			if (requirement.getRefines() != null && !requirement.getRefines().eIsProxy()) {
				criterion = requirement.getRefines().allMetrics().stream().findFirst()
						.map(m -> m.getName() + (m.getDirection() == Direction.LOWER_IS_BETTER ? " <= 0.1" : " >= 0.9"))
						.orElse(criterion);
			}
			int close = node.getTotalOffset() + node.getText().lastIndexOf('}');
			return List.of(insert(document, close, "\taccept " + criterion + "\n"));
		});
	}

	@QuickFix(IssueCodes.PROJECT_WITHOUT_PURPOSE)
	public void addPurpose(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add a 'purpose' line to fill in", (ITextModification) (diagnostic, object, document) -> projectLine(
				document, object, "purpose", "What the ML component decides or recommends, and for whom"));
	}

	@QuickFix(IssueCodes.PROJECT_WITHOUT_CONTEXT)
	public void addContext(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add a 'context' line to fill in", (ITextModification) (diagnostic, object, document) -> projectLine(
				document, object, "context", "Who uses it, on what input, under which human oversight"));
	}

	/**
	 * Inserts {@code keyword "text"} where the grammar expects it in the project: after the purpose (for the context),
	 * else after the lifecycle phase, the documentation or the opening brace; a project without braces gets them.
	 */
	private static List<TextEdit> projectLine(Document document, EObject object, String keyword, String text) {
		Project project = EcoreUtil2.getContainerOfType(object, Project.class);
		ICompositeNode node = project == null ? null : NodeModelUtils.findActualNodeFor(project);
		if (node == null) {
			return List.of();
		}
		String line = keyword + " \"" + text + "\"";
		INode brace = null;
		for (INode leaf : node.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof org.eclipse.xtext.Keyword k && "{".equals(k.getValue())) {
				brace = leaf;
				break;
			}
		}
		if (brace == null) {
			return List.of(insert(document, node.getEndOffset(), " {\n\t" + line + "\n}"));
		}
		INode after = "context".equals(keyword) ? node(project, AssayPackage.Literals.PROJECT__PURPOSE) : null;
		if (after == null) {
			after = node(project, AssayPackage.Literals.PROJECT__PHASE);
		}
		if (after == null) {
			after = node(project, AssayPackage.Literals.NAMED_ELEMENT__DESCRIPTION);
		}
		return List.of(insert(document, (after == null ? brace : after).getEndOffset(), "\n\t" + line));
	}

	private static Feature groupingFeature(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			for (EStructuralFeature feature : current.eClass().getEAllReferences()) {
				if ("groupedBy".equals(feature.getName()) && current.eGet(feature) instanceof Feature grouping
						&& !grouping.eIsProxy()) {
					return grouping;
				}
			}
		}
		return null;
	}

	/** Issue data travels as String[] in-process and as a JSON array through the protocol. */
	static String data(Diagnostic diagnostic, int index) {
		Object data = diagnostic.getData();
		if (data instanceof String[] values) {
			return index < values.length ? values[index] : "";
		}
		if (data instanceof List<?> values) {
			return index < values.size() ? String.valueOf(values.get(index)) : "";
		}
		if (data instanceof JsonArray values) {
			JsonElement element = index < values.size() ? values.get(index) : null;
			return element == null || element.isJsonNull() ? "" : element.getAsString();
		}
		if (data instanceof JsonElement element && element.isJsonPrimitive() && index == 0) {
			return element.getAsString();
		}
		return data instanceof String value && index == 0 ? value : "";
	}
}
