package org.assay.dsl.validation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.log4j.Logger;
import org.assay.dsl.VisibleText;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the composed validators: they are invoked through {@link AssayValidator} and never registered alone.
 * <p>
 * Validators report; they never throw. Should a rule fail all the same, the failure becomes a located error on the
 * element being checked ({@link IssueCodes#INTERNAL_ERROR}) and is logged once per rule and failure type, instead of
 * Xtext's "Error executing EValidator" at 0:0 with a stack trace for every element.
 */
abstract class AssayCheckBase extends AbstractDeclarativeValidator {

	private static final Logger LOG = Logger.getLogger(AssayCheckBase.class);

	/** Rule and failure type of every failure logged so far. */
	private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

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

	@Override
	protected void handleExceptionDuringValidation(Throwable failure) {
		if ("org.eclipse.xtext.validation.GuardException".equals(failure.getClass().getName())) {
			return; // Xtext's way of skipping a rule whose guard does not hold
		}
		EObject object = getCurrentObject();
		if (failure instanceof NullPointerException && hasSyntaxErrors(object)) {
			return; // a part the parser could not read is missing; the syntax error already says so
		}
		String rule = getCurrentMethod() == null ? "?" : getCurrentMethod().getName();
		if (LOGGED.add(getClass().getName() + "." + rule + ":" + failure.getClass().getName())) {
			// one line where a command prints its log (no stack trace on a user's console); the trace at debug level
			String summary = VisibleText.of("Assay validation rule " + getClass().getSimpleName() + "." + rule
					+ " failed on " + describe(object) + " with " + failure + where(failure) + "; reported as "
					+ IssueCodes.INTERNAL_ERROR + " (logged once per rule and failure type)");
			LOG.error(summary);
			LOG.debug(summary, failure);
		}
		if (object == null) {
			return;
		}
		error("Assay could not finish its check '" + words(rule.replaceFirst("^check", "")) + "' on this "
				+ words(object.eClass().getName()) + " (a fault in Assay, not in the model: the details are in the log). "
				+ "The other checks ran; please report this file to the Assay maintainers.", object, nameOf(object),
				IssueCodes.INTERNAL_ERROR);
	}

	/** " at Class.method(File:line)" of the first Assay frame of the failure, or "". */
	private static String where(Throwable failure) {
		for (StackTraceElement frame : failure.getStackTrace()) {
			if (frame.getClassName().startsWith("org.assay.")) {
				return " at " + frame;
			}
		}
		return "";
	}

	private static boolean hasSyntaxErrors(EObject object) {
		Resource resource = object == null ? null : object.eResource();
		return resource != null && !resource.getErrors().isEmpty();
	}

	/** The feature that shows where the element is: its name when it has one, else the whole element. */
	private static EStructuralFeature nameOf(EObject object) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (name != null && object.eIsSet(name)) {
			return name;
		}
		EStructuralFeature imported = object.eClass().getEStructuralFeature("importedNamespace");
		return imported != null && object.eIsSet(imported) ? imported : null;
	}

	private static String describe(EObject object) {
		if (object == null) {
			return "(no element)";
		}
		Resource resource = object.eResource();
		return object.eClass().getName() + " in " + (resource == null ? "(no resource)" : resource.getURI())
				+ (resource == null ? "" : " at " + resource.getURIFragment(object));
	}

	/** {@code ImportCycles} as {@code import cycles}. */
	static String words(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
	}
}
