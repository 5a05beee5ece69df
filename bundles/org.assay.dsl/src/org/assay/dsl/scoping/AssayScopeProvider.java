package org.assay.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.assay.model.AssayPackage;
import org.assay.model.CategorySwap;
import org.assay.model.CategoryValue;
import org.assay.model.Dataset;
import org.assay.model.DirectionalTest;
import org.assay.model.Feature;
import org.assay.model.FeatureComparison;
import org.assay.model.Membership;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * Scoping of the Assay language. Qualified references (datasets, metrics, attributes, requirements, …) use the
 * imported-namespace scoping of the delegate; feature names resolve against the datasets in context
 * ({@link DataContext}), category names against their feature.
 */
public class AssayScopeProvider extends AbstractAssayScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == AssayPackage.Literals.REFERENCE_MEMBERSHIP__COLUMN) {
			return super.getScope(context, reference); // 'in Dataset.column': qualified, any visible dataset
		}
		if (reference.getEReferenceType() == AssayPackage.Literals.FEATURE) {
			List<Feature> features = DataContext.featuresOf(context);
			if (features.isEmpty() && DataContext.datasetsOf(context).isEmpty()) {
				features = featuresOfVisibleDatasets(context);
			}
			return Scopes.scopeFor(features);
		}
		if (reference.getEReferenceType() == AssayPackage.Literals.CATEGORY) {
			return Scopes.scopeFor(DataContext.categoriesOf(categorizedFeature(context)));
		}
		return super.getScope(context, reference);
	}

	/**
	 * Fallback for elements that name no data (for example a requirement's fairness criterion without 'on'): the
	 * features of the datasets declared in the same file, else of every visible dataset.
	 */
	private List<Feature> featuresOfVisibleDatasets(EObject context) {
		List<Feature> features = new ArrayList<>();
		List<Dataset> datasets = new ArrayList<>(EcoreUtil2.getAllContentsOfType(EcoreUtil.getRootContainer(context), Dataset.class));
		if (datasets.isEmpty()) {
			IScope visible = super.getScope(context, AssayPackage.Literals.PREPARATION__DATASET);
			for (IEObjectDescription description : visible.getAllElements()) {
				EObject dataset = EcoreUtil.resolve(description.getEObjectOrProxy(), context);
				if (dataset instanceof Dataset resolved && !resolved.eIsProxy()) {
					datasets.add(resolved);
				}
			}
		}
		for (Dataset dataset : datasets) {
			if (dataset.getLabel() != null) {
				features.add(dataset.getLabel());
			}
			features.addAll(dataset.getFeatures());
		}
		return features;
	}

	/** The feature whose categories a category reference in {@code context} may name. */
	static Feature categorizedFeature(EObject context) {
		if (context instanceof Membership membership) {
			return membership.getFeature();
		}
		if (context instanceof CategoryValue && context.eContainer() instanceof FeatureComparison comparison) {
			return comparison.getFeature();
		}
		if (context instanceof FeatureComparison comparison) {
			return comparison.getFeature();
		}
		if (context instanceof CategorySwap swap) {
			return swap.getFeature();
		}
		if (context instanceof DirectionalTest directional) {
			List<Dataset> datasets = DataContext.datasetsOf(directional);
			return datasets.isEmpty() ? null : datasets.get(0).getLabel();
		}
		return null;
	}
}
