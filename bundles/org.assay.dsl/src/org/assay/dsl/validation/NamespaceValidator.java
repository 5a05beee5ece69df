package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.dsl.catalogue.CatalogueLibrary;
import org.assay.dsl.index.AssayResourceDescriptionStrategy;
import org.assay.model.AssayModel;
import org.assay.model.Category;
import org.assay.model.Characteristic;
import org.assay.model.DataView;
import org.assay.model.Element;
import org.assay.model.Feature;
import org.assay.model.Import;
import org.assay.model.Metric;
import org.assay.model.ModelSpec;
import org.assay.model.NamedElement;
import org.assay.model.QualityAttribute;
import org.assay.model.TestCase;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/** Unique names (in a file and across the workspace), resolvable imports and no import cycles. */
public class NamespaceValidator extends AssayCheckBase {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IQualifiedNameConverter converter;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private CatalogueLibrary catalogues;

	@Check
	public void checkUniqueNamesInFile(AssayModel model) {
		Map<String, List<NamedElement>> byKey = new HashMap<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof org.assay.model.Predicate) {
				it.prune();
				continue;
			}
			if (object instanceof NamedElement named) {
				QualifiedName name = names.getFullyQualifiedName(named);
				if (name != null) {
					byKey.computeIfAbsent(cluster(named).getName() + ":" + name, k -> new ArrayList<>()).add(named);
				}
			}
		}
		for (List<NamedElement> sameName : byKey.values()) {
			if (sameName.size() > 1) {
				for (NamedElement duplicate : sameName) {
					error("Duplicate " + kind(duplicate) + " '" + duplicate.getName() + "': the name is declared "
							+ sameName.size() + " times in this file, so references to it are ambiguous. Rename one of them.",
							duplicate, NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
				}
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void checkUniqueNamesAcrossFiles(Element element) {
		QualifiedName name = names.getFullyQualifiedName(element);
		if (name == null || element.eResource() == null) {
			return;
		}
		URI here = element.eResource().getURI();
		for (IEObjectDescription other : index(element).getExportedObjects(cluster(element), name, false)) {
			URI there = other.getEObjectURI().trimFragment();
			if (!there.equals(here)) {
				error("Duplicate " + kind(element) + " '" + name + "': also declared in " + there.lastSegment()
						+ ". Qualified names must be unique in the workspace; rename one or move it to another namespace.",
						element, NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
				return;
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void checkImportResolves(Import anImport) {
		String text = anImport.getImportedNamespace();
		if (text == null) {
			return;
		}
		boolean wildcard = text.endsWith(".*");
		QualifiedName target = qualifiedName(wildcard ? text.substring(0, text.length() - 2) : text);
		if (target == null) {
			return; // nothing readable before '.*': the syntax error at the import says what is missing
		}
		AssayModel model = (AssayModel) anImport.eContainer();
		if (wildcard && target.equals(qualifiedName(model.getName()))) {
			return;
		}
		if (!exists(anImport, target, wildcard)) {
			error("Unresolved import '" + text + "': no " + (wildcard ? "namespace or element" : "element") + " named '"
					+ target + "' exists in the workspace or the standard catalogues (assay.iso25059, assay.iso25012). "
					+ "Fix the name or remove the import.", anImport, IMPORT__IMPORTED_NAMESPACE, IssueCodes.IMPORT_UNRESOLVED);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkImportCycles(AssayModel model) {
		QualifiedName self = qualifiedName(model.getName());
		if (self == null) {
			return;
		}
		IResourceDescriptions index = index(model);
		for (Import anImport : model.getImports()) {
			QualifiedName start = importedNamespace(anImport.getImportedNamespace());
			if (start == null || start.equals(self)) {
				continue;
			}
			List<QualifiedName> path = findPath(index, start, self);
			if (path != null) {
				StringBuilder cycle = new StringBuilder(self.toString());
				for (QualifiedName step : path) {
					cycle.append(" → ").append(step);
				}
				error("Import cycle: " + cycle + ". Namespaces that import each other cannot be reviewed or versioned "
						+ "apart; move the shared elements into a namespace that both import.", anImport,
						IMPORT__IMPORTED_NAMESPACE, IssueCodes.IMPORT_CYCLE);
			}
		}
	}

	/** Breadth-first search through namespace imports; the path from {@code start} to {@code goal}, or null. */
	private List<QualifiedName> findPath(IResourceDescriptions index, QualifiedName start, QualifiedName goal) {
		Map<QualifiedName, QualifiedName> cameFrom = new HashMap<>();
		Deque<QualifiedName> queue = new ArrayDeque<>();
		Set<QualifiedName> seen = new HashSet<>();
		queue.add(start);
		seen.add(start);
		while (!queue.isEmpty()) {
			QualifiedName current = queue.poll();
			if (current.equals(goal)) {
				List<QualifiedName> path = new ArrayList<>();
				for (QualifiedName step = current; step != null; step = cameFrom.get(step)) {
					path.add(0, step);
				}
				return path;
			}
			for (IEObjectDescription namespace : index.getExportedObjects(ASSAY_MODEL, current, false)) {
				String imports = namespace.getUserData(AssayResourceDescriptionStrategy.IMPORTS);
				if (imports == null || imports.isEmpty()) {
					continue;
				}
				for (String imported : imports.split(",")) {
					QualifiedName next = importedNamespace(imported);
					if (next != null && seen.add(next)) {
						cameFrom.put(next, current);
						queue.add(next);
					}
				}
			}
		}
		return null;
	}

	/** The namespace an import draws from: {@code a.b} for {@code a.b.*} and for {@code a.b.X}. */
	private QualifiedName importedNamespace(String text) {
		if (text == null) {
			return null;
		}
		QualifiedName name = qualifiedName(text.endsWith(".*") ? text.substring(0, text.length() - 2) : text);
		if (name == null) {
			return null;
		}
		return text.endsWith(".*") || name.getSegmentCount() < 2 ? name : name.skipLast(1);
	}

	/**
	 * The qualified name a text spells, or null when it names nothing: empty, blank or with an empty segment, as the
	 * parser leaves {@code import 5012.*} or {@code namespace a.} (the syntax error there is the user's message).
	 */
	private QualifiedName qualifiedName(String text) {
		if (text == null || text.isBlank() || text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
			return null;
		}
		return converter.toQualifiedName(text);
	}

	private boolean exists(EObject context, QualifiedName target, boolean wildcard) {
		EClass type = EcorePackage.Literals.EOBJECT;
		if (index(context).getExportedObjects(type, target, false).iterator().hasNext()
				|| catalogues.index().getExportedObjects(type, target, false).iterator().hasNext()) {
			return true;
		}
		return false;
	}

	private IResourceDescriptions index(EObject context) {
		return indexProvider.getResourceDescriptions(context.eResource());
	}

	/** Elements that share a scope: a name may be used once per cluster. */
	static EClass cluster(NamedElement element) {
		if (element instanceof DataView) {
			return DATA_VIEW;
		}
		if (element instanceof Feature) {
			return FEATURE;
		}
		if (element instanceof Category) {
			return CATEGORY;
		}
		if (element instanceof Metric) {
			return METRIC;
		}
		if (element instanceof QualityAttribute || element instanceof Characteristic) {
			return QUALITY_ATTRIBUTE;
		}
		if (element instanceof TestCase) {
			return TEST_CASE;
		}
		if (element instanceof ModelSpec) {
			return MODEL_SPEC;
		}
		return element.eClass();
	}

	static String kind(NamedElement element) {
		return element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}
}
