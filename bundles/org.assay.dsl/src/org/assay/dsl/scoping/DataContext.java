package org.assay.dsl.scoping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.assay.model.AcceptanceCriterion;
import org.assay.model.CategoricalType;
import org.assay.model.Category;
import org.assay.model.DataView;
import org.assay.model.Dataset;
import org.assay.model.DirectionalTest;
import org.assay.model.DriftTest;
import org.assay.model.Feature;
import org.assay.model.InvarianceTest;
import org.assay.model.MetricPattern;
import org.assay.model.Monitor;
import org.assay.model.Pipeline;
import org.assay.model.Preparation;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.eclipse.emf.ecore.EObject;

/**
 * Which datasets an element talks about: the datasets whose features and categories its references may name.
 * Used by scoping (feature names resolve against these datasets), validation and content assist.
 */
public final class DataContext {

	private DataContext() {
	}

	/**
	 * The datasets in context of {@code element}, nearest first: the enclosing dataset, the prepared dataset, the
	 * data a criterion or test names, or the datasets that the tested or watched pipeline prepares. Empty when the
	 * element names no data and nothing encloses it that does.
	 */
	public static List<Dataset> datasetsOf(EObject element) {
		Set<Dataset> result = new LinkedHashSet<>();
		for (EObject current = element; current != null && result.isEmpty(); current = current.eContainer()) {
			if (current instanceof Dataset dataset) {
				result.add(dataset);
			} else if (current instanceof Preparation preparation) {
				addResolved(result, preparation.getDataset());
			} else if (current instanceof TestCase test) {
				addDataOf(result, test.getPattern());
			} else {
				addDataOf(result, current);
			}
			if (!result.isEmpty()) {
				break;
			}
			if (current instanceof TestSuite suite) {
				result.addAll(preparedBy(suite.getPipeline()));
			} else if (current instanceof Monitor monitor) {
				result.addAll(preparedBy(monitor.getPipeline()));
			} else if (current instanceof Pipeline pipeline) {
				result.addAll(preparedBy(pipeline));
			}
		}
		return new ArrayList<>(result);
	}

	/** All features (label first) of the datasets in context. */
	public static List<Feature> featuresOf(EObject element) {
		List<Feature> features = new ArrayList<>();
		for (Dataset dataset : datasetsOf(element)) {
			if (dataset.getLabel() != null) {
				features.add(dataset.getLabel());
			}
			features.addAll(dataset.getFeatures());
		}
		return features;
	}

	/** The categories of a categorical feature, or none. */
	public static List<Category> categoriesOf(Feature feature) {
		if (feature != null && !feature.eIsProxy() && feature.getType() instanceof CategoricalType categorical) {
			return categorical.getCategories();
		}
		return List.of();
	}

	/** The datasets a pipeline prepares. */
	public static List<Dataset> preparedBy(Pipeline pipeline) {
		List<Dataset> result = new ArrayList<>();
		if (pipeline != null && !pipeline.eIsProxy()) {
			for (Preparation preparation : pipeline.getPreparations()) {
				addResolved(result, preparation.getDataset());
			}
		}
		return result;
	}

	/** Adds the datasets of the data that a criterion or test pattern names explicitly. */
	private static void addDataOf(java.util.Collection<Dataset> result, EObject element) {
		if (element instanceof AcceptanceCriterion criterion) {
			addView(result, criterion.getData());
		} else if (element instanceof MetricPattern pattern) {
			addView(result, pattern.getData());
			if (pattern instanceof DriftTest drift) {
				addView(result, drift.getReference());
			}
		} else if (element instanceof InvarianceTest invariance) {
			addView(result, invariance.getData());
		} else if (element instanceof DirectionalTest directional) {
			addView(result, directional.getData());
		}
	}

	private static void addView(java.util.Collection<Dataset> result, DataView view) {
		if (view != null && !view.eIsProxy()) {
			addResolved(result, view.dataset());
		}
	}

	private static void addResolved(java.util.Collection<Dataset> result, Dataset dataset) {
		if (dataset != null && !dataset.eIsProxy()) {
			result.add(dataset);
		}
	}
}
