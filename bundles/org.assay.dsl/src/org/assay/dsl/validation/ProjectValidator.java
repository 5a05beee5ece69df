package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.NAMED_ELEMENT__NAME;

import org.assay.model.Project;
import org.eclipse.xtext.validation.Check;

/**
 * A project says what its ML component is for and where it is used: the top goal of the safety case ({@code assay
 * export gsn}) claims fitness for that purpose in that context, and the EU AI Act's technical documentation starts with
 * the intended purpose. Missing, they are warnings (the models still run), each with a quick fix that adds the line.
 */
public class ProjectValidator extends AssayCheckBase {

	@Check
	public void checkPurpose(Project project) {
		if (isBlank(project.getPurpose())) {
			warning("Project '" + project.getName() + "' does not say what its ML component is for: add a line "
					+ "'purpose \"…\"' inside its braces (what it decides or recommends, and for whom). The safety case's "
					+ "top goal and the technical documentation of the EU AI Act (intended purpose) are built from it.",
					project, NAMED_ELEMENT__NAME, IssueCodes.PROJECT_WITHOUT_PURPOSE);
		}
	}

	@Check
	public void checkContext(Project project) {
		if (isBlank(project.getContext())) {
			warning("Project '" + project.getName() + "' does not say where its ML component is used: add a line "
					+ "'context \"…\"' inside its braces, after the purpose (who uses it, on what input, under which "
					+ "human oversight). The safety case claims fitness in that operating context.", project,
					NAMED_ELEMENT__NAME, IssueCodes.PROJECT_WITHOUT_CONTEXT);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
