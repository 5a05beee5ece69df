package org.assay.dsl;

import org.assay.model.AssayModel;
import org.assay.model.NamedElement;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The names model elements go by outside their file: {@code namespace.Name}, as generated code, evidence in
 * {@code runs.jsonl}, the trace graph and reports write them.
 */
public final class ElementNames {

	private ElementNames() {
	}

	/**
	 * The suite name a dataset's checks record their evidence under: {@code namespace.Dataset.checks} (the generated
	 * data suite writes it, the trace graph reads it).
	 */
	public static String dataSuite(org.assay.model.Dataset dataset) {
		return qualified(dataset) + ".checks";
	}

	/** {@code namespace.Name}, or the bare name in a file without a namespace. */
	public static String qualified(NamedElement element) {
		if (!(EcoreUtil.getRootContainer(element) instanceof AssayModel model) || model.getName() == null
				|| model.getName().isBlank()) {
			return element.getName();
		}
		return model.getName() + "." + element.getName();
	}
}
