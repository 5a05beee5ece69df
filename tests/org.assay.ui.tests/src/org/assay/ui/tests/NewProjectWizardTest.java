package org.assay.ui.tests;

import static org.assay.ui.tests.WorkbenchTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.assay.ui.AssayUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File > New > Assay Project, driven through its dialog: the created project builds without errors. */
public class NewProjectWizardTest {

	@ParameterizedTest
	@CsvSource({ "Credit Scoring QA, 0, credit-scoring-qa.assay", "screening, 1, breast-cancer.assay" })
	public void theWizardCreatesAProjectThatBuildsWithoutErrors(String name, int template, String model) throws Exception {
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (existing.exists()) {
			existing.delete(true, true, null);
		}
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.assay.ui.newProject");
		assertNotNull(descriptor, "the wizard is registered under File > New");
		INewWizard wizard = (INewWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertFalse(wizard.canFinish(), "no name yet");
			Text nameField = find(dialog.getShell(), Text.class).get(0);
			Combo templates = find(dialog.getShell(), Combo.class).get(0);
			assertTrue(templates.getItemCount() >= 4, "a starter and the three examples");
			nameField.setText(name);
			templates.select(template);
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		assertTrue(project.hasNature(AssayUi.NATURE_ID));
		IFile file = project.getFile(model.equals("credit-scoring-qa.assay") ? name + ".assay" : model);
		assertTrue(file.exists(), "the model " + file);
		assertTrue(project.getFile("pom.xml").exists() && project.getFolder("data").exists());
		build(project);
		List<String> errors = new ArrayList<>();
		for (IMarker marker : project.findMarkers(AssayUi.MARKER_TYPE, false, IResource.DEPTH_INFINITE)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				errors.add(marker.getResource().getName() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) + " "
						+ marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		assertEquals(List.of(), errors);
	}

	private static <T extends Control> List<T> find(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type));
			}
		}
		return found;
	}
}
