package org.assay.ui.tests;

import static org.assay.ui.tests.WorkbenchTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.assay.ui.AssayUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;
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

	/**
	 * "From a data file", chosen and typed as a user would: the shipped German credit CSV with a label and a protected
	 * column. The project holds a copy of the file in data/, a model profiled from it as 'assay init' writes it (the
	 * dataset with the copy's path and SHA-256, the label, the protected feature, checks, a split, a pipeline and a
	 * suite) and a pom.xml, and builds without error markers.
	 */
	@Test
	public void fromADataFileTheWizardWritesTheModelAssayInitWrites() throws Exception {
		String name = "credit from data";
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (existing.exists()) {
			existing.delete(true, true, null);
		}
		Path csv = Path.of("../../examples/german-credit/data/german_credit.csv").toAbsolutePath().normalize();
		assertTrue(Files.isRegularFile(csv), "the shipped data set " + csv);
		INewWizard wizard = (INewWizard) PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.assay.ui.newProject")
				.createWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			List<Text> fields = find(dialog.getShell(), Text.class);
			Combo templates = find(dialog.getShell(), Combo.class).get(0);
			fields.get(0).setText(name);
			int fromData = List.of(templates.getItems()).indexOf(
					List.of(templates.getItems()).stream().filter(t -> t.startsWith("From a data file")).findFirst().orElseThrow());
			assertFalse(fields.get(1).isEnabled(), "the data file field waits for the choice");
			templates.select(fromData);
			templates.notifyListeners(SWT.Selection, new Event());
			assertTrue(fields.get(1).isEnabled());
			assertFalse(wizard.canFinish(), "no data file yet");
			fields.get(1).setText(csv.getParent().resolve("no-such.csv").toString());
			assertFalse(wizard.canFinish(), "a file that does not exist");
			fields.get(1).setText(csv.toString());
			fields.get(2).setText("risk");
			fields.get(3).setText(" sex, ");
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		assertTrue(project.hasNature(AssayUi.NATURE_ID));
		IFile copy = project.getFile("data/german_credit.csv");
		assertTrue(copy.exists(), "the data file is copied into data/");
		assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(copy.getLocation().toFile().toPath()));
		IFile file = project.getFile("german_credit.assay");
		assertTrue(file.exists(), "the model " + file);
		String model = Files.readString(file.getLocation().toFile().toPath());
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv)));
		assertTrue(model.contains("\tsource csv \"data/german_credit.csv\" sha256 \"" + sha256 + "\"\n"), model);
		assertTrue(model.contains("\tlabel risk : "), model);
		assertTrue(model.contains("\tfeature sex : ") && model.contains(" protected\n"), model);
		assertTrue(model.contains("stratified by risk"), model);
		assertTrue(model.lines().filter(l -> l.startsWith("\tcheck ")).count() >= 10, model);
		assertTrue(model.contains("\nsuite "), model);
		String pom = Files.readString(project.getFile("pom.xml").getLocation().toFile().toPath());
		assertTrue(pom.contains("<artifactId>german-credit</artifactId>"), pom);
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
