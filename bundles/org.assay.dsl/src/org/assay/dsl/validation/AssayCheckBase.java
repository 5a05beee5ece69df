package org.assay.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the composed validators: they are invoked through {@link AssayValidator} and never registered alone.
 */
abstract class AssayCheckBase extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into AssayValidator
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(org.assay.model.AssayPackage.eINSTANCE);
	}

	/** Whether a (possibly unresolved) reference target can be inspected. */
	static boolean isResolved(org.eclipse.emf.ecore.EObject object) {
		return object != null && !object.eIsProxy();
	}
}
