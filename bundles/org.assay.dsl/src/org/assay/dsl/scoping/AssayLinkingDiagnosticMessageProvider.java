package org.assay.dsl.scoping;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.catalogue.StandardCatalogue;
import org.assay.dsl.ClosestName;
import org.assay.model.AssayModel;
import org.assay.model.AssayPackage;
import org.assay.model.Dataset;
import org.assay.model.Import;
import org.assay.model.NamedElement;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Messages for names that do not resolve: what was not found, where Assay looked, and how to fix it.
 */
public class AssayLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final int MAX_LISTED = 12;

	/** How many close names become "Change to '…'" quick fixes. */
	private static final int MAX_SUGGESTED = 3;

	/** How many visible names are compared for a "did you mean": enough for any real model, bounded for huge scopes. */
	private static final int MAX_CANDIDATES = 20_000;

	@Inject
	private IScopeProvider scopes;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		String message;
		if (context.getReference() == AssayPackage.Literals.REFERENCE_MEMBERSHIP__COLUMN) {
			message = "Unknown column '" + name + "'. Name a column of a visible dataset as DATASET.COLUMN, for example "
					+ "'in Customers.customer_id' (import the dataset's namespace when it is in another file).";
		} else if (type == AssayPackage.Literals.FEATURE) {
			List<Dataset> datasets = DataContext.datasetsOf(context.getContext());
			if (datasets.isEmpty()) {
				message = "Unknown feature '" + name + "': no dataset is in context here. Name the data (for example "
						+ "'on Applicants.test') or test a pipeline that prepares a dataset declaring '" + name + "'.";
			} else {
				message = "Unknown feature '" + name + "' in dataset " + names(datasets) + ". Declared features: "
						+ names(DataContext.featuresOf(context.getContext())) + ". Fix the spelling or declare it with 'feature "
						+ name + " : …'.";
			}
			if (context.getReference() == AssayPackage.Literals.COLUMN_COMPARISON__RIGHT) {
				message += " Right of a comparison, a bare name is a column; a category or text value is quoted: '= \""
						+ name + "\"'.";
			}
		} else if (type == AssayPackage.Literals.CATEGORY) {
			var feature = AssayScopeProvider.categorizedFeature(context.getContext());
			message = feature == null || feature.eIsProxy()
					? "Unknown category '" + name + "': its feature is not a known categorical feature."
					: "Unknown category '" + name + "' of feature '" + feature.getName() + "'. Allowed: "
							+ names(DataContext.categoriesOf(feature)) + ".";
		} else if (type == AssayPackage.Literals.METRIC || type == AssayPackage.Literals.QUALITY_ATTRIBUTE) {
			String kind = type == AssayPackage.Literals.METRIC ? "metric" : "quality attribute";
			List<String> notImported = cataloguesNotImported(context.getContext());
			message = "Unknown " + kind + " '" + name + "'. " + (notImported.isEmpty()
					? "The imported catalogues do not define it: check the spelling."
					: "Import the catalogue that defines it (for example " + notImported.stream()
							.map(namespace -> "'import " + namespace + ".*'").collect(Collectors.joining(" or "))
							+ ") or check the spelling.");
		} else {
			message = "Cannot resolve " + words(type.getName()) + " '" + name + "'. Check the spelling, the file's "
					+ "namespace and its imports.";
		}
		// the suggestion follows the name where it is first quoted
		String quoted = "'" + name + "'";
		int at = message.indexOf(quoted);
		List<String> closest = closest(context);
		String hint = ClosestName.suggestion(name, closest);
		if (at >= 0 && !hint.isEmpty()) {
			message = message.substring(0, at + quoted.length()) + hint + message.substring(at + quoted.length());
		}
		// the close names travel as the data: the "Change to '…'" quick fixes offer them
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC, closest.toArray(String[]::new));
	}

	/** The standard catalogues (namespaces) with metrics and attributes that the file of {@code context} does not import. */
	private static List<String> cataloguesNotImported(EObject context) {
		List<String> imported = EcoreUtil.getRootContainer(context) instanceof AssayModel model ? model.getImports().stream()
				.map(Import::getImportedNamespace).filter(java.util.Objects::nonNull).toList() : List.of();
		return java.util.Arrays.stream(StandardCatalogue.values()).filter(StandardCatalogue::qualityModel)
				.map(StandardCatalogue::namespace)
				.filter(namespace -> imported.stream().noneMatch(i -> i.equals(namespace) || i.startsWith(namespace + ".")))
				.toList();
	}

	/**
	 * The names visible here, of the type the reference needs, a few edits from the one written (closest first, at most
	 * {@link #MAX_SUGGESTED}); empty when none is close.
	 */
	private List<String> closest(ILinkingDiagnosticContext context) {
		String written = context.getLinkText();
		if (written == null || written.isBlank()) {
			return List.of();
		}
		IScope scope = scopes.getScope(context.getContext(), context.getReference());
		EClass type = context.getReference().getEReferenceType();
		int dot = written.lastIndexOf('.');
		String qualifier = dot > 0 ? written.substring(0, dot) : null;
		Set<String> candidates = new LinkedHashSet<>();
		for (IEObjectDescription visible : scope.getAllElements()) {
			String name = visible.getName().toString();
			candidates.add(name);
			if (name.equals(qualifier)) {
				// 'Orders.tset': the scope lists the dataset, not its partitions and slices, which resolve on demand
				EObject owner = EcoreUtil.resolve(visible.getEObjectOrProxy(), context.getContext());
				owner.eAllContents().forEachRemaining(child -> {
					if (type.isInstance(child) && child instanceof NamedElement named && named.getName() != null) {
						candidates.add(qualifier + "." + named.getName());
					}
				});
			}
			if (candidates.size() >= MAX_CANDIDATES) {
				break;
			}
		}
		return ClosestName.closest(written, candidates, MAX_SUGGESTED);
	}

	private static String names(List<? extends NamedElement> elements) {
		if (elements.isEmpty()) {
			return "(none)";
		}
		String listed = elements.stream().limit(MAX_LISTED).map(NamedElement::getName).collect(Collectors.joining(", "));
		return elements.size() > MAX_LISTED ? listed + ", …" : listed;
	}

	private static String words(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}
}
