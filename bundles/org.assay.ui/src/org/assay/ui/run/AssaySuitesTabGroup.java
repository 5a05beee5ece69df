package org.assay.ui.run;

import java.util.Arrays;

import org.assay.ui.AssayUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Run > Run Configurations… > Assay Suites: the project to run, and the common tab (favourites, console). */
public class AssaySuitesTabGroup extends AbstractLaunchConfigurationTabGroup {

	@Override
	public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
		setTabs(new ILaunchConfigurationTab[] { new ProjectTab(), new CommonTab() });
	}

	/** The Assay project whose suites run. */
	static final class ProjectTab extends AbstractLaunchConfigurationTab {

		private Combo projects;
		private org.eclipse.swt.widgets.Text suite;
		private org.eclipse.swt.widgets.Text test;

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			new Label(composite, SWT.NONE).setText("Assay project:");
			projects = new Combo(composite, SWT.DROP_DOWN | SWT.READ_ONLY);
			projects.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			projects.setItems(Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(ProjectTab::isAssay)
					.map(IProject::getName).toArray(String[]::new));
			projects.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
			new Label(composite, SWT.NONE).setText("Suite (empty: all):");
			suite = new org.eclipse.swt.widgets.Text(composite, SWT.BORDER);
			suite.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			suite.addListener(SWT.Modify, e -> updateLaunchConfigurationDialog());
			new Label(composite, SWT.NONE).setText("Test of the suite (empty: all):");
			test = new org.eclipse.swt.widgets.Text(composite, SWT.BORDER);
			test.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			test.addListener(SWT.Modify, e -> updateLaunchConfigurationDialog());
			Label help = new Label(composite, SWT.WRAP);
			help.setText("Validates, generates, compiles and runs the project's suites (what 'assay run' does); the "
					+ "verdicts appear in the Assay Results view.");
			help.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			setControl(composite);
		}

		private static boolean isAssay(IProject project) {
			try {
				return project.isOpen() && project.hasNature(AssayUi.NATURE_ID);
			} catch (CoreException e) {
				return false;
			}
		}

		@Override
		public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
			configuration.setAttribute(AssaySuitesLaunch.PROJECT, "");
			configuration.setAttribute(AssaySuitesLaunch.SUITE, "");
			configuration.setAttribute(AssaySuitesLaunch.TEST, "");
		}

		@Override
		public void initializeFrom(ILaunchConfiguration configuration) {
			try {
				projects.setText(configuration.getAttribute(AssaySuitesLaunch.PROJECT, ""));
				suite.setText(configuration.getAttribute(AssaySuitesLaunch.SUITE, ""));
				test.setText(configuration.getAttribute(AssaySuitesLaunch.TEST, ""));
			} catch (CoreException e) {
				projects.setText("");
			}
		}

		@Override
		public void performApply(ILaunchConfigurationWorkingCopy configuration) {
			configuration.setAttribute(AssaySuitesLaunch.PROJECT, projects.getText());
			configuration.setAttribute(AssaySuitesLaunch.SUITE, suite.getText().strip());
			configuration.setAttribute(AssaySuitesLaunch.TEST, test.getText().strip());
			IProject project = projects.getText().isEmpty() ? null
					: ResourcesPlugin.getWorkspace().getRoot().getProject(projects.getText());
			configuration.setMappedResources(project == null ? null : new org.eclipse.core.resources.IResource[] { project });
		}

		@Override
		public boolean isValid(ILaunchConfiguration configuration) {
			String error = projects.getText().isEmpty() ? "Choose the Assay project whose suites run."
					: suite.getText().isBlank() && !test.getText().isBlank() ? "Name the suite of test " + test.getText().strip()
							+ "." : null;
			setErrorMessage(error);
			return error == null;
		}

		@Override
		public String getName() {
			return "Project";
		}
	}
}
