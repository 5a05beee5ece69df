package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.*;

import java.util.List;

import org.assay.dsl.conversion.AssayValueConverters;
import org.assay.model.CategoricalType;
import org.assay.model.CategorySwap;
import org.assay.model.Feature;
import org.assay.model.Fgsm;
import org.assay.model.GaussianNoise;
import org.assay.model.UniformNoise;
import org.assay.model.AdversarialTest;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/** Perturbations fit the features they change and have a positive strength. */
public class PerturbationValidator extends AssayCheckBase {

	@Check
	public void checkGaussian(GaussianNoise noise) {
		checkNumeric(noise, noise.getFeatures(), GAUSSIAN_NOISE__FEATURES, "Gaussian noise");
		checkPositive(noise, noise.getSigma(), GAUSSIAN_NOISE__SIGMA, "sigma");
	}

	@Check
	public void checkUniform(UniformNoise noise) {
		checkNumeric(noise, noise.getFeatures(), UNIFORM_NOISE__FEATURES, "Uniform noise");
		checkPositive(noise, noise.getAmplitude(), UNIFORM_NOISE__AMPLITUDE, "amplitude");
	}

	@Check
	public void checkFgsm(Fgsm fgsm) {
		checkPositive(fgsm, fgsm.getEpsilon(), FGSM__EPSILON, "epsilon");
	}

	@Check
	public void checkAdversarial(AdversarialTest test) {
		checkPositive(test, test.getEpsilon(), ADVERSARIAL_TEST__EPSILON, "epsilon");
	}

	@Check
	public void checkSwap(CategorySwap swap) {
		Feature feature = swap.getFeature();
		if (isResolved(feature) && !(feature.getType() instanceof CategoricalType)) {
			error("A category swap needs a categorical feature, but '" + feature.getName() + "' is "
					+ PipelineValidator.typeName(feature) + ". Use 'gaussian noise' or 'uniform noise' for numeric features.",
					swap, CATEGORY_SWAP__FEATURE, IssueCodes.CATEGORY_SWAP_ON_NON_CATEGORICAL);
		}
		if (isResolved(swap.getFrom()) && swap.getFrom() == swap.getTo()) {
			error("Swapping '" + swap.getFrom().getName() + "' with itself changes nothing; name two different categories.",
					swap, CATEGORY_SWAP__TO, IssueCodes.SWAP_SAME_CATEGORY);
		}
	}

	private void checkNumeric(EObject noise, List<Feature> features, EStructuralFeature reference, String what) {
		for (int i = 0; i < features.size(); i++) {
			Feature feature = features.get(i);
			if (isResolved(feature) && feature.getType() instanceof CategoricalType) {
				error(what + " cannot be added to categorical feature '" + feature.getName() + "'. Perturb categories with "
						+ "'swap " + feature.getName() + " a <-> b', or remove the feature from the list.", noise, reference, i,
						IssueCodes.NUMERIC_PERTURBATION_ON_CATEGORICAL);
			}
		}
	}

	private void checkPositive(EObject owner, double value, EStructuralFeature feature, String name) {
		if (value <= 0) {
			error("The " + name + " must be greater than 0 (it is " + AssayValueConverters.toDecimal(value) + "); with 0 "
					+ "the perturbation changes nothing.", owner, feature, IssueCodes.NON_POSITIVE_STRENGTH);
		}
	}
}
