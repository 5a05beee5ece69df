package org.assay.dsl.naming;

import org.assay.model.AssayModel;
import org.assay.model.Assumption;
import org.assay.model.Catalogue;
import org.assay.model.Category;
import org.assay.model.Characteristic;
import org.assay.model.Dataset;
import org.assay.model.Element;
import org.assay.model.Feature;
import org.assay.model.Justification;
import org.assay.model.Metric;
import org.assay.model.ModelSpec;
import org.assay.model.NamedElement;
import org.assay.model.Partition;
import org.assay.model.QualityAttribute;
import org.assay.model.RiskLevel;
import org.assay.model.Slice;
import org.assay.model.TestCase;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Qualified names of Assay elements.
 * <ul>
 * <li>a file's namespace qualifies its top-level elements: {@code credit.Applicants};</li>
 * <li>catalogue contents are flat in the namespace (the catalogue, characteristic and parent attribute do not
 * qualify them), so {@code import assay.iso25059.*} makes {@code accuracy} and {@code Robustness} visible;</li>
 * <li>features, partitions and slices are qualified by their dataset ({@code Applicants.test}), categories by their
 * feature, test cases by their suite, models by their pipeline and risk levels by their catalogue or project.</li>
 * </ul>
 */
public class AssayQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private IQualifiedNameConverter converter;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object.eResource() == null) {
			return compute(object);
		}
		return cache.get(Tuples.pair(object, "fqn"), object.eResource(), () -> compute(object));
	}

	private QualifiedName compute(EObject object) {
		if (object instanceof AssayModel model) {
			return isBlank(model.getName()) ? null : converter.toQualifiedName(model.getName());
		}
		if (!(object instanceof NamedElement named) || isBlank(named.getName())) {
			return null;
		}
		QualifiedName simple = QualifiedName.create(named.getName());
		QualifiedName qualifier = qualifier(object);
		return qualifier == null ? simple : qualifier.append(simple);
	}

	private QualifiedName qualifier(EObject object) {
		if (object instanceof Element || object instanceof Characteristic || object instanceof QualityAttribute
				|| object instanceof Metric) {
			return namespace(object);
		}
		if (object instanceof Feature || object instanceof Partition || object instanceof Slice) {
			return owner(object, Dataset.class);
		}
		if (object instanceof Category) {
			return owner(object, Feature.class);
		}
		if (object instanceof TestCase || object instanceof ModelSpec || object instanceof Assumption
				|| object instanceof Justification || object instanceof RiskLevel) {
			EObject owner = object.eContainer();
			return owner == null ? null : getFullyQualifiedName(owner);
		}
		return null;
	}

	private QualifiedName owner(EObject object, Class<? extends EObject> type) {
		for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
			if (type.isInstance(container)) {
				return getFullyQualifiedName(container);
			}
		}
		return null;
	}

	private QualifiedName namespace(EObject object) {
		for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof AssayModel model) {
				return getFullyQualifiedName(model);
			}
			if (!(container instanceof Catalogue || container instanceof Characteristic
					|| container instanceof QualityAttribute)) {
				return getFullyQualifiedName(container);
			}
		}
		return null;
	}

	private static boolean isBlank(String name) {
		return name == null || name.isBlank();
	}
}
